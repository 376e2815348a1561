import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, IMPORT_KINDS, importRun, importRuns, parseProblems, uploadImport, type ImportKind, type ImportRun } from '../api';
import { fmtDate, fmtNumber, label, t } from '../i18n';
import { navigate, useLocation } from '../router';
import { Card, ErrorBox, useAsync } from '../components/ui';

const POLL_MS = 700;

function fmtSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${fmtNumber(n / 1024, 1)} KiB`;
  return `${fmtNumber(n / 1024 / 1024, 1)} MiB`;
}

/** Poll GET /imports/:id until it is done or failed. */
function useImportRun(id: number | null) {
  const [run, setRun] = useState<ImportRun | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    setRun(null);
    setError(null);
    if (!id) return;
    const ctl = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const r = await importRun(id, ctl.signal);
        setRun(r);
        if (r.state === 'queued' || r.state === 'running') timer = setTimeout(tick, POLL_MS);
      } catch (e) {
        if ((e as Error).name !== 'AbortError') setError(e as Error);
      }
    };
    void tick();
    return () => {
      ctl.abort();
      clearTimeout(timer);
    };
  }, [id]);
  return { run, error };
}

function RunView({ run }: { run: ImportRun }) {
  const s = run.summary ?? {};
  const busy = run.state === 'queued' || run.state === 'running';
  const problems = parseProblems(run.errors);
  const pct = run.rows_total > 0 ? Math.round((100 * run.rows_done) / run.rows_total) : null;
  return (
    <div data-testid="import-run" data-state={run.state}>
      <p>
        <strong>{run.filename}</strong> · {label('imp.kind', run.kind)} ·{' '}
        <span class={`badge state-${run.state}`} data-testid="import-state">
          {t(`imp.state.${run.state}`)}
        </span>
        {s.dry_run ? <span class="badge"> dry run</span> : null}
      </p>
      {busy ? (
        <div>
          <progress
            max={run.rows_total || undefined}
            value={run.rows_total ? run.rows_done : undefined}
            aria-label={t(`imp.state.${run.state}`)}
            data-testid="import-progress"
          />
          <p aria-live="polite">
            {pct != null
              ? `${t('imp.progress', { done: fmtNumber(run.rows_done), total: fmtNumber(run.rows_total) })} (${pct}%)`
              : t('imp.progressUnknown', { done: fmtNumber(run.rows_done) })}
          </p>
        </div>
      ) : null}
      {run.state === 'done' ? (
        <p class="alert alert-ok" role="status" data-testid="import-done">
          {t(s.dry_run ? 'imp.dryRunDone' : 'imp.doneSummary', {
            rows: fmtNumber(s.rows ?? run.rows_total),
            inserted: fmtNumber(s.inserted ?? 0),
            updated: fmtNumber(s.updated ?? 0),
            unchanged: fmtNumber(s.unchanged ?? 0),
          })}
        </p>
      ) : null}
      {run.state === 'failed' ? (
        <>
          <div class="alert alert-error" role="alert" data-testid="import-failed">
            <strong>{t('imp.failedNothing')}</strong> {s.message ?? ''}
          </div>
          {problems.length ? (
            <div class="table-wrap">
              <table class="table table-compact" data-testid="import-errors">
                <caption>{t('imp.errors')} ({fmtNumber(problems.length)})</caption>
                <thead>
                  <tr>
                    <th scope="col" class="num">{t('imp.row')}</th>
                    <th scope="col">{t('imp.field')}</th>
                    <th scope="col">{t('imp.message')}</th>
                    <th scope="col">{t('imp.code')}</th>
                  </tr>
                </thead>
                <tbody>
                  {problems.map((p, i) => (
                    <tr key={i}>
                      <td class="num">{p.row ?? t('app.none')}</td>
                      <td class="mono">{p.field ?? t('app.none')}</td>
                      <td>{p.message}</td>
                      <td class="mono small">{p.code}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

export default function ImportPage() {
  const { search } = useLocation();
  const id = parseInt(search.get('id') ?? '', 10) || null;
  const [kind, setKind] = useState<ImportKind>('employees');
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(false);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const { run, error: pollError } = useImportRun(id);
  const recent = useAsync((s) => importRuns(s), [id, run?.state]);

  async function submit(e: Event) {
    e.preventDefault();
    if (!file) return setError(t('imp.noFile'));
    setBusy(true);
    setError(null);
    try {
      const r = await uploadImport(kind, file, dryRun);
      navigate(`/impor?id=${r.id}`);
    } catch (err) {
      setError(err instanceof ApiError ? err.message + (err.field ? ` (${err.field})` : '') : String(err));
    } finally {
      setBusy(false);
    }
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer?.files?.[0];
    if (f) setFile(f);
  }

  return (
    <div class="page" data-testid="page-import">
      <h1>{t('imp.title')}</h1>
      <p class="muted">{t('imp.intro')}</p>
      <div class="grid-2">
        <Card>
          <form onSubmit={submit} data-testid="import-form">
            <label for="imp-kind">{t('imp.kind')}</label>
            <select id="imp-kind" data-testid="import-kind" value={kind} onChange={(e) => setKind((e.currentTarget as HTMLSelectElement).value as ImportKind)}>
              {IMPORT_KINDS.map((k) => (
                <option value={k} key={k}>
                  {t(`imp.kind.${k}`)}
                </option>
              ))}
            </select>
            <span class="label" id="imp-file-label">{t('imp.file')}</span>
            <div
              class={`dropzone${over ? ' over' : ''}`}
              data-testid="dropzone"
              onDragOver={(e) => {
                e.preventDefault();
                setOver(true);
              }}
              onDragLeave={() => setOver(false)}
              onDrop={onDrop}
            >
              <span>{t('imp.drop')} </span>
              <button type="button" class="btn btn-small" onClick={() => input.current?.click()} aria-describedby="imp-file-label">
                {t('imp.pick')}
              </button>
              <input
                ref={input}
                id="imp-file"
                type="file"
                class="sr-only"
                tabIndex={-1}
                aria-labelledby="imp-file-label"
                data-testid="import-file"
                accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                onChange={(e) => setFile((e.currentTarget as HTMLInputElement).files?.[0] ?? null)}
              />
              {file ? (
                <p class="small" data-testid="import-chosen">
                  {t('imp.chosen', { name: file.name, size: fmtSize(file.size) })}
                </p>
              ) : null}
            </div>
            <label class="check">
              <input type="checkbox" data-testid="import-dryrun" checked={dryRun} onChange={(e) => setDryRun((e.currentTarget as HTMLInputElement).checked)} />{' '}
              {t('imp.dryRun')}
            </label>
            {error ? (
              <p class="alert alert-error" role="alert" data-testid="import-error">
                {error}
              </p>
            ) : null}
            <button type="submit" class="btn btn-primary" disabled={busy} data-testid="import-submit">
              {busy ? t('imp.uploading') : t('imp.submit')}
            </button>
          </form>
        </Card>
        <Card>
          {pollError ? <ErrorBox error={pollError} /> : null}
          {run ? <RunView run={run} /> : null}
          <h2>{t('imp.recent')}</h2>
          {recent.data?.items.length ? (
            <div class="table-wrap">
              <table class="table table-compact" data-testid="import-recent">
                <thead>
                  <tr>
                    <th scope="col">{t('imp.when')}</th>
                    <th scope="col">{t('imp.kind')}</th>
                    <th scope="col">{t('imp.fileName')}</th>
                    <th scope="col">{t('emp.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {recent.data.items.map((r) => (
                    <tr key={r.id} aria-current={r.id === id ? 'true' : undefined}>
                      <td class="nowrap">{fmtDate(r.created_at)}</td>
                      <td>{t(`imp.kind.${r.kind}`)}</td>
                      <td>
                        <a href={`/impor?id=${r.id}`} onClick={(e) => { e.preventDefault(); navigate(`/impor?id=${r.id}`); }}>
                          {r.filename}
                        </a>
                      </td>
                      <td>{t(`imp.state.${r.state}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p class="muted">{t('app.none')}</p>
          )}
        </Card>
      </div>
    </div>
  );
}
