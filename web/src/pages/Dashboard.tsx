import { useMemo } from 'preact/hooks';
import { ApiError, dashboard, type Dashboard as Dash } from '../api';
import { UnitSelect } from '../components/UnitSelect';
import { fmtDate, fmtNumber, getLang, label, t } from '../i18n';
import { navigate, useLocation } from '../router';
import { formatNip } from '../nip';
import { barConfig, ChartView } from '../components/Chart';
import { NineBox } from '../components/NineBox';
import { Card, ErrorBox, Link, Loading, useAsync } from '../components/ui';

/** share may come as a fraction (0..1) or a percentage */
export function sharePct(share: number | null | undefined): string {
  if (share == null || Number.isNaN(share)) return t('app.none');
  const pct = share <= 1 ? share * 100 : share;
  return `${fmtNumber(pct, 1)}%`;
}

function Charts({ d }: { d: Dash }) {
  const lang = getLang();
  const count = t('dash.count');
  const jenjang = useMemo(
    () => barConfig(d.headcount.by_jenjang.map((x) => label('jenjang', x.jenjang)), d.headcount.by_jenjang.map((x) => x.count), count, true),
    [d, lang],
  );
  const golongan = useMemo(
    () => barConfig(d.headcount.by_golongan.map((x) => x.golongan || t('app.none')), d.headcount.by_golongan.map((x) => x.count), count),
    [d, lang],
  );
  const jpm = useMemo(
    () =>
      barConfig(
        d.assessment.jpm_histogram.map((x) => `${fmtNumber(x.from)}–${fmtNumber(x.to)}`),
        d.assessment.jpm_histogram.map((x) => x.count),
        count,
      ),
    [d, lang],
  );
  return (
    <>
      <Card title={t('dash.byJenjang')} testid="chart-jenjang" id="c-jenjang">
        <ChartView config={jenjang} label={t('dash.byJenjang')} height={Math.max(200, 24 * d.headcount.by_jenjang.length)} />
      </Card>
      <Card title={t('dash.byGolongan')} testid="chart-golongan" id="c-golongan">
        <ChartView config={golongan} label={t('dash.byGolongan')} />
      </Card>
      <Card title={t('dash.jpm')} testid="chart-jpm" id="c-jpm">
        <ChartView config={jpm} label={t('dash.jpm')} />
        <ul class="inline-list" aria-label={t('dash.byCategory')}>
          {d.assessment.by_category.map((c) => (
            <li key={c.category}>
              <span class={`badge cat-${c.category}`}>{label('cat', c.category)}</span> {fmtNumber(c.count)}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}

export default function DashboardPage() {
  const { search } = useLocation();
  const unit = search.get('unit') ?? '';
  const data = useAsync((s) => dashboard(unit, s), [unit]);
  const d = data.data;
  const setUnit = (v: string) => navigate(v ? `/?unit=${encodeURIComponent(v)}` : '/');

  return (
    <div class="page" data-testid="page-dashboard">
      <div class="page-head">
        <h1>{t('dash.title')}</h1>
        <div class="filters">
          <label for="dash-unit">{t('dash.unit')}</label>
          <UnitSelect id="dash-unit" testid="dash-unit" value={unit} onChange={setUnit} allLabel={t('dash.allUnits')} />
        </div>
      </div>
      {data.loading && !d ? <Loading /> : null}
      {data.error ? (
        data.error instanceof ApiError && data.error.status === 404 && data.error.field !== 'unit' ? (
          <p class="alert" data-testid="dash-unavailable">
            {t('dash.unavailable')}
          </p>
        ) : (
          <ErrorBox error={data.error} onRetry={data.reload} />
        )
      ) : null}
      {d ? (
        <>
          <p class="muted">
            {t('dash.asOf', { date: fmtDate(d.as_of) })}
            {d.unit ? ` · ${d.unit.name}` : ''}
          </p>
          <div class="tiles" data-testid="dash-tiles">
            <div class="tile">
              <span class="tile-label">{t('dash.headcount')}</span>
              <span class="tile-value" data-testid="tile-headcount">{fmtNumber(d.headcount.total)}</span>
              <span class="tile-sub">
                {d.headcount.by_status.map((s) => `${s.status} ${fmtNumber(s.count)}`).join(' · ')}
              </span>
            </div>
            <div class="tile">
              <span class="tile-label">{t('dash.assessed')}</span>
              <span class="tile-value">{fmtNumber(d.assessment.assessed)}</span>
              <span class="tile-sub">{t('dash.share', { pct: sharePct(d.assessment.share) })}</span>
            </div>
            <div class="tile">
              <span class="tile-label">{t('dash.positions')}</span>
              <span class="tile-value">{fmtNumber(d.positions.total)}</span>
              <span class="tile-sub">{t('dash.vacant', { n: fmtNumber(d.positions.vacant), k: fmtNumber(d.positions.key_vacant) })}</span>
            </div>
            <div class="tile">
              <span class="tile-label">{t('dash.retiring')}</span>
              <span class="tile-value">
                {fmtNumber(d.forecast.retiring_12m)} / {fmtNumber(d.forecast.retiring_24m)}
              </span>
            </div>
          </div>
          <div class="grid-2">
            <Charts d={d} />
            <Card title={t('dash.ninebox')} testid="dash-ninebox" id="c-ninebox">
              {d.talent && d.talent.period ? (
                <>
                  <p class="muted">
                    {t('dash.talentPeriod', { period: d.talent.period, status: label('talent', d.talent.status) })}
                  </p>
                  <NineBox boxes={d.talent.boxes} />
                  <p>
                    {t('dash.pool', { n: fmtNumber(d.talent.pool) })} · {t('dash.notPlaced', { n: fmtNumber(d.talent.not_placed) })}
                  </p>
                </>
              ) : (
                <p class="muted">{t('dash.noTalent')}</p>
              )}
            </Card>
          </div>
          <Card
            title={t('dash.expiring', { days: d.assessment.expiring.within_days, n: fmtNumber(d.assessment.expiring.count) })}
            testid="dash-expiring"
            id="c-expiring"
          >
            {d.assessment.expiring.items.length ? (
              <div class="table-wrap">
                <table class="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('emp.nip')}</th>
                      <th scope="col">{t('emp.name')}</th>
                      <th scope="col">{t('prof.wave')}</th>
                      <th scope="col">{t('prof.validUntil')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.assessment.expiring.items.map((x) => (
                      <tr key={x.nip + x.wave}>
                        <td class="mono">{formatNip(x.nip)}</td>
                        <td>
                          <Link href={`/pegawai/${x.nip}`}>{x.name}</Link>
                        </td>
                        <td>{x.wave}</td>
                        <td>{fmtDate(x.valid_until)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p class="muted">{t('dash.noExpiring')}</p>
            )}
          </Card>
        </>
      ) : null}
    </div>
  );
}
