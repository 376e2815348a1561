import { useState } from 'preact/hooks';
import { fmtDate, fmtNumber, label, t } from '../../i18n';
import { navigate } from '../../router';
import { Card, ErrorBox, Link, Loading, useAsync } from '../../components/ui';
import type { Me } from '../../api';
import { createWave, PROVIDERS, PURPOSES, waves } from './api';
import { ActionError, StatusBadge, Text, canWrite } from './common';
import { checkWaveForm, type WaveForm } from './logic';

export function WaveList({ me }: { me: Me }) {
  const list = useAsync((s) => waves({ limit: 500 }, s), []);
  return (
    <div class="page" data-testid="page-waves">
      <div class="page-head">
        <h1>{t('waves.title')}</h1>
        {list.data ? <span class="muted">{t('waves.count', { n: fmtNumber(list.data.total) })}</span> : null}
        <span class="spacer" />
        {canWrite(me.role) ? (
          <Link href="/gelombang/baru" class="btn btn-primary" data-testid="wave-new">
            {t('waves.new')}
          </Link>
        ) : null}
      </div>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table table-hover" data-testid="wave-table">
          <thead>
            <tr>
              <th scope="col">{t('waves.code')}</th>
              <th scope="col">{t('waves.name')}</th>
              <th scope="col">{t('waves.purpose')}</th>
              <th scope="col">{t('waves.dates')}</th>
              <th scope="col">{t('waves.status')}</th>
              <th scope="col" class="num">{t('waves.participants')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data?.items.map((w) => (
              <tr key={w.code} data-testid="wave-row">
                <td class="mono nowrap">
                  <Link href={`/gelombang/${encodeURIComponent(w.code)}`}>{w.code}</Link>
                </td>
                <td>{w.name}</td>
                <td>{label('waves.purpose', w.purpose)}</td>
                <td class="nowrap">{fmtDate(w.start)} – {fmtDate(w.end)}</td>
                <td><StatusBadge status={w.status} /></td>
                <td class="num">{fmtNumber(w.participants)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && !list.data.items.length ? <p class="muted pad">{t('waves.empty')}</p> : null}
      </div>
    </div>
  );
}

const EMPTY: WaveForm = { code: '', name: '', purpose: 'pemetaan', provider: 'internal', provider_name: '', start_date: '', end_date: '', venue: '' };

export function WaveCreate() {
  const [f, setF] = useState<WaveForm>(EMPTY);
  const [errs, setErrs] = useState<Record<string, string>>({});
  const [err, setErr] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof WaveForm) => (v: string) => setF({ ...f, [k]: v });
  const submit = async (e: Event) => {
    e.preventDefault();
    const found = checkWaveForm(f);
    setErrs(found);
    setErr(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const w = await createWave({
        code: f.code.trim(),
        name: f.name.trim(),
        purpose: f.purpose,
        provider: f.provider,
        provider_name: f.provider_name.trim() || undefined,
        start_date: f.start_date,
        end_date: f.end_date,
        venue: f.venue.trim() || undefined,
      });
      navigate(`/gelombang/${encodeURIComponent(w.code)}`);
    } catch (x) {
      setErr(x as Error);
    } finally {
      setBusy(false);
    }
  };
  const fe = (k: string) => (errs[k] ? t(errs[k]) : undefined);
  return (
    <div class="page" data-testid="page-wave-new">
      <p><Link href="/gelombang">← {t('waves.title')}</Link></p>
      <h1>{t('waves.new')}</h1>
      <Card>
        <form class="wv-form" onSubmit={submit} noValidate data-testid="wave-form">
          <div class="wv-grid">
            <Text id="wf-code" label={t('waves.code')} value={f.code} onInput={set('code')} required error={fe('code')} hint={t('waves.codeHint')} testid="wf-code" />
            <Text id="wf-name" label={t('waves.name')} value={f.name} onInput={set('name')} required error={fe('name')} testid="wf-name" />
            <div class="f">
              <label for="wf-purpose">{t('waves.purpose')} *</label>
              <select id="wf-purpose" data-testid="wf-purpose" value={f.purpose} onChange={(e) => set('purpose')((e.currentTarget as HTMLSelectElement).value)}>
                {PURPOSES.map((p) => <option key={p} value={p}>{label('waves.purpose', p)}</option>)}
              </select>
            </div>
            <div class="f">
              <label for="wf-provider">{t('waves.provider')} *</label>
              <select id="wf-provider" data-testid="wf-provider" value={f.provider} onChange={(e) => set('provider')((e.currentTarget as HTMLSelectElement).value)}>
                {PROVIDERS.map((p) => <option key={p} value={p}>{label('waves.provider', p)}</option>)}
              </select>
            </div>
            <Text id="wf-pname" label={t('waves.providerName')} value={f.provider_name} onInput={set('provider_name')} required={f.provider === 'lembaga'} error={fe('provider_name')} testid="wf-pname" />
            <Text id="wf-venue" label={t('waves.venue')} value={f.venue} onInput={set('venue')} testid="wf-venue" />
            <Text id="wf-start" type="date" label={t('waves.start')} value={f.start_date} onInput={set('start_date')} required error={fe('start_date')} testid="wf-start" />
            <Text id="wf-end" type="date" label={t('waves.end')} value={f.end_date} onInput={set('end_date')} required error={fe('end_date')} testid="wf-end" />
          </div>
          <p class="hint">{t('waves.policyHint')}</p>
          <div class="row">
            <button type="submit" class="btn btn-primary" disabled={busy} data-testid="wf-submit">{busy ? t('app.loading') : t('waves.create')}</button>
            <Link href="/gelombang" class="btn btn-ghost">{t('waves.cancel')}</Link>
          </div>
          <ActionError error={err} testid="wf-error" />
        </form>
      </Card>
    </div>
  );
}
