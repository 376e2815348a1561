import { useState } from 'preact/hooks';
import { fmtNumber, label, t } from '../../i18n';
import { formatNip } from '../../nip';
import { ErrorBox, Link, Loading, useAsync } from '../../components/ui';
import { results, type Wave } from './api';
import { Pager } from './common';

const SIZE = 50;

export function Results({ wave }: { wave: Wave }) {
  const [page, setPage] = useState(1);
  const list = useAsync((s) => results(wave.code, { limit: SIZE, offset: (page - 1) * SIZE }, s), [wave.code, page]);
  const base = `/gelombang/${encodeURIComponent(wave.code)}/hasil`;
  return (
    <div data-testid="wave-results">
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
