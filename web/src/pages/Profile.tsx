import { useMemo, useState } from 'preact/hooks';
import type { ChartConfiguration } from 'chart.js';
import { employee, fit, results, type Employee, type Result } from '../api';
import { fmtDate, fmtMonth, fmtNumber, getLang, label, t } from '../i18n';
import { decodeNip, formatNip } from '../nip';
import { ChartView, COLORS } from '../components/Chart';
import { NineBox } from '../components/NineBox';
import { Card, ErrorBox, Field, Link, Loading, useAsync } from '../components/ui';

const bp = (v: number | null | undefined) => (v == null ? t('app.none') : fmtNumber(v / 100, 2));

function fullName(e: Employee) {
  return [e.gelar_depan, e.name].filter(Boolean).join(' ') + (e.gelar_belakang ? `, ${e.gelar_belakang}` : '');
}

function NipFacts({ e }: { e: Employee }) {
  const d = decodeNip(e.nip);
  if (!d.ok) return <p class="alert">{t('prof.nipInvalid', { reason: d.reason })}</p>;
  const p = d.parts;
  const differs = (a: string | null | undefined, b: string) =>
    a && !a.startsWith(b) ? <span class="badge badge-warn"> {t('prof.nipMismatch')}</span> : null;
  return (
    <dl class="kvs" data-testid="nip-decoded">
      <Field label={t('prof.nipBirth')}>
        {fmtDate(p.birth.iso)}
        {differs(e.birth_date, p.birth.iso)}
      </Field>
      <Field label={t('prof.nipTmt')}>
        {fmtMonth(p.tmtCpns.year, p.tmtCpns.month)}
        {differs(e.tmt_cpns, p.tmtCpns.iso)}
      </Field>
      <Field label={t('prof.nipSex')}>
        {label('sex', p.sex)}
        {e.sex && e.sex !== p.sex ? <span class="badge badge-warn"> {t('prof.nipMismatch')}</span> : null}
      </Field>
      <Field label={t('prof.nipSeq')}>{String(p.sequence).padStart(3, '0')}</Field>
    </dl>
  );
}

function radarConfig(r: Result): ChartConfiguration {
  const items = r.items ?? [];
  const max = Math.max(5, ...items.map((i) => Math.max(i.lki, i.lkj)));
  return {
    type: 'radar',
    data: {
      labels: items.map((i) => `${i.code} ${i.name}`),
      datasets: [
        {
          label: t('prof.lkj'),
          data: items.map((i) => i.lkj),
          borderColor: COLORS.accent,
          backgroundColor: COLORS.accentFill,
          borderDash: [6, 4],
          pointRadius: 3,
        },
        {
          label: t('prof.lki'),
          data: items.map((i) => i.lki),
          borderColor: COLORS.primary,
          backgroundColor: COLORS.primaryFill,
          pointRadius: 3,
        },
      ],
    },
    options: {
      scales: { r: { min: 0, max, ticks: { stepSize: 1, backdropColor: 'transparent' }, pointLabels: { font: { size: 11 } } } },
      plugins: { legend: { position: 'bottom' } },
    },
  };
}

