// Asesmen saya (role assessor): my waves, my participants in a wave, and the evidence form
// per participant and method (drafts kept on the device until sent).
import type { SectionProps } from '../App';
import './waves/messages';
import './waves/waves.css';
import { MyWaves, MyParticipants } from './waves/assessor/MyWork';
import { EvidenceForm } from './waves/assessor/EvidenceForm';

export default function AssessorWork({ path, me }: SectionProps) {
  const parts = path.replace(/\/+$/, '').split('/').slice(2).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  if (!parts.length) return <MyWaves />;
  if (parts.length === 1) return <MyParticipants code={parts[0]} />;
  return <EvidenceForm me={me} code={parts[0]} nip={parts[1]} method={parts[2] ?? ''} />;
}
