import { useState } from 'preact/hooks';
import { fmtNumber, label, t } from '../../i18n';
import { formatNip } from '../../nip';
import { ErrorBox, Link, Loading, useAsync } from '../../components/ui';
import { getCsrf, parseError, type Me } from '../../api';
import { ExportLinks } from '../../components/ExportLinks';
import { results, type Wave } from './api';
import { Pager } from './common';
import { PdfLink } from '../../components/PdfLink';

const SIZE = 50;

/*
 * The SIASN files are a disclosure to another system (audited): a POST with the CSRF token,
 * whose answer is saved as a file.
 */
async function downloadSiasn(code: string): Promise<void> {
  const r = await fetch(`/api/v1/waves/${encodeURIComponent(code)}/siasn.zip`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': getCsrf() ?? '' },
    body: '{}',
  });
  if (!r.ok) throw parseError(r.status, await r.json().catch(() => null));
  const url = URL.createObjectURL(await r.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `siasn-${code}.zip`;
  a.click();
  URL.revokeObjectURL(url);
}

export function Results({ wave, me }: { wave: Wave; me?: Me }) {
  const [page, setPage] = useState(1);
  const [siasnErr, setSiasnErr] = useState<Error | null>(null);
  const list = useAsync((s) => results(wave.code, { limit: SIZE, offset: (page - 1) * SIZE }, s), [wave.code, page]);
  const base = `/gelombang/${encodeURIComponent(wave.code)}/hasil`;
  const operates = !!me && ['super_admin', 'admin', 'operator'].includes(me.role);
  return (
    <div data-testid="wave-results">
      <div class="row">
        <ExportLinks path={`/waves/${encodeURIComponent(wave.code)}/results`} query={{}} testid="res-export" />
        {wave.status === 'final' ? <PdfLink href={`/waves/${encodeURIComponent(wave.code)}/recap.pdf`} label={t('pdf.recap')} testid="recap-pdf" /> : null}
        {operates && wave.status === 'final' ? (
          <button type="button" class="btn btn-small" data-testid="siasn-export" onClick={() => downloadSiasn(wave.code).then(() => setSiasnErr(null), setSiasnErr)}>
            {t('waves.siasn')}
          </button>
        ) : null}
      </div>
      {siasnErr ? <ErrorBox error={siasnErr} /> : null}
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table table-hover" data-testid="res-table">
          <thead>
            <tr>
              <th scope="col" class="num">{t('waves.rank')}</th>
              <th scope="col">{t('waves.nip')}</th>
              <th scope="col">{t('waves.name')}</th>
              <th scope="col" class="hide-sm">{t('waves.position')}</th>
              <th scope="col" class="num">{t('waves.jpm')}</th>
              <th scope="col" class="num">{t('waves.score')}</th>
              <th scope="col">{t('waves.category')}</th>
              <th scope="col" class="num">{t('waves.potential')}</th>
              <th scope="col" class="num">{t('waves.revision')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data?.items.map((r) => (
              <tr key={r.nip} data-testid="res-row">
                <td class="num">{r.rank}</td>
                <td class="mono nowrap">{formatNip(r.nip)}</td>
                <td><Link href={`${base}/${r.nip}`} data-testid="res-open">{r.name}</Link></td>
                <td class="hide-sm">{r.position_name}<span class="muted small"> · {label('jenjang', r.jenjang)}</span></td>
                <td class="num">{fmtNumber(r.jpm, 2)}</td>
                <td class="num"><strong>{fmtNumber(r.score, 2)}</strong></td>
                <td><span class={`badge cat-${r.category}`}>{label('cat', r.category)}</span></td>
                <td class="num">{r.potential != null ? `${fmtNumber(r.potential, 2)} · ${label('pot', r.potential_category)}` : t('app.none')}</td>
                <td class="num">{r.revision}{r.expired ? <span class="badge badge-warn"> {t('waves.expired')}</span> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && !list.data.items.length ? <p class="muted pad">{t('waves.noResults')}</p> : null}
      </div>
      <Pager total={list.data?.total ?? 0} page={page} size={SIZE} onPage={setPage} />
    </div>
  );
}
