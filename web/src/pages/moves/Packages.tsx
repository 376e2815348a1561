// The agency's move packages with their status; staff create a draft here.
import { useState } from 'preact/hooks';
import type { Me } from '../../api';
import { fmtNumber, t } from '../../i18n';
import { navigate } from '../../router';
import { Card, ErrorBox, Link, Loading, useAsync } from '../../components/ui';
import { ApiErrorLine, Badge, fmtDateTime, Pager } from '../talent/ui';
import { createPackage, packages } from './api';
import { canCreate, codeOk, STATUSES, statusTone } from './logic';

const PAGE = 25;

export function StatusBadge({ s, testid }: { s: string; testid?: string }) {
  return (
    <Badge tone={statusTone(s)} testid={testid}>
      {t(`mv.status.${s}`)}
    </Badge>
  );
}

export function PackagesCard({ me }: { me: Me }) {
  const [status, setStatus] = useState('');
  const [offset, setOffset] = useState(0);
  const list = useAsync((s) => packages({ status: status || undefined, limit: PAGE, offset }, s), [status, offset]);
  const rows = list.data?.items ?? [];
  return (
    <Card title={t('mv.packages')} testid="packages" id="packages">
      {canCreate(me.role) ? <CreateForm /> : null}
      <div class="filters" style={{ margin: '0.6rem 0' }}>
        <div class="f" style={{ maxWidth: '18rem' }}>
          <label for="pkg-status">{t('mv.status')}</label>
          <select
            id="pkg-status"
            data-testid="pkg-status"
            value={status}
            onChange={(e) => {
              setStatus((e.currentTarget as HTMLSelectElement).value);
              setOffset(0);
            }}
          >
            <option value="">{t('tal.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{t(`mv.status.${s}`)}</option>
            ))}
          </select>
        </div>
      </div>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table table-hover" data-testid="pkg-table">
          <thead>
            <tr>
              <th scope="col">{t('mv.code')}</th>
              <th scope="col">{t('mv.title')}</th>
              <th scope="col">{t('mv.status')}</th>
              <th scope="col" class="num">{t('mv.moves')}</th>
              <th scope="col" class="num">{t('mv.blocked')}</th>
              <th scope="col" class="hide-sm">{t('mv.created')}</th>
              <th scope="col" class="hide-sm">{t('mv.sk')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.code} data-testid="pkg-row">
                <td>
                  <Link href={`/mutasi/${encodeURIComponent(p.code)}`} data-testid={`pkg-${p.code}`}>
                    <strong>{p.code}</strong>
                  </Link>
                </td>
                <td>{p.title}</td>
                <td><StatusBadge s={p.status} /></td>
                <td class="num">{fmtNumber(p.moves)}</td>
                <td class={`num ${p.blocked ? 'neg' : ''}`}>{fmtNumber(p.blocked)}</td>
                <td class="hide-sm small">
                  {p.created_by}
                  <div class="muted">{fmtDateTime(p.created_at)}</div>
                </td>
                <td class="hide-sm">{p.sk_number || t('app.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && !rows.length ? <p class="muted pad">{t('mv.packages.empty')}</p> : null}
      </div>
      {list.data ? <Pager total={list.data.total} offset={offset} limit={PAGE} onOffset={setOffset} /> : null}
    </Card>
  );
}

function CreateForm() {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const ok = codeOk(code) && title.trim().length > 0;
  if (!open)
    return (
      <button type="button" class="btn btn-action" data-testid="pkg-new" onClick={() => setOpen(true)}>
        {t('mv.new')}
      </button>
    );
  return (
    <form
      class="step-panel"
      data-testid="pkg-create"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!ok) return;
        setBusy(true);
        setError(null);
        try {
          const p = await createPackage(code.trim(), title.trim());
          navigate(`/mutasi/${encodeURIComponent(p.code)}`);
        } catch (err) {
          setError(err as Error);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3>{t('mv.new')}</h3>
      <div class="tal-form">
        <div class="f">
          <label for="pkg-code">{t('mv.code')}</label>
          <input id="pkg-code" data-testid="pkg-code" value={code} placeholder="ROT-2026-01" aria-describedby="pkg-code-hint" onInput={(e) => setCode((e.currentTarget as HTMLInputElement).value)} />
          <p class="hint" id="pkg-code-hint">{t('mv.codeHint')}</p>
        </div>
        <div class="f f-wide">
          <label for="pkg-title">{t('mv.title')}</label>
          <input id="pkg-title" data-testid="pkg-title" value={title} onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)} />
        </div>
      </div>
      {error ? <ApiErrorLine error={error} /> : null}
      <div class="row-actions">
        <button type="submit" class="btn btn-primary" data-testid="pkg-create-submit" disabled={!ok || busy}>
          {busy ? t('tal.working') : t('mv.create')}
        </button>
        <button type="button" class="btn" onClick={() => setOpen(false)}>{t('tal.cancel')}</button>
      </div>
    </form>
  );
}
