// One talent period: the 9-box with its counts, the people of a box (calibration by drag and
// drop or the "pindahkan" button), the review / set steps, the talent pool, who is not placed
// and why, and the calibration trail.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Me } from '../../api';
import { fmtDate, fmtNumber, label, t } from '../../i18n';
import { formatNip } from '../../nip';
import { navigate, useLocation } from '../../router';
import { Card, ErrorBox, Link, Loading, useAsync, type Async } from '../../components/ui';
import { calibrate, period, placements, reviewPeriod, setPeriod, type Placement, type PeriodDetail } from './api';
import { canCalibrate, canReview, canSet, countReasons, reasonOk, TALENT_REASON_MIN } from './logic';
import { DRAG_TYPE, TalentGrid } from './TalentGrid';
import { ApiErrorLine, fmtDateTime, Pager, StepAction } from './ui';
import { boxText, Person, reasonLabel, score, StatusBadge } from './shared';
import { PdfLink } from '../../components/PdfLink';

const BOX_PAGE = 20;
const LIST_PAGE = 25;
type Tab = 'pool' | 'unplaced' | 'trail';
const TABS: Tab[] = ['pool', 'unplaced', 'trail'];

function setQuery(code: string, patch: Record<string, string | null>) {
  const p = new URLSearchParams(location.search);
  for (const [k, v] of Object.entries(patch)) {
    if (v == null || v === '') p.delete(k);
    else p.set(k, v);
  }
  const qs = p.toString();
  navigate(`/talenta/${encodeURIComponent(code)}${qs ? `?${qs}` : ''}`, { replace: true });
}

