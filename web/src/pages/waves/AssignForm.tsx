import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { t } from '../../i18n';
import { useAsync } from '../../components/ui';
import { assessors, assign } from './api';
import { ActionError, Ok } from './common';
import { isConflict } from './logic';

/**
 * Assign one assessor to one participant. When the server reports a conflict of interest
 * the form shows it and asks for a justification (required) before trying again.
 */
export function AssignForm({ code, nip: fixedNip, onDone }: { code: string; nip?: string; onDone?: () => void }) {
  const roster = useAsync((s) => assessors(s), []);
  const [nip, setNip] = useState(fixedNip ?? '');
  const [assessor, setAssessor] = useState('');
  const [just, setJust] = useState('');
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [err, setErr] = useState<Error | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `as-${fixedNip ?? 'any'}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    setErr(null);
    setOk(null);
    if (conflict && !just.trim()) {
      setErr(new Error(t('waves.justificationRequired')));
      return;
    }
    setBusy(true);
    try {
      await assign(code, nip.trim(), assessor, conflict ? just.trim() : undefined);
      setOk(t('waves.assigned', { a: assessor, nip: nip.trim() }));
      setConflict(null);
      setJust('');
      onDone?.();
    } catch (x) {
      const a = x as ApiError;
      if (a instanceof ApiError && isConflict(a.code, a.message, a.field) && !conflict) setConflict(a);
      else setErr(a);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="wv-assign" onSubmit={submit} data-testid="assign-form">
      <div class="filters">
        {fixedNip ? null : (
          <div class="f">
            <label for={`${id}-nip`}>{t('waves.nip')}</label>
            <input id={`${id}-nip`} data-testid="assign-nip" value={nip} inputMode="numeric" onInput={(e) => { setNip((e.currentTarget as HTMLInputElement).value); setConflict(null); }} />
          </div>
        )}
        <div class="f">
          <label for={`${id}-a`}>{t('waves.assessor')}</label>
          <select id={`${id}-a`} data-testid="assign-assessor" value={assessor} onChange={(e) => { setAssessor((e.currentTarget as HTMLSelectElement).value); setConflict(null); }}>
            <option value="">{t('waves.choose')}</option>
            {roster.data?.items.map((a) => (
              <option key={a.code} value={a.code}>{a.code} · {a.name}</option>
            ))}
          </select>
        </div>
        <div class="f f-end">
          <button type="submit" class="btn btn-primary" disabled={busy || !assessor || !nip.trim()} data-testid="assign-submit">
            {conflict ? t('waves.assignAnyway') : t('waves.assign')}
          </button>
        </div>
      </div>
      {conflict ? (
        <div class="alert wv-warn" role="alert" data-testid="assign-conflict">
          <p><strong>{t('waves.conflict')}</strong>: {conflict.message}</p>
          <label for={`${id}-j`}>{t('waves.justification')} *</label>
          <textarea id={`${id}-j`} data-testid="assign-justification" rows={2} aria-required="true" value={just} onInput={(e) => setJust((e.currentTarget as HTMLTextAreaElement).value)} />
        </div>
      ) : null}
      {ok ? <Ok testid="assign-ok">{ok}</Ok> : null}
      <ActionError error={err} testid="assign-error" />
    </form>
  );
}
