// The vacancy forecast: positions whose holder reaches the retirement age or the 5-year JPT
// cap within the horizon, by urgency bucket; with a period, each key position's slate.
import { useMemo, useState } from 'preact/hooks';
import { fmtDate, fmtNumber, label, t } from '../../i18n';
import { ChartView, barConfig } from '../../components/Chart';
import { Card, ErrorBox, Loading, useAsync } from '../../components/ui';
import { forecast, periods } from './api';
import { BUCKETS } from './logic';
import { Badge, Pager } from './ui';
import { Person } from './shared';
import { SlateTable } from './Succession';

const MONTHS = [6, 12, 24, 36, 60];
const PAGE = 50;

export function bucketLabel(b: string): string {
  return b === 'overdue' ? t('tal.fc.overdue') : t('tal.fc.within', { n: b });
}

export function ForecastPage() {
  const [months, setMonths] = useState(24);
  const [key, setKey] = useState(false);
  const [per, setPer] = useState('');
  const [bucket, setBucket] = useState('');
  const [event, setEvent] = useState('');
  const [offset, setOffset] = useState(0);
  const ps = useAsync((s) => periods(s), []);
  const fc = useAsync((s) => forecast({ months, key, period: per || undefined }, s), [months, key, per]);
  const rows = useMemo(
    () => (fc.data?.positions ?? []).filter((r) => (!bucket || r.bucket === bucket) && (!event || r.event === event)),
    [fc.data, bucket, event],
  );
  const counts = fc.data?.counts ?? {};
  const chart = useMemo(
    () => barConfig(BUCKETS.filter((b) => b in counts).map(bucketLabel), BUCKETS.filter((b) => b in counts).map((b) => counts[b] ?? 0), t('tal.fc.positions')),
    [fc.data],
  );
  const reset = (f: () => void) => {
    f();
    setOffset(0);
  };
  return (
    <div data-testid="page-forecast">
      <form class="filters filters-wrap" onSubmit={(e) => e.preventDefault()} aria-label={t('tal.fc.options')}>
        <div class="f">
          <label for="fc-months">{t('tal.fc.months')}</label>
          <select id="fc-months" data-testid="fc-months" value={String(months)} onChange={(e) => reset(() => setMonths(parseInt((e.currentTarget as HTMLSelectElement).value, 10)))}>
            {MONTHS.map((m) => (
              <option key={m} value={String(m)}>{t('tal.fc.monthsN', { n: m })}</option>
            ))}
          </select>
        </div>
        <div class="f">
          <label for="fc-period">{t('tal.fc.period')}</label>
          <select id="fc-period" data-testid="fc-period" value={per} onChange={(e) => reset(() => setPer((e.currentTarget as HTMLSelectElement).value))}>
            <option value="">{t('tal.fc.noPeriod')}</option>
            {(ps.data?.items ?? []).map((p) => (
              <option key={p.code} value={p.code}>{p.code}</option>
            ))}
          </select>
        </div>
        <div class="f">
          <label for="fc-bucket">{t('tal.fc.bucket')}</label>
          <select id="fc-bucket" data-testid="fc-bucket" value={bucket} onChange={(e) => reset(() => setBucket((e.currentTarget as HTMLSelectElement).value))}>
            <option value="">{t('tal.all')}</option>
            {BUCKETS.map((b) => (
              <option key={b} value={b}>{bucketLabel(b)}</option>
            ))}
          </select>
        </div>
        <div class="f">
          <label for="fc-event">{t('tal.fc.event')}</label>
          <select id="fc-event" value={event} onChange={(e) => reset(() => setEvent((e.currentTarget as HTMLSelectElement).value))}>
            <option value="">{t('tal.all')}</option>
            <option value="retirement">{t('tal.fc.ev.retirement')}</option>
            <option value="jpt_cap">{t('tal.fc.ev.jpt_cap')}</option>
          </select>
        </div>
        <div class="f f-end">
          <label class="check">
            <input type="checkbox" data-testid="fc-key" checked={key} onChange={(e) => reset(() => setKey((e.currentTarget as HTMLInputElement).checked))} />
            {t('tal.fc.keyOnly')}
          </label>
        </div>
      </form>
      {fc.error ? <ErrorBox error={fc.error} onRetry={fc.reload} /> : null}
      {!fc.data && !fc.error ? <Loading /> : null}
      {fc.data ? (
        <>
          <div class="tiles" data-testid="fc-tiles">
            {BUCKETS.map((b) => (
              <div class="tile" key={b} data-testid={`fc-tile-${b}`}>
                <span class="tile-label">{bucketLabel(b)}</span>
                <span class="tile-value">{fmtNumber(counts[b] ?? 0)}</span>
                {b === 'overdue' ? <span class="tile-sub">{t('tal.fc.overdueHint')}</span> : null}
              </div>
            ))}
          </div>
          <div class="grid-2">
            <Card title={t('tal.fc.chart')}>
              <ChartView config={chart} label={t('tal.fc.chart')} height={200} testid="fc-chart" />
            </Card>
            <Card title={t('tal.fc.about')}>
              <p class="small">{t('tal.fc.aboutText', { date: fmtDate(fc.data.as_of), n: fc.data.months })}</p>
            </Card>
          </div>
          <Card title={t('tal.fc.list', { n: fmtNumber(rows.length) })} testid="fc-list">
            <div class="table-wrap" aria-busy={fc.loading}>
              <table class="table table-compact" data-testid="fc-table">
                <thead>
                  <tr>
                    <th scope="col">{t('tal.position')}</th>
                    <th scope="col">{t('tal.fc.holder')}</th>
                    <th scope="col">{t('tal.fc.event')}</th>
                    <th scope="col">{t('tal.fc.date')}</th>
                    <th scope="col">{t('tal.fc.bucket')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(offset, offset + PAGE).map((r) => (
                    <tr key={`${r.position}-${r.nip}`} data-testid="fc-row">
                      <td>
                        {r.position_name} {r.key ? <Badge tone="info">{t('tal.fc.key')}</Badge> : null}
                        <div class="small muted">
                          <span class="mono">{r.position}</span> · {label('jenjang', r.jenjang)} · {r.unit ?? ''}
                        </div>
                        {r.slate ? (
                          <details>
                            <summary>{t('tal.fc.slate', { n: r.slate.length })}</summary>
                            <SlateTable cands={r.slate} />
                          </details>
                        ) : null}
                      </td>
                      <td><Person nip={r.nip} name={r.name} /></td>
                      <td>{t(`tal.fc.ev.${r.event}`)}</td>
                      <td class="nowrap">
                        {fmtDate(r.date)}
                        <div class="small muted">{t('tal.fc.inMonths', { n: r.months })}</div>
                      </td>
                      <td>
                        <Badge tone={r.bucket === 'overdue' ? 'err' : r.bucket === '6' ? 'warn' : 'plain'}>{bucketLabel(r.bucket)}</Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {!rows.length ? <p class="muted pad">{t('tal.empty')}</p> : null}
            </div>
            <Pager total={rows.length} offset={offset} limit={PAGE} onOffset={setOffset} testid="fc-pager" />
          </Card>
        </>
      ) : null}
    </div>
  );
}