function ResultView({ r }: { r: Result }) {
  const lang = getLang();
  const config = useMemo(() => radarConfig(r), [r, lang]);
  const catLabel = (lang === 'en' ? r.detail?.category_label_en : r.detail?.category_label_id) ?? label('cat', r.category);
  const planLabel = (p?: { label_id: string; label_en: string }) => (p ? (lang === 'en' ? p.label_en : p.label_id) : '');
  const name = (code: string) => r.items.find((i) => i.code === code)?.name ?? code;
  return (
    <div data-testid="result">
      <p>
        <strong>{r.wave_name || r.wave}</strong> · {r.position_name} · {t('prof.jpm')} <strong>{fmtNumber(r.jpm, 2)}</strong> ·{' '}
        <span class={`badge cat-${r.category}`}>{catLabel}</span>
        {r.potential != null ? ` · ${t('prof.potential')} ${fmtNumber(r.potential, 2)}` : ''} · {t('prof.validUntil')} {fmtDate(r.valid_until)}{' '}
        {r.expired ? <span class="badge badge-warn">{t('prof.expired')}</span> : null}
        {!r.published ? <span class="badge">{t('prof.unpublished')}</span> : null}
      </p>
      <div class="grid-2">
        <ChartView config={config} label={t('prof.radar')} height={380} testid="radar" />
        <div class="table-wrap">
          <table class="table table-compact" data-testid="result-items">
            <caption class="sr-only">{t('prof.radar')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('prof.competency')}</th>
                <th scope="col" class="num">LKJ</th>
                <th scope="col" class="num">LKI</th>
                <th scope="col" class="num">{t('prof.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {r.items.map((i) => (
                <tr key={i.code}>
                  <td>
                    <span class="mono small">{i.code}</span> {i.name}
                  </td>
                  <td class="num">{i.lkj}</td>
                  <td class="num">{i.lki}</td>
                  <td class={`num ${i.gap < 0 ? 'neg' : i.gap > 0 ? 'pos' : ''}`}>{i.gap > 0 ? `+${i.gap}` : i.gap}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {r.detail?.development?.length || r.detail?.strengths?.length ? (
        <div class="grid-2">
          <div>
            <h3>{t('prof.strengths')}</h3>
            <ul>
              {(r.detail?.strengths ?? []).map((s) => (
                <li key={s.code}>
                  {name(s.code)} ({s.gap > 0 ? `+${s.gap}` : s.gap}){s.plan ? ` — ${planLabel(s.plan)}` : ''}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3>{t('prof.development')}</h3>
            <ul>
              {(r.detail?.development ?? []).map((s) => (
                <li key={s.code}>
                  {name(s.code)} ({s.gap}){s.plan ? ` — ${planLabel(s.plan)}` : ''}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function Results({ nip }: { nip: string }) {
  const list = useAsync((s) => results(nip, s), [nip]);
  const [pick, setPick] = useState(0);
  if (list.loading && !list.data) return <Loading />;
  if (list.error) return <ErrorBox error={list.error} onRetry={list.reload} />;
  const items = list.data?.items ?? [];
  if (!items.length) return <p class="muted">{t('prof.results.none')}</p>;
  const r = items[Math.min(pick, items.length - 1)];
  return (
    <>
      {items.length > 1 ? (
        <label>
          {t('prof.wave')}{' '}
          <select value={String(pick)} onChange={(e) => setPick(parseInt((e.currentTarget as HTMLSelectElement).value, 10))}>
            {items.map((x, i) => (
              <option value={String(i)} key={`${x.wave}-${x.revision}`}>
                {x.wave} (rev. {x.revision}) {x.current ? `· ${t('prof.current')}` : ''}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <p>
        <a
          class="btn"
          href={`/api/v1/waves/${encodeURIComponent(r.wave)}/results/${encodeURIComponent(nip)}/report.pdf`}
          download
          data-testid="report-pdf"
        >
          {t('prof.report.pdf')}
        </a>
      </p>
      <ResultView r={r} />
    </>
  );
}

function FitList({ nip }: { nip: string }) {
  const f = useAsync((s) => fit(nip, 10, s), [nip]);
  if (f.loading && !f.data) return <Loading />;
  if (f.error) return <p class="muted">{f.error.message}</p>;
  const d = f.data;
  if (!d || !d.positions?.length) return <p class="muted">{t('prof.fit.none')}</p>;
  return (
    <>
      {d.current ? <p>{t('prof.fit.current', { rank: fmtNumber(d.current.rank), total: fmtNumber(d.positions_total) })}</p> : null}
      <div class="table-wrap">
        <table class="table table-compact" data-testid="fit-table">
          <thead>
            <tr>
              <th scope="col" class="num">{t('prof.fit.rank')}</th>
              <th scope="col">{t('prof.position')}</th>
              <th scope="col">{t('prof.unit')}</th>
              <th scope="col" class="num">{t('prof.jpm')}</th>
              <th scope="col">{t('prof.fit.req')}</th>
            </tr>
          </thead>
          <tbody>
            {d.positions.map((p) => (
              <tr key={p.position}>
                <td class="num">{p.rank}</td>
                <td>{p.position_name}</td>
                <td>{p.position_unit}</td>
                <td class="num">
                  {fmtNumber(p.jpm, 2)} <span class={`badge cat-${p.category}`}>{p.category_label || label('cat', p.category)}</span>
                </td>
                <td>{p.meets_requirements ? t('prof.fit.met') : t('prof.fit.unmet', { what: p.unmet.join(', ') })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export default function Profile({ nip, self }: { nip: string; self?: boolean }) {
  const emp = useAsync((s) => employee(nip, s), [nip]);
  if (emp.loading && !emp.data) return <Loading />;
  if (emp.error) return <ErrorBox error={emp.error} onRetry={emp.reload} />;
  const e = emp.data!;
  const a = e.latest_assessment;
  return (
    <div class="page" data-testid="page-profile">
      <div class="page-head">
        <div>
          <h1 data-testid="profile-name">{fullName(e)}</h1>
          <p class="muted mono" data-testid="profile-nip">
            {formatNip(e.nip)}
          </p>
        </div>
        {!self ? <Link href="/pegawai">← {t('menu.employees')}</Link> : null}
      </div>
      <div class="grid-2">
        <Card title={t('prof.identity')} testid="profile-identity" id="p-identity">
          <dl class="kvs">
            <Field label={t('prof.sex')}>{label('sex', e.sex)}</Field>
            <Field label={t('prof.birth')}>{fmtDate(e.birth_date)}</Field>
            <Field label={t('prof.tmtCpns')}>{fmtDate(e.tmt_cpns)}</Field>
            <Field label={t('prof.status')}>{e.status}</Field>
            <Field label={t('prof.education')}>{[e.education, e.education_field].filter(Boolean).join(' — ') || t('app.none')}</Field>
          </dl>
          <h3>{t('prof.nipDecoded')}</h3>
          <NipFacts e={e} />
        </Card>
        <Card title={t('prof.position')} testid="profile-position" id="p-position">
          <dl class="kvs">
            <Field label={t('prof.position')}>{e.position_name ?? t('app.none')}</Field>
            <Field label={t('prof.unit')}>{e.unit_name ?? t('app.none')}</Field>
            <Field label={t('prof.jenjang')}>{label('jenjang', e.jenjang)}</Field>
            <Field label={t('prof.eselon')}>{e.eselon ?? t('app.none')}</Field>
            <Field label={t('prof.tmtJabatan')}>{fmtDate(e.tmt_jabatan)}</Field>
            <Field label={t('prof.golongan')}>{e.golongan ?? t('app.none')}</Field>
            <Field label={t('prof.tmtGolongan')}>{fmtDate(e.tmt_golongan)}</Field>
          </dl>
        </Card>
        <Card title={t('prof.assessment')} testid="profile-assessment" id="p-assessment">
          {a ? (
            <dl class="kvs">
              <Field label={t('prof.jpm')}>
                <strong data-testid="profile-jpm">{bp(a.jpm_bp)}</strong>
              </Field>
              <Field label={t('prof.category')}>
                <span class={`badge cat-${a.category}`}>{label('cat', a.category)}</span>
              </Field>
              <Field label={t('prof.potential')}>
                {bp(a.potential_bp)}
                {a.potential_category ? ` (${label('pot', a.potential_category)})` : ''}
              </Field>
              <Field label={t('prof.wave')}>{a.wave}</Field>
              <Field label={t('prof.validUntil')}>{fmtDate(a.valid_until)}</Field>
            </dl>
          ) : (
            <p class="muted">{t('prof.assessment.none')}</p>
          )}
        </Card>
        <Card title={t('prof.talent')} testid="profile-talent" id="p-talent">
          {e.talent && e.talent.box ? (
            <>
              <p>
                <strong data-testid="profile-box">{t('box.n', { box: e.talent.box })}</strong> ·{' '}
                {t('dash.talentPeriod', { period: e.talent.period, status: label('talent', e.talent.status) })}
              </p>
              <NineBox boxes={[{ box: e.talent.box, count: 1 }]} highlight={e.talent.box} counts={false} />
            </>
          ) : (
            <p class="muted">{t('prof.talent.none')}</p>
          )}
        </Card>
      </div>
      <Card title={t('prof.skp')} testid="profile-skp" id="p-skp">
        {e.skp?.length ? (
          <div class="table-wrap">
            <table class="table table-compact">
              <thead>
                <tr>
                  <th scope="col">{t('prof.skp.year')}</th>
                  <th scope="col">{t('prof.skp.hasil')}</th>
                  <th scope="col">{t('prof.skp.perilaku')}</th>
                  <th scope="col">{t('prof.skp.predikat')}</th>
                </tr>
              </thead>
              <tbody>
                {e.skp.map((s) => (
                  <tr key={s.year}>
                    <td>{s.year}</td>
                    <td>{label('rating', s.rating_hasil)}</td>
                    <td>{label('rating', s.rating_perilaku)}</td>
                    <td>{label('predikat', s.predikat)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="muted">{t('prof.skp.none')}</p>
        )}
      </Card>
      <Card title={t('prof.sanctions')} testid="profile-sanctions" id="p-sanctions">
        {e.sanctions?.length ? (
          <ul>
            {e.sanctions.map((s, i) => (
              <li key={i}>
                <strong>{String(s.level ?? '')}</strong>: {String(s.kind ?? '')} ({fmtDate(s.start_date as string)} – {fmtDate(s.end_date as string)})
                {s.reason ? ` — ${String(s.reason)}` : ''}
                {s.sk_number ? <span class="muted small"> · SK {String(s.sk_number)}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('prof.sanctions.none')}</p>
        )}
      </Card>
      <Card title={t('prof.career')} testid="profile-career" id="p-career">
        {e.position_history?.length ? (
          <div class="table-wrap">
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">{t('prof.career.period')}</th>
                  <th scope="col">{t('prof.career.position')}</th>
                  <th scope="col">{t('prof.career.unit')}</th>
                </tr>
              </thead>
              <tbody>
                {e.position_history.map((h, i) => (
                  <tr key={i}>
                    <td class="nowrap">
                      {fmtDate(h.tmt_start)} – {h.tmt_end ? fmtDate(h.tmt_end) : t('prof.career.now')}
                    </td>
                    <td>
                      {h.position_name}
                      {h.eselon ? <span class="muted small"> · {h.eselon}</span> : null}
                      {h.sk_number ? <div class="muted small">SK {h.sk_number}</div> : null}
                    </td>
                    <td>{h.unit_name ?? t('app.none')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="muted">{t('prof.career.none')}</p>
        )}
      </Card>
      <Card title={t('prof.rank')} testid="profile-rank" id="p-rank">
        {e.golongan_history?.length ? (
          <ul>
            {e.golongan_history.map((g, i) => (
              <li key={i}>
                <strong>{g.golongan}</strong> · TMT {fmtDate(g.tmt)}
                {g.sk_number ? <span class="muted small"> · SK {g.sk_number}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('prof.rank.none')}</p>
        )}
      </Card>
      <Card title={t('prof.training')} testid="profile-training" id="p-training">
        {e.training?.length ? (
          <ul>
            {e.training.map((x, i) => (
              <li key={i}>
                {x.name} <span class="muted small">({x.kind}; {fmtDate(x.start_date)}
                {x.hours ? `; ${t('prof.training.hours', { n: x.hours })}` : ''}
                {x.organizer ? `; ${x.organizer}` : ''})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('prof.training.none')}</p>
        )}
      </Card>
      <Card title={t('prof.results')} testid="profile-results" id="hasil">
        <Results nip={e.nip} />
      </Card>
      {!self ? (
        <Card title={t('prof.fit')} testid="profile-fit" id="p-fit">
          <FitList nip={e.nip} />
        </Card>
      ) : null}
    </div>
  );
}
