// Download links for a list: the same filters as on screen, every matching row, as CSV or XLSX
// (?format=, docs/api.md). Plain links: the session cookie goes along, nothing else is needed.
import { buildQuery, type Query } from '../api';
import { t } from '../i18n';

export function exportHref(path: string, query: Query, format: 'csv' | 'xlsx'): string {
  const q: Query = { ...query, limit: undefined, offset: undefined, format };
  return `/api/v1${path}${buildQuery(q)}`;
}

export function ExportLinks({ path, query, testid }: { path: string; query: Query; testid?: string }) {
  return (
    <span class="export-links" data-testid={testid ?? 'export-links'}>
      <span class="muted small">{t('export.label')}</span>{' '}
      <a class="btn btn-small" href={exportHref(path, query, 'xlsx')} download data-testid="export-xlsx">
        Excel
      </a>{' '}
      <a class="btn btn-small" href={exportHref(path, query, 'csv')} download data-testid="export-csv">
        CSV
      </a>
    </span>
  );
}
