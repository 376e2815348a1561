import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';
import { linkClick } from '../router';
import { t } from '../i18n';

export function Link(props: JSX.HTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { onClick, ...rest } = props;
  return (
    <a
      {...rest}
      onClick={(e) => {
        if (typeof onClick === 'function') (onClick as (ev: MouseEvent) => void)(e as unknown as MouseEvent);
        linkClick(e as unknown as MouseEvent);
      }}
    />
  );
}

export interface Async<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
  reload: () => void;
}

/** Run `load` when deps change (aborting the previous run); data, error, loading. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Async<T> {
  const [state, setState] = useState<{ data: T | null; error: Error | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    load(ctl.signal).then(
      (data) => !ctl.signal.aborted && setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (ctl.signal.aborted || error?.name === 'AbortError') return;
        setState({ data: null, error, loading: false });
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((n) => n + 1) };
}

export function Loading() {
  return (
    <p class="muted" role="status" aria-live="polite" data-testid="loading">
      {t('app.loading')}
    </p>
  );
}

export function ErrorBox({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const e = error as ApiError;
  return (
    <div class="alert alert-error" role="alert" data-testid="error">
      <strong>{t('app.error')}</strong>: {e.message}
      {e.field ? <span class="muted"> ({e.field})</span> : null}
      {onRetry ? (
        <button type="button" class="btn btn-small" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function Card(props: { title?: ComponentChildren; children: ComponentChildren; class?: string; testid?: string; id?: string }) {
  const hid = props.id ? `${props.id}-h` : undefined;
  return (
    <section class={`card ${props.class ?? ''}`} data-testid={props.testid} id={props.id} aria-labelledby={hid}>
      {props.title ? <h2 id={hid}>{props.title}</h2> : null}
      {props.children}
    </section>
  );
}

export function Field({ label, children }: { label: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="kv">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The value, once it has stopped changing for `ms` milliseconds (search as you type). */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}
