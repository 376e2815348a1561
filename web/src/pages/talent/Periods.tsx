// The agency's talent periods, newest first.
import { fmtDate, fmtNumber, t } from '../../i18n';
import { Card, ErrorBox, Link, Loading, useAsync } from '../../components/ui';
import { periods } from './api';
import { StatusBadge } from './shared';
import { fmtDateTime } from './ui';

export function PeriodsPage() {
  const list = useAsync((s) => periods(s), []);
  const rows = list.data?.items ?? [];
  return (
    <Card title={t('tal.periods')} testid="periods">
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table table-hover" data-testid="periods-table">
          <thead>
            <tr>
              <th scope="col">{t('tal.code')}</th>
              <th scope="col">{t('tal.status')}</th>
              <th scope="col">{t('tal.asOf')}</th>
              <th scope="col" class="num">{t('tal.employees')}</th>
              <th scope="col" class="num">{t('tal.eligible')}</th>
              <th scope="col" class="hide-sm">{t('tal.computed')}</th>
              <th scope="col" class="hide-sm">{t('tal.setCol')}</th>
              <th scope="col"><span class="sr-only">{t('tal.succession')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.code} data-testid="period-row">
                <td>
                  <Link href={`/talenta/${encodeURIComponent(p.code)}`} data-testid={`period-${p.code}`}>
                    <strong>{p.code}</strong>
                  </Link>
                  <div class="small muted">{t('tal.year', { y: p.year })} · v{p.policy_version}</div>
                </td>
                <td><StatusBadge status={p.status} /></td>
                <td class="nowrap">{fmtDate(p.as_of)}</td>
                <td class="num">{fmtNumber(p.employees)}</td>
                <td class="num">{fmtNumber(p.eligible)}</td>
                <td class="hide-sm nowrap">{fmtDateTime(p.computed_at)}</td>
                <td class="hide-sm">{p.set_at ? `${p.set_by ?? ''} · ${fmtDate(p.set_at)}` : t('app.none')}</td>
                <td>
                  <Link href={`/talenta/${encodeURIComponent(p.code)}/suksesi`}>{t('tal.succession')}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && !rows.length ? <p class="muted pad">{t('tal.periods.empty')}</p> : null}
      </div>
    </Card>
  );
}
