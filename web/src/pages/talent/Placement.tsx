// The placement optimiser: choose the vacancies (a unit, or position codes) and the period,
// run GET /talent/place, read the optimum (JPM as utility) against the current holders, lock
// or forbid pairs as what-ifs and run again (the change against the previous run shown).
import { useState } from 'preact/hooks';
import { fmtNumber, t } from '../../i18n';
import { UnitSelect } from '../../components/UnitSelect';
import { Card, useAsync } from '../../components/ui';
import { periods, place, type PlaceQuery, type PlaceResult } from './api';
import { addPin, compareRuns, parseCodes, parsePin, pinsParam, removePin, samePin, type Pin } from './logic';
import { ApiErrorLine, Badge } from './ui';
import { Person } from './shared';

type Mode = 'unit' | 'positions';

function delta(n: number | null) {
  if (n == null) return null;
  const cls = n > 0 ? 'delta-up' : n < 0 ? 'delta-down' : '';
  return <span class={cls}>{n > 0 ? '+' : ''}{fmtNumber(n, 2)}</span>;
}

export function PlacementPage() {
  const ps = useAsync((s) => periods(s), []);
  const [mode, setMode] = useState<Mode>('unit');
  const [unit, setUnit] = useState('');
  const [codes, setCodes] = useState('');
  const [per, setPer] = useState<string | null>(null);
  const [locks, setLocks] = useState<Pin[]>([]);
  const [forbids, setForbids] = useState<Pin[]>([]);
  const [pinText, setPinText] = useState('');
  const [pinErr, setPinErr] = useState('');
  const [result, setResult] = useState<PlaceResult | null>(null);
  const [previous, setPrevious] = useState<PlaceResult | null>(null);
  const [ranWith, setRanWith] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);

  // the newest period by default (its placed, eligible people are the candidates)
  const period = per ?? ps.data?.items[0]?.code ?? '';
  const query = (l = locks, f = forbids): PlaceQuery => ({
    unit: mode === 'unit' ? unit || undefined : undefined,
    positions: mode === 'positions' ? parseCodes(codes).join(',') || undefined : undefined,
    period: period || undefined,
    lock: pinsParam(l),
    forbid: pinsParam(f),
  });
  const scopeKey = JSON.stringify({ ...query(), lock: undefined, forbid: undefined });
  const ready = mode === 'unit' ? !!unit : parseCodes(codes).length > 0;

  const run = async (l = locks, f = forbids) => {
    if (!ready) return;
    setBusy(true);
    setError(null);
    try {
      const q = query(l, f);
      const r = await place(q);
      // compare with the previous run only when the vacancies and the period are the same
      const sameScope = ranWith && JSON.parse(ranWith).scope === scopeKey;
      setPrevious(sameScope ? result : null);
      setResult(r);
      setRanWith(JSON.stringify({ scope: scopeKey, lock: q.lock ?? '', forbid: q.forbid ?? '' }));
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const stale =
    !!result && ranWith !== JSON.stringify({ scope: scopeKey, lock: pinsParam(locks) ?? '', forbid: pinsParam(forbids) ?? '' });

  const addTyped = (kind: 'lock' | 'forbid') => {
    const p = parsePin(pinText);
    if (!p) {
      setPinErr(t('tal.pl.pinBad'));
      return;
    }
    setPinErr('');
    setPinText('');
    if (kind === 'lock') setLocks(addPin(locks, p, true));
    else setForbids(addPin(forbids, p));
  };

  const cmp = result ? compareRuns(result, previous) : null;
  return (
    <div data-testid="page-placement">
      <Card title={t('tal.pl.setup')} testid="pl-setup">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <fieldset class="plain-fieldset">
            <legend class="label">{t('tal.pl.vacancies')}</legend>
            <label class="check">
              <input type="radio" name="pl-mode" data-testid="pl-mode-unit" checked={mode === 'unit'} onChange={() => setMode('unit')} />
              {t('tal.pl.byUnit')}
            </label>
            <label class="check">
              <input type="radio" name="pl-mode" data-testid="pl-mode-positions" checked={mode === 'positions'} onChange={() => setMode('positions')} />
              {t('tal.pl.byCodes')}
            </label>
          </fieldset>
          <div class="tal-form">
            {mode === 'unit' ? (
              <div class="f f-wide">
                <label for="pl-unit">{t('tal.unit')}</label>
                <UnitSelect id="pl-unit" testid="pl-unit" value={unit} onChange={setUnit} allLabel={t('tal.pl.chooseUnit')} />
              </div>
            ) : (
              <div class="f f-wide">
                <label for="pl-codes">{t('tal.pl.codes')}</label>
                <textarea
                  id="pl-codes"
                  rows={2}
                  data-testid="pl-codes"
                  value={codes}
                  aria-describedby="pl-codes-hint"
                  onInput={(e) => setCodes((e.currentTarget as HTMLTextAreaElement).value)}
                />
                <p class="hint" id="pl-codes-hint">{t('tal.pl.codesHint')}</p>
              </div>
            )}
            <div class="f">
              <label for="pl-period">{t('tal.pl.period')}</label>
              <select id="pl-period" data-testid="pl-period" value={period} onChange={(e) => setPer((e.currentTarget as HTMLSelectElement).value)}>
                <option value="">{t('tal.pl.noPeriod')}</option>
                {(ps.data?.items ?? []).map((p) => (
                  <option key={p.code} value={p.code}>{p.code}</option>
                ))}
              </select>
            </div>
            <div class="f f-end">
              <button type="submit" class="btn btn-primary" data-testid="pl-run" disabled={!ready || busy}>
                {busy ? t('tal.working') : result ? t('tal.pl.rerun') : t('tal.pl.run')}
              </button>
            </div>
          </div>
        </form>
        <h3>{t('tal.pl.pins')}</h3>
        <p class="hint">{t('tal.pl.pinsHint')}</p>
        <div class="tal-form">
          <div class="f f-wide">
            <label for="pl-pin">{t('tal.pl.pin')}</label>
            <input
              id="pl-pin"
              data-testid="pl-pin"
              placeholder="198001012005011001=OPD05.K"
              value={pinText}
              aria-invalid={pinErr ? true : undefined}
              aria-describedby={pinErr ? 'pl-pin-err' : undefined}
              onInput={(e) => setPinText((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          <div class="f f-end row-actions">
            <button type="button" class="btn" data-testid="pl-add-lock" onClick={() => addTyped('lock')}>{t('tal.pl.addLock')}</button>
            <button type="button" class="btn" data-testid="pl-add-forbid" onClick={() => addTyped('forbid')}>{t('tal.pl.addForbid')}</button>
          </div>
        </div>
        {pinErr ? <p class="alert alert-error" id="pl-pin-err" role="alert">{pinErr}</p> : null}
        <PinList title={t('tal.pl.locks')} pins={locks} onRemove={(p) => setLocks(removePin(locks, p))} testid="pl-locks" />
        <PinList title={t('tal.pl.forbids')} pins={forbids} onRemove={(p) => setForbids(removePin(forbids, p))} testid="pl-forbids" />
        {stale ? (
          <p class="alert" role="status" data-testid="pl-stale">
            {t('tal.pl.stale')}{' '}
            <button type="button" class="btn btn-small" onClick={() => void run()} disabled={busy || !ready}>{t('tal.pl.rerun')}</button>
          </p>
        ) : null}
        {error ? <ApiErrorLine error={error} /> : null}
      </Card>
      {result && cmp ? (
        <>
          <div class="tiles" data-testid="pl-summary">
            <div class="tile">
              <span class="tile-label">{t('tal.pl.filled')}</span>
              <span class="tile-value" data-testid="pl-filled">{fmtNumber(result.filled)} / {fmtNumber(result.vacancies)}</span>
              <span class="tile-sub">{t('tal.pl.candidates', { n: fmtNumber(result.candidates) })}</span>
            </div>
            <div class="tile">
              <span class="tile-label">{t('tal.pl.after')}</span>
              <span class="tile-value" data-testid="pl-total">{fmtNumber(cmp.optimum, 2)}</span>
              <span class="tile-sub">{t('tal.pl.mean', { n: fmtNumber(result.mean_jpm, 2) })}</span>
            </div>
            <div class="tile">
              <span class="tile-label">{t('tal.pl.before')}</span>
              <span class="tile-value" data-testid="pl-current">{fmtNumber(cmp.current, 2)}</span>
              <span class="tile-sub">{t('tal.pl.holders', { n: fmtNumber(result.current.holders_with_results) })}</span>
            </div>
            <div class="tile">
              <span class="tile-label">{t('tal.pl.gain')}</span>
              <span class="tile-value" data-testid="pl-gain">{delta(cmp.gain)}</span>
              {cmp.previous != null ? (
                <span class="tile-sub" data-testid="pl-change">
                  {t('tal.pl.vsPrevious', { n: fmtNumber(cmp.previous, 2) })} {delta(cmp.change)}
                </span>
              ) : (
                <span class="tile-sub">{t('tal.pl.gainHint')}</span>
              )}
            </div>
          </div>
          <Card title={t('tal.pl.result')} testid="pl-result">
            <div class="table-wrap">
              <table class="table table-compact" data-testid="pl-table">
                <thead>
                  <tr>
                    <th scope="col">{t('tal.position')}</th>
                    <th scope="col">{t('tal.pl.assigned')}</th>
                    <th scope="col" class="num">JPM</th>
                    <th scope="col">{t('tal.pl.holdersCol')}</th>
                    <th scope="col" class="hide-sm">{t('tal.pl.runnerUp')}</th>
                    <th scope="col"><span class="sr-only">{t('tal.actions')}</span></th>
                  </tr>
                </thead>
                <tbody>
                  {result.positions.map((p) => {
                    const pin = p.assigned ? { nip: p.assigned.nip, position: p.code } : null;
                    const locked = pin ? locks.some((x) => samePin(x, pin)) : false;
                    return (
                      <tr key={p.code} data-testid="pl-row" data-code={p.code}>
                        <td>
                          {p.position}
                          <div class="mono small muted">{p.code}</div>
                        </td>
                        <td>
                          {p.assigned ? <Person nip={p.assigned.nip} name={p.assigned.name} /> : <Badge tone="warn">{t('tal.pl.unfilled')}</Badge>}
                          {locked ? <Badge tone="info">{t('tal.pl.locked')}</Badge> : null}
                        </td>
                        <td class="num">{p.assigned ? fmtNumber(p.assigned.jpm, 2) : t('app.none')}</td>
                        <td>
                          {p.holders.length
                            ? p.holders.map((h) => (
                                <div key={h.nip} class="small">
                                  {h.name} <span class="muted">({fmtNumber(h.jpm, 2)})</span>
                                </div>
                              ))
                            : <span class="muted small">{t('tal.pl.noHolder')}</span>}
                        </td>
                        <td class="hide-sm small">
                          {p.runner_up ? (
                            <>
                              {p.runner_up.name} <span class="muted">({fmtNumber(p.runner_up.jpm, 2)})</span>
                              <div class="muted">
                                {t('tal.pl.loss', { n: fmtNumber(p.runner_up.total_loss, 2) })}
                                {p.runner_up.leaves_a_vacancy ? ` · ${t('tal.pl.leavesVacancy')}` : ''}
                              </div>
                            </>
                          ) : (
                            t('app.none')
                          )}
                        </td>
                        <td class="nowrap">
                          {pin && !locked ? (
                            <button
                              type="button"
                              class="btn btn-small"
                              data-testid="pl-lock"
                              aria-label={t('tal.pl.lockWho', { name: p.assigned!.name, pos: p.code })}
                              onClick={() => setLocks(addPin(locks, pin, true))}
                            >
                              {t('tal.pl.lock')}
                            </button>
                          ) : null}
                          {pin ? (
                            <button
                              type="button"
                              class="btn btn-small"
                              data-testid="pl-forbid"
                              aria-label={t('tal.pl.forbidWho', { name: p.assigned!.name, pos: p.code })}
                              onClick={() => {
                                setLocks(removePin(locks, pin));
                                setForbids(addPin(forbids, pin));
                              }}
                            >
                              {t('tal.pl.forbid')}
                            </button>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </Card>
        </>
      ) : null}
    </div>
  );
}

function PinList({ title, pins, onRemove, testid }: { title: string; pins: Pin[]; onRemove: (p: Pin) => void; testid: string }) {
  if (!pins.length) return null;
  return (
    <div data-testid={testid}>
      <span class="small"><strong>{title}</strong></span>
      <ul class="pin-list">
        {pins.map((p) => (
          <li key={`${p.nip}=${p.position}`}>
            <span class="mono small">{p.nip}={p.position}</span>
            <button type="button" class="btn btn-small btn-ghost" aria-label={t('tal.pl.remove', { pin: `${p.nip}=${p.position}` })} onClick={() => onRemove(p)}>
              ✕
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
