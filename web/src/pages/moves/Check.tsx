// The what-if check of one move: every rule's verdict with its article (writes nothing).
import { useState } from 'preact/hooks';
import { fmtDate, t } from '../../i18n';
import { formatNip } from '../../nip';
import { Card, Link } from '../../components/ui';
import { ApiErrorLine } from '../talent/ui';
import { check, type Kind, type MoveCheck } from './api';
import { cleanNip, KINDS, nipOk, worst } from './logic';
import { VerdictBadge, Verdicts } from './Verdicts';

/** The fields of one move (NIP, target position, kind, date), shared by the check and a package. */
export function MoveFields(props: {
  prefix: string;
  v: { nip: string; to: string; kind: Kind; date: string };
  onChange: (v: { nip: string; to: string; kind: Kind; date: string }) => void;
}) {
  const { prefix, v } = props;
  const nipBad = v.nip.trim() !== '' && !nipOk(v.nip);
  return (
    <>
      <div class="f f-nip">
        <label for={`${prefix}-nip`}>{t('mv.nip')}</label>
        <input
          id={`${prefix}-nip`}
          data-testid={`${prefix}-nip`}
          inputMode="numeric"
          autocomplete="off"
          value={v.nip}
          aria-invalid={nipBad || undefined}
          aria-describedby={nipBad ? `${prefix}-nip-err` : undefined}
          onInput={(e) => props.onChange({ ...v, nip: (e.currentTarget as HTMLInputElement).value })}
        />
        {nipBad ? <p class="hint neg" id={`${prefix}-nip-err`}>{t('mv.nipBad')}</p> : null}
      </div>
      <div class="f">
        <label for={`${prefix}-to`}>{t('mv.to')}</label>
        <input
          id={`${prefix}-to`}
          data-testid={`${prefix}-to`}
          autocomplete="off"
          placeholder="OPD05.K"
          value={v.to}
          onInput={(e) => props.onChange({ ...v, to: (e.currentTarget as HTMLInputElement).value })}
        />
      </div>
      <div class="f">
        <label for={`${prefix}-kind`}>{t('mv.kind')}</label>
        <select id={`${prefix}-kind`} data-testid={`${prefix}-kind`} value={v.kind} onChange={(e) => props.onChange({ ...v, kind: (e.currentTarget as HTMLSelectElement).value as Kind })}>
          {KINDS.map((k) => (
            <option key={k} value={k}>{t(`mv.kind.${k}`)}</option>
          ))}
        </select>
      </div>
      <div class="f">
        <label for={`${prefix}-date`}>{t('mv.date')}</label>
        <input id={`${prefix}-date`} type="date" data-testid={`${prefix}-date`} value={v.date} onInput={(e) => props.onChange({ ...v, date: (e.currentTarget as HTMLInputElement).value })} />
      </div>
    </>
  );
}

export function CheckResult({ r, testid }: { r: MoveCheck; testid?: string }) {
  const overall = r.verdict ?? worst(r.verdicts);
  return (
    <div data-testid={testid ?? 'check-result'}>
      <div class={`verdict-head tone-border-${overall}`}>
        <p>
          <span class="verdict-big"><VerdictBadge v={overall} testid="check-verdict" /></span>{' '}
          <strong>{t(`mv.summary.${overall}`)}</strong>
        </p>
        <dl class="kvs">
          <div class="kv">
            <dt>{t('mv.employee')}</dt>
            <dd>
              <Link href={`/pegawai/${r.nip}`}>{r.name}</Link> <span class="mono small muted">{formatNip(r.nip)}</span>
            </dd>
          </div>
          <div class="kv">
            <dt>{t('mv.move')}</dt>
            <dd>
              <span class="mono">{r.from ?? t('app.none')}</span> → <strong>{r.to_name ?? r.to}</strong> <span class="mono small muted">{r.to}</span>
            </dd>
          </div>
          <div class="kv">
            <dt>{t('mv.kind')}</dt>
            <dd>{t(`mv.kind.${r.kind}`)} · {fmtDate(r.date)}{r.rules_policy_version ? <span class="muted small"> · {t('mv.rulesVersion', { v: r.rules_policy_version })}</span> : null}</dd>
          </div>
        </dl>
      </div>
      <h3>{t('mv.rules')}</h3>
      <Verdicts vs={r.verdicts} />
    </div>
  );
}

export function CheckCard() {
  const [v, setV] = useState<{ nip: string; to: string; kind: Kind; date: string }>({ nip: '', to: '', kind: 'rotasi', date: '' });
  const [exc, setExc] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [result, setResult] = useState<MoveCheck | null>(null);
  const ok = nipOk(v.nip) && v.to.trim() !== '';
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!ok) return;
    setBusy(true);
    setError(null);
    try {
      setResult(await check({ nip: cleanNip(v.nip), to: v.to.trim(), kind: v.kind, date: v.date || undefined, exception_116: exc }));
    } catch (err) {
      setResult(null);
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('mv.check.title')} testid="move-check" id="move-check">
      <p class="hint">{t('mv.check.hint')}</p>
      <form class="tal-form" onSubmit={submit}>
        <MoveFields prefix="chk" v={v} onChange={setV} />
        <div class="f f-wide">
          <label class="check">
            <input type="checkbox" data-testid="chk-exc" checked={exc} onChange={(e) => setExc((e.currentTarget as HTMLInputElement).checked)} />
            {t('mv.exc116')}
          </label>
        </div>
        <div class="f f-end">
          <button type="submit" class="btn btn-primary" data-testid="chk-submit" disabled={!ok || busy}>
            {busy ? t('tal.working') : t('mv.check.run')}
          </button>
        </div>
      </form>
      {error ? <ApiErrorLine error={error} /> : null}
      {result ? <CheckResult r={result} /> : null}
    </Card>
  );
}