export function PeriodPage({ code, me }: { code: string; me: Me }) {
  const { search } = useLocation();
  const box = (() => {
    const b = parseInt(search.get('box') ?? '', 10);
    return b >= 1 && b <= 9 ? b : null;
  })();
  const tab: Tab = TABS.includes(search.get('tab') as Tab) ? (search.get('tab') as Tab) : 'pool';
  const [tick, setTick] = useState(0);
  const p = useAsync((s) => period(code, s), [code, tick]);
  const refresh = () => setTick((n) => n + 1);

  if (p.error && !p.data) return <div class="page"><ErrorBox error={p.error} onRetry={p.reload} /></div>;
  if (!p.data) return <div class="page"><Loading /></div>;
  const d = p.data;
  const placed = Object.values(d.boxes ?? {}).reduce((a, b) => a + b, 0);
  const cal = canCalibrate(me.role, d.status);

  return (
    <div class="page" data-testid="page-talent-period">
      <p class="small">
        <Link href="/talenta">← {t('tal.periods')}</Link>
      </p>
      <div class="page-head">
        <h1>
          {t('tal.period.title', { code: d.code })} <StatusBadge status={d.status} />
        </h1>
        <PdfLink href={`/talent/periods/${encodeURIComponent(d.code)}/ninebox.pdf`} label={t('pdf.ninebox')} testid="ninebox-pdf" />
      </div>
      <p class="meta-line" data-testid="period-meta">
        <span>{t('tal.asOf')}: <strong>{fmtDate(d.as_of)}</strong></span>
        <span>{t('tal.policy')}: <strong>v{d.policy_version}</strong></span>
        <span>{t('tal.employees')}: <strong>{fmtNumber(d.employees)}</strong></span>
        <span>{t('tal.placed')}: <strong>{fmtNumber(placed)}</strong></span>
        <span>{t('tal.poolN')}: <strong>{fmtNumber(d.pool)}</strong></span>
        <span>{t('tal.notPlaced')}: <strong>{fmtNumber(d.not_placed)}</strong></span>
        {d.set_at ? <span>{t('tal.setBy', { who: d.set_by ?? '', when: fmtDate(d.set_at) })}</span> : null}
      </p>
      <div class="actions-bar" data-testid="period-actions">
        <Link class="btn" href={`/talenta/${encodeURIComponent(d.code)}/suksesi`} data-testid="link-succession">
          {t('tal.succession')}
        </Link>
        {canReview(me.role, d.status) ? (
          <StepAction
            label={t('tal.review')}
            testid="period-review"
            warning={t('tal.review.warn')}
            min={TALENT_REASON_MIN}
            onConfirm={async (reason) => {
              await reviewPeriod(d.code, reason);
              refresh();
            }}
          />
        ) : null}
        {canSet(me.role, d.status) ? (
          <StepAction
            label={t('tal.set')}
            testid="period-set"
            danger
            warning={t('tal.set.warn')}
            min={TALENT_REASON_MIN}
            onConfirm={async (reason) => {
              await setPeriod(d.code, reason);
              refresh();
            }}
          />
        ) : null}
        {d.status === 'proposed' && !canReview(me.role, d.status) ? <span class="muted small">{t('tal.waitReview')}</span> : null}
        {d.status === 'reviewed' && !canSet(me.role, d.status) ? <span class="muted small">{t('tal.waitSet')}</span> : null}
        {d.status === 'set' ? <span class="muted small">{t('tal.locked')}</span> : null}
      </div>
      <GridAndPeople d={d} box={box} cal={cal} onChanged={refresh} tick={tick} />
      <Card testid="period-tabs">
        <div class="tabs" role="tablist" aria-label={t('tal.lists')}>
          {TABS.map((k) => (
            <button
              key={k}
              type="button"
              role="tab"
              id={`tab-${k}`}
              aria-selected={tab === k}
              aria-controls={`panel-${k}`}
              data-testid={`tab-${k}`}
              onClick={() => setQuery(code, { tab: k === 'pool' ? null : k })}
            >
              {t(`tal.tab.${k}`)}
              {k === 'pool' ? ` (${fmtNumber(d.pool)})` : k === 'unplaced' ? ` (${fmtNumber(d.not_placed)})` : ` (${fmtNumber(d.trail.length)})`}
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          {tab === 'pool' ? <PoolList code={d.code} tick={tick} poolMin={d.pool_min_box} /> : null}
          {tab === 'unplaced' ? <UnplacedList code={d.code} total={d.not_placed} /> : null}
          {tab === 'trail' ? <Trail d={d} /> : null}
        </div>
      </Card>
    </div>
  );
}

interface Moving {
  nip: string;
  name: string;
  from: number;
  to: number | null;
}

function GridAndPeople({ d, box, cal, onChanged, tick }: { d: PeriodDetail; box: number | null; cal: boolean; onChanged: () => void; tick: number }) {
  const [offset, setOffset] = useState(0);
  const [moving, setMoving] = useState<Moving | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  useEffect(() => {
    setOffset(0);
  }, [box]);
  const list = useAsync(
    (s) => (box ? placements(d.code, { box, limit: BOX_PAGE, offset }, s) : Promise.resolve(null)),
    [d.code, box, offset, tick],
  );
  const rows = list.data?.items ?? [];
  const select = (b: number) => {
    setDone(null);
    setQuery(d.code, { box: String(b) });
  };
  const onDrop = (to: number, nip: string) => {
    const r = rows.find((x) => x.nip === nip);
    if (!r || r.box == null) return;
    setDone(null);
    setMoving({ nip, name: r.name, from: r.box, to: to === r.box ? null : to });
  };

  return (
    <div class="grid-2">
      <Card title={t('tal.grid')} testid="grid-card" class="tg-sticky">
        <TalentGrid
          counts={d.boxes}
          selected={box}
          onSelect={select}
          onDrop={cal ? onDrop : undefined}
          dragging={!!dragging}
          poolMinBox={d.pool_min_box}
        />
        <p class="hint">{cal ? t('tal.grid.hintCal') : t('tal.grid.hint')}</p>
      </Card>
      <Card title={box ? t('tal.boxTitle', { box }) : t('tal.boxPick')} testid="box-people">
        {box ? (
          <>
            <p class="small">
              <strong>{boxText(box, 'label')}</strong>
              <br />
              <span class="muted">{t('tal.followup')}: {boxText(box, 'followup')}</span>
            </p>
            {done ? <p class="alert alert-ok" role="status" data-testid="cal-done">{done}</p> : null}
            {moving ? (
              <CalibrateForm
                code={d.code}
                m={moving}
                onCancel={() => setMoving(null)}
                onDone={(msg) => {
                  setMoving(null);
                  setDone(msg);
                  onChanged();
                }}
              />
            ) : null}
            {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
            <div class="table-wrap" aria-busy={list.loading}>
              <table class="table table-compact" data-testid="box-table">
                <caption class="sr-only">{t('tal.boxTitle', { box })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('tal.name')}</th>
                    <th scope="col" class="num">{t('tal.perf')}</th>
                    <th scope="col" class="num">{t('tal.pot')}</th>
                    {cal ? <th scope="col"><span class="sr-only">{t('tal.actions')}</span></th> : null}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr
                      key={r.nip}
                      data-testid="box-row"
                      data-nip={r.nip}
                      draggable={cal}
                      class={dragging === r.nip ? 'tg-dragged' : undefined}
                      onDragStart={
                        cal
                          ? (e) => {
                              e.dataTransfer?.setData(DRAG_TYPE, r.nip);
                              e.dataTransfer?.setData('text/plain', r.nip);
                              if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
                              setDragging(r.nip);
                            }
                          : undefined
                      }
                      onDragEnd={cal ? () => setDragging(null) : undefined}
                    >
                      <td>
                        <Person nip={r.nip} name={r.name} />
                        <div class="small muted">
                          {label('jenjang', r.jenjang)} · {r.unit ?? t('app.none')}
                        </div>
                      </td>
                      <td class="num">{score(r.performance)}</td>
                      <td class="num">{score(r.potential)}</td>
                      {cal ? (
                        <td>
                          <button
                            type="button"
                            class="btn btn-small"
                            data-testid="move-btn"
                            aria-label={t('tal.moveWho', { name: r.name })}
                            onClick={() => {
                              setDone(null);
                              setMoving({ nip: r.nip, name: r.name, from: r.box ?? box, to: null });
                            }}
                          >
                            {t('tal.move')}
                          </button>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
              {list.loading && !list.data ? <Loading /> : null}
              {list.data && !rows.length ? <p class="muted pad">{t('tal.boxEmpty')}</p> : null}
            </div>
            {list.data ? <Pager total={list.data.total} offset={offset} limit={BOX_PAGE} onOffset={setOffset} testid="box-pager" /> : null}
          </>
        ) : (
          <p class="muted">{t('tal.boxPickHint')}</p>
        )}
      </Card>
    </div>
  );
}

function CalibrateForm({ code, m, onCancel, onDone }: { code: string; m: Moving; onCancel: () => void; onDone: (msg: string) => void }) {
  const [to, setTo] = useState<number | null>(m.to);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  // a layout effect: it runs before the form can be used, so a box chosen at once is never
  // overwritten by a late reset (an ordinary effect runs after paint)
  useLayoutEffect(() => {
    setTo(m.to);
    setError(null);
    const el = document.getElementById(m.to ? 'cal-reason' : 'cal-box');
    el?.focus();
  }, [m.nip, m.to]);
  const ok = to != null && to !== m.from && reasonOk(reason);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!ok || to == null) return;
    setBusy(true);
    setError(null);
    try {
      await calibrate(code, m.nip, to, reason.trim());
      onDone(t('tal.cal.done', { name: m.name, from: m.from, to }));
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="cal-form" onSubmit={submit} data-testid="cal-form" aria-labelledby="cal-h">
      <h3 id="cal-h">{t('tal.cal.title', { name: m.name })}</h3>
      <p class="small muted">
        <span class="mono">{formatNip(m.nip)}</span> · {t('tal.cal.from', { box: m.from })}
      </p>
      <div class="f-row">
        <div>
          <label for="cal-box">{t('tal.cal.to')}</label>
          <select
            id="cal-box"
            data-testid="cal-box"
            value={to == null ? '' : String(to)}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              setTo(v ? parseInt(v, 10) : null);
            }}
          >
            <option value="">{t('tal.cal.choose')}</option>
            {[9, 8, 7, 6, 5, 4, 3, 2, 1]
              .filter((b) => b !== m.from)
              .map((b) => (
                <option key={b} value={String(b)}>
                  {t('tal.cal.boxOpt', { box: b, label: boxText(b, 'label') })}
                </option>
              ))}
          </select>
        </div>
        <div>
          <label for="cal-reason">{t('tal.reason')}</label>
          <textarea
            id="cal-reason"
            rows={2}
            data-testid="cal-reason"
            value={reason}
            required
            aria-describedby="cal-hint"
            onInput={(e) => setReason((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p class="hint" id="cal-hint">{t('tal.reasonMin', { n: TALENT_REASON_MIN })}</p>
        </div>
      </div>
      {error ? <ApiErrorLine error={error} /> : null}
      <div class="row-actions">
        <button type="submit" class="btn btn-primary" data-testid="cal-submit" disabled={!ok || busy}>
          {busy ? t('tal.working') : t('tal.cal.submit')}
        </button>
        <button type="button" class="btn" onClick={onCancel}>
          {t('tal.cancel')}
        </button>
      </div>
    </form>
  );
}

function PoolList({ code, tick, poolMin }: { code: string; tick: number; poolMin: number }) {
  const [offset, setOffset] = useState(0);
  const list = useAsync((s) => placements(code, { pool: true, limit: LIST_PAGE, offset }, s), [code, offset, tick]);
  return (
    <div data-testid="pool-list">
      <p class="hint">{t('tal.pool.hint', { min: poolMin })}</p>
      <PeopleTable list={list} kind="pool" />
      {list.data ? <Pager total={list.data.total} offset={offset} limit={LIST_PAGE} onOffset={setOffset} /> : null}
    </div>
  );
}

function UnplacedList({ code, total }: { code: string; total: number }) {
  const [offset, setOffset] = useState(0);
  const list = useAsync((s) => placements(code, { eligible: false, limit: LIST_PAGE, offset }, s), [code, offset]);
  const [counts, setCounts] = useState<Array<{ reason: string; n: number }> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const countAll = async () => {
    setBusy(true);
    setError(null);
    try {
      const all: Placement[] = [];
      for (let off = 0; off < total || off === 0; off += 500) {
        const page = await placements(code, { eligible: false, limit: 500, offset: off });
        all.push(...page.items);
        if (page.items.length < 500) break;
      }
      setCounts(countReasons(all));
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div data-testid="unplaced-list">
      <p class="hint">{t('tal.unplaced.hint')}</p>
      <div class="row-actions">
        <button type="button" class="btn" data-testid="count-reasons" disabled={busy} onClick={() => void countAll()}>
          {busy ? t('tal.working') : t('tal.unplaced.count')}
        </button>
      </div>
      {error ? <ApiErrorLine error={error} /> : null}
      {counts ? (
        <table class="table table-compact" data-testid="reason-counts" style={{ maxWidth: '36rem', margin: '0.6rem 0' }}>
          <caption>{t('tal.unplaced.byReason')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tal.reasonCol')}</th>
              <th scope="col" class="num">{t('tal.count')}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.reason}>
                <td>{reasonLabel(c.reason)}</td>
                <td class="num">{fmtNumber(c.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <PeopleTable list={list} kind="unplaced" />
      {list.data ? <Pager total={list.data.total} offset={offset} limit={LIST_PAGE} onOffset={setOffset} /> : null}
    </div>
  );
}

function PeopleTable({ list, kind }: { list: Async<{ items: Placement[]; total: number }>; kind: 'pool' | 'unplaced' }) {
  const rows = list.data?.items ?? [];
  return (
    <>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      <div class="table-wrap" aria-busy={list.loading}>
        <table class="table table-compact table-hover" data-testid={`${kind}-table`}>
          <thead>
            <tr>
              <th scope="col">{t('tal.name')}</th>
              <th scope="col">{t('tal.position')}</th>
              <th scope="col" class="hide-sm">{t('tal.unit')}</th>
              <th scope="col" class="num">{t('tal.perf')}</th>
              <th scope="col" class="num">{t('tal.pot')}</th>
              <th scope="col">{kind === 'pool' ? t('tal.box') : t('tal.reasonCol')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.nip} data-testid={`${kind}-row`}>
                <td><Person nip={r.nip} name={r.name} /></td>
                <td>
                  <span class="mono small">{r.position ?? t('app.none')}</span>
                  <div class="small muted">{label('jenjang', r.jenjang)}</div>
                </td>
                <td class="hide-sm">{r.unit ?? t('app.none')}</td>
                <td class="num">{score(r.performance)}</td>
                <td class="num">{score(r.potential)}</td>
                <td>
                  {kind === 'pool' ? (
                    <strong>{r.box}</strong>
                  ) : (
                    <ul class="inline-list">
                      {r.reasons.map((x) => (
                        <li key={x}>{reasonLabel(x)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && !rows.length ? <p class="muted pad">{t('tal.empty')}</p> : null}
      </div>
    </>
  );
}

function Trail({ d }: { d: PeriodDetail }) {
  const rows = [...(d.trail ?? [])].reverse();
  if (!rows.length) return <p class="muted" data-testid="trail-empty">{t('tal.trail.empty')}</p>;
  return (
    <div class="table-wrap">
      <table class="table table-compact" data-testid="trail-table">
        <caption class="sr-only">{t('tal.tab.trail')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tal.when')}</th>
            <th scope="col">{t('tal.what')}</th>
            <th scope="col">{t('tal.who')}</th>
            <th scope="col">{t('tal.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} data-testid="trail-row">
              <td class="nowrap">{fmtDateTime(r.at)}</td>
              <td>
                {r.kind === 'calibration' && r.nip ? (
                  <>
                    {t('tal.trail.cal', { from: r.from ?? '?', to: r.to ?? '?' })}{' '}
                    <Link href={`/pegawai/${r.nip}`} class="mono small">{formatNip(r.nip)}</Link>
                    <div class="small muted">{t('tal.trail.during', { stage: label('talent', r.stage) })}</div>
                  </>
                ) : (
                  <strong>{t('tal.trail.stage', { stage: label('talent', r.stage) })}</strong>
                )}
              </td>
              <td>{r.actor}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
