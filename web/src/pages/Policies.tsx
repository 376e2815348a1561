// Kebijakan: policy versions by kind, one version (with a readable summary for scoring and
// the effect of a scoring draft), a new draft, and adoption (admin).
import type { SectionProps } from '../App';
import { useLocation } from '../router';
import './waves/messages';
import './policies/messages';
import './waves/waves.css';
import { PolicyCreate, PolicyList, PolicyView } from './policies/PolicyPages';
import { canWrite } from './waves/common';

export default function Policies({ path, me }: SectionProps) {
  const { search } = useLocation();
  const parts = path.replace(/\/+$/, '').split('/').slice(2);
  if (!parts.length) return <PolicyList me={me} kind={search.get('kind') ?? ''} />;
  if (parts[0] === 'baru' && canWrite(me.role)) return <PolicyCreate />;
  return <PolicyView me={me} kind={parts[0]} version={parts[1] ?? ''} />;
}
