// Labels and small views used by several talent pages.
import { fmtNumber, getLang, label, t } from '../../i18n';
import { formatNip } from '../../nip';
import { Link } from '../../components/ui';
import { Badge } from './ui';
import { splitReason } from './logic';
import type { PeriodStatus } from './api';

export function StatusBadge({ status }: { status: PeriodStatus | string }) {
  const tone = status === 'set' ? 'ok' : status === 'reviewed' ? 'info' : 'warn';
  return (
    <Badge tone={tone} testid="period-status">
      {label('talent', status)}
    </Badge>
  );
}

export function reasonLabel(r: string): string {
  const { key, arg } = splitReason(r);
  const k = `tal.reason.${key}`;
  const s = t(k, { what: arg ?? '' });
  return s === k ? r : s;
}

export function Person({ nip, name }: { nip: string; name: string }) {
  return (
    <>
      <Link href={`/pegawai/${nip}`}>{name}</Link>
      <div class="mono small muted">{formatNip(nip)}</div>
    </>
  );
}

export const score = (v: number | null | undefined) => (v == null ? t('app.none') : fmtNumber(v, 2));

export function readinessLabel(r: string): string {
  const k = `tal.ready.${r}`;
  const s = t(k);
  return s === k ? r : s;
}

export function ReadinessBadge({ r }: { r: string }) {
  const tone = r === 'now' ? 'ok' : r === '1-2y' ? 'info' : 'plain';
  return <Badge tone={tone}>{readinessLabel(r)}</Badge>;
}

/** The box's official label or follow-up in the current language. */
export function boxText(box: number, what: 'label' | 'followup'): string {
  return t(`tal.${what}.${box}`);
}

export const isEn = () => getLang() === 'en';
