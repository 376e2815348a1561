// Small UI pieces shared by the sections (kit.css): action errors and confirmations, pagers, fields.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../api';
import { addMessages, fmtNumber, t } from '../i18n';
import { pageRange } from './paging';
import './kit.css';

addMessages(
  {
    'kit.yes': 'Ya, lanjutkan',
    'kit.no': 'Batal',
    'kit.prev': 'Sebelumnya',
    'kit.next': 'Berikutnya',
    'kit.range': '{from}–{to} dari {total}',
    'kit.pager': 'Halaman',
    'kit.perPage': 'Per halaman',
  },
  {
    'kit.yes': 'Yes, go ahead',
    'kit.no': 'Cancel',
    'kit.prev': 'Previous',
    'kit.next': 'Next',
    'kit.range': '{from}–{to} of {total}',
    'kit.pager': 'Pages',
    'kit.perPage': 'Per page',
  },
);

/** An action's error, shown next to it (the API's message and the field it names). */
export function ActionError({ error, testid }: { error: Error | null; testid?: string }) {
  if (!error) return null;
  const e = error as ApiError;
  return (
    <p class="alert alert-error" role="alert" data-testid={testid ?? 'action-error'}>
      {e.message}
      {e.field ? <span class="muted"> ({e.field})</span> : null}
    </p>
  );
}

export function Ok({ children, testid }: { children: ComponentChildren; testid?: string }) {
  return (
    <p class="alert alert-ok" role="status" data-testid={testid ?? 'action-ok'}>
      {children}
    </p>
  );
}

/**
 * A button that asks before it acts: the first press opens a confirmation saying what will
 * happen, the second runs `run`; its error is shown beside it.
 */
export function ConfirmAction(props: {
  label: string;
  question: ComponentChildren;
  confirmLabel?: string;
  run: () => Promise<unknown>;
  onDone?: (v: unknown) => void;
  testid: string;
  primary?: boolean;
  small?: boolean;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Error | null>(null);
  const go = async () => {
    setBusy(true);
    setErr(null);
    try {
      const v = await props.run();
      setOpen(false);
      props.onDone?.(v);
    } catch (e) {
      setErr(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const cls = `btn${props.primary ? ' btn-primary' : ''}${props.small ? ' mk-btn-sm' : ''}`;
  return (
    <div class="mk-confirm">
      {!open ? (
        <button type="button" class={cls} data-testid={props.testid} disabled={props.disabled} onClick={() => { setErr(null); setOpen(true); }}>
          {props.label}
        </button>
      ) : (
        <div class="mk-confirm-box" role="alertdialog" aria-live="assertive" data-testid={`${props.testid}-confirm`}>
          <p>{props.question}</p>
          <div class="row">
            <button type="button" class="btn btn-primary mk-nomargin" disabled={busy} data-testid={`${props.testid}-yes`} onClick={go} ref={(b) => b?.focus()}>
              {busy ? t('app.loading') : props.confirmLabel ?? t('kit.yes')}
            </button>
            <button type="button" class="btn btn-ghost" disabled={busy} data-testid={`${props.testid}-no`} onClick={() => setOpen(false)}>
              {t('kit.no')}
            </button>
          </div>
        </div>
      )}
      <ActionError error={err} testid={`${props.testid}-error`} />
    </div>
  );
}

export function Pager(props: { total: number; page: number; size: number; onPage: (p: number) => void; sizes?: number[]; onSize?: (n: number) => void }) {
  const r = pageRange(props.total, props.page, props.size);
  return (
    <nav class="pager" aria-label={t('kit.pager')} data-testid="pager">
      <button type="button" class="btn" data-testid="page-prev" disabled={props.page <= 1} onClick={() => props.onPage(props.page - 1)}>
        ← {t('kit.prev')}
      </button>
      <span aria-live="polite" data-testid="page-range">
        {t('kit.range', { from: fmtNumber(r.from), to: fmtNumber(r.to), total: fmtNumber(props.total) })}
      </span>
      <button type="button" class="btn" data-testid="page-next" disabled={props.page >= r.pages} onClick={() => props.onPage(props.page + 1)}>
        {t('kit.next')} →
      </button>
      {props.sizes && props.onSize ? (
        <label class="f-inline">
          {t('kit.perPage')}{' '}
          <select value={String(props.size)} onChange={(e) => props.onSize!(parseInt((e.currentTarget as HTMLSelectElement).value, 10))}>
            {props.sizes.map((n) => <option value={String(n)} key={n}>{n}</option>)}
          </select>
        </label>
      ) : null}
    </nav>
  );
}

/** A labelled text input bound to a string. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  type?: string;
  required?: boolean;
  error?: string | null;
  hint?: string;
  testid?: string;
  autocomplete?: string;
  list?: string;
}) {
  const describedBy = props.error ? `${props.id}-err` : props.hint ? `${props.id}-hint` : undefined;
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
        required={props.required}
        autocomplete={props.autocomplete}
        list={props.list}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        data-testid={props.testid}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)}
      />
      {props.error ? (
        <p class="mk-field-err" id={`${props.id}-err`}>{props.error}</p>
      ) : props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>{props.hint}</p>
      ) : null}
    </div>
  );
}
