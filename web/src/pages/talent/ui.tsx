// Small building blocks shared by the talent and moves pages: a step button that asks for
// the reason (and any other field) and a confirmation before it calls the API, a pager, tabs.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { fmtDate, fmtNumber, t } from '../../i18n';
import { Link } from '../../components/ui';
import './talent.css';

export interface ExtraField {
  name: string;
  label: string;
  type?: 'text' | 'date';
  required?: boolean;
}

/**
 * A button for an irreversible or audited step: it opens a panel with the reason (at least
 * `min` characters), the extra fields, a warning and Confirm / Cancel. The API's error shows
 * inside the panel.
 */
export function StepAction(props: {
  label: string;
  testid: string;
  warning: string;
  min: number;
  confirmLabel?: string;
  danger?: boolean;
  fields?: ExtraField[];
  onConfirm: (reason: string, extra: Record<string, string>) => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [extra, setExtra] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const id = `step-${props.testid}`;
  useEffect(() => {
    if (open) area.current?.focus();
  }, [open]);
  const missing = (props.fields ?? []).filter((f) => f.required !== false && !(extra[f.name] ?? '').trim());
  const short = reason.trim().length < props.min;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (short || missing.length) return;
    setBusy(true);
    setError(null);
    try {
      await props.onConfirm(reason.trim(), Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, v.trim()])));
      setOpen(false);
      setReason('');
      setExtra({});
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };
  if (!open)
    return (
      <button type="button" class={`btn ${props.danger ? 'btn-danger' : 'btn-action'}`} data-testid={props.testid} onClick={() => setOpen(true)}>
        {props.label}
      </button>
    );
  return (
    <form class={`step-panel${props.danger ? ' step-danger' : ''}`} onSubmit={submit} data-testid={`${props.testid}-panel`} aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{props.label}</h3>
      <p class="alert" role="note">{props.warning}</p>
      {(props.fields ?? []).map((f) => (
        <div key={f.name}>
          <label for={`${id}-${f.name}`}>{f.label}</label>
          <input
            id={`${id}-${f.name}`}
            type={f.type ?? 'text'}
            data-testid={`${props.testid}-${f.name}`}
            value={extra[f.name] ?? ''}
            required={f.required !== false}
            onInput={(e) => setExtra({ ...extra, [f.name]: (e.currentTarget as HTMLInputElement).value })}
          />
        </div>
      ))}
      <label for={`${id}-reason`}>{t('tal.reason')}</label>
      <textarea
        id={`${id}-reason`}
        ref={area}
        rows={3}
        data-testid={`${props.testid}-reason`}
        value={reason}
        aria-describedby={`${id}-hint`}
        onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="hint" id={`${id}-hint`}>{t('tal.reasonMin', { n: props.min })}</p>
      {error ? <ApiErrorLine error={error} /> : null}
      <div class="row-actions">
        <button type="submit" class={`btn btn-primary${props.danger ? ' btn-confirm-danger' : ''}`} data-testid={`${props.testid}-confirm`} disabled={busy || short || missing.length > 0}>
          {busy ? t('tal.working') : props.confirmLabel ?? t('tal.confirm')}
        </button>
        <button type="button" class="btn" onClick={() => { setOpen(false); setError(null); }}>
          {t('tal.cancel')}
        </button>
      </div>
    </form>
  );
}

/** An API error in one line, near the action that caused it. */
export function ApiErrorLine({ error }: { error: Error }) {
  const e = error as ApiError;
  return (
    <p class="alert alert-error" role="alert" data-testid="action-error">
      {e.message}
      {e instanceof ApiError && e.field ? <span class="muted"> ({e.field})</span> : null}
    </p>
  );
}

/** Previous / next over a paged list (offset based). */
export function Pager(props: { total: number; offset: number; limit: number; onOffset: (o: number) => void; testid?: string }) {
  const { total, offset, limit } = props;
  if (total <= limit && offset === 0) return null;
  const from = total ? offset + 1 : 0;
  const to = Math.min(total, offset + limit);
  return (
    <nav class="pager" aria-label={t('tal.pager')} data-testid={props.testid ?? 'pager'}>
      <button type="button" class="btn" disabled={offset <= 0} onClick={() => props.onOffset(Math.max(0, offset - limit))}>
        ← {t('tal.prev')}
      </button>
      <span aria-live="polite">{t('tal.range', { from: fmtNumber(from), to: fmtNumber(to), total: fmtNumber(total) })}</span>
      <button type="button" class="btn" disabled={to >= total} onClick={() => props.onOffset(offset + limit)}>
        {t('tal.next')} →
      </button>
    </nav>
  );
}

/** Links styled as tabs (each a page of its own, so back and reload work). */
export function NavTabs(props: { items: Array<{ href: string; label: string; current: boolean; testid: string }>; label: string }) {
  return (
    <nav class="subnav" aria-label={props.label}>
      {props.items.map((i) => (
        <Link key={i.href} href={i.href} data-testid={i.testid} aria-current={i.current ? 'page' : undefined}>
          {i.label}
        </Link>
      ))}
    </nav>
  );
}

export function Badge(props: { tone: 'ok' | 'warn' | 'err' | 'info' | 'plain'; children: ComponentChildren; testid?: string }) {
  return (
    <span class={`badge tone-${props.tone}`} data-testid={props.testid}>
      {props.children}
    </span>
  );
}

/** An ISO timestamp as date and time (UTC, as the server stores it). */
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return t('app.none');
  const m = /T(\d{2}:\d{2})/.exec(iso);
  return m ? `${fmtDate(iso)} ${m[1]}` : fmtDate(iso);
}
