// Small shared pieces of the waves, assessor and policies sections.
import { fmtNumber, t } from '../../i18n';
import { Link } from '../../components/ui';
import { pageRange } from './logic';

// The action error, the confirmation button and the success note are the shared kit's.
export { ActionError, ConfirmAction, Ok } from '../../components/kit';

export function StatusBadge({ status, family = 'waves.status' }: { status: string; family?: string }) {
  const key = `${family}.${status}`;
  const s = t(key);
  return <span class={`badge wv-st wv-st-${status}`}>{s === key ? status : s}</span>;
}

export function Tabs({ items, current, label }: { items: Array<{ id: string; href: string; label: string }>; current: string; label: string }) {
  return (
    <nav class="wv-tabs" aria-label={label}>
      {items.map((it) => (
        <Link key={it.id} href={it.href} class={`wv-tab ${it.id === current ? 'on' : ''}`} aria-current={it.id === current ? 'page' : undefined} data-testid={`tab-${it.id}`}>
          {it.label}
        </Link>
      ))}
    </nav>
  );
}

export function Pager({ total, page, size, onPage }: { total: number; page: number; size: number; onPage: (p: number) => void }) {
  const r = pageRange(total, page, size);
  return (
    <nav class="pager" aria-label={t('waves.pager')} data-testid="pager">
      <button type="button" class="btn" data-testid="page-prev" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ← {t('waves.prev')}
      </button>
      <span aria-live="polite" data-testid="page-range">
        {t('waves.range', { from: fmtNumber(r.from), to: fmtNumber(r.to), total: fmtNumber(total) })}
      </span>
      <button type="button" class="btn" data-testid="page-next" disabled={page >= r.pages} onClick={() => onPage(page + 1)}>
        {t('waves.next')} →
      </button>
    </nav>
  );
}

/** A labelled input bound to a string state. */
export function Text(props: { id: string; label: string; value: string; onInput: (v: string) => void; type?: string; required?: boolean; error?: string; hint?: string; testid?: string; placeholder?: string }) {
  return (
    <div class="f">
      <label for={props.id}>
        {props.label}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        aria-required={props.required ? true : undefined}
        placeholder={props.placeholder}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-err` : props.hint ? `${props.id}-hint` : undefined}
        data-testid={props.testid}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {props.error ? <p class="wv-field-err" id={`${props.id}-err`}>{props.error}</p> : props.hint ? <p class="hint" id={`${props.id}-hint`}>{props.hint}</p> : null}
    </div>
  );
}

export const canWrite = (role: string) => role === 'super_admin' || role === 'admin' || role === 'operator';
export const canApprove = (role: string) => role === 'super_admin' || role === 'admin' || role === 'head';
export const isAdmin = (role: string) => role === 'super_admin' || role === 'admin';
