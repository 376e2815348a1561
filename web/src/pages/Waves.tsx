// Gelombang asesmen: the waves list, a new wave, and one wave's tabs (summary, participants,
// enrolment, assessor assignment, group schedule, integration, results) with finalise/publish.
import type { SectionProps } from '../App';
import './waves/messages';
import './waves/waves.css';
import { WaveCreate, WaveList } from './waves/WaveList';
import { WavePage } from './waves/WavePage';
import { canWrite } from './waves/common';

export default function Waves({ path, me }: SectionProps) {
  const parts = path.replace(/\/+$/, '').split('/').slice(2).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  if (!parts.length) return <WaveList me={me} />;
  if (parts[0] === 'baru' && parts.length === 1 && canWrite(me.role)) return <WaveCreate />;
  return <WavePage me={me} code={parts[0]} tab={parts[1] ?? ''} rest={parts.slice(2).join('/')} />;
}
