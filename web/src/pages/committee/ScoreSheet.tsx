// The score sheet: one row per official, one column per member-scored component (0-100),
// saved row by row (POST /committees/:code/scores, one call per changed cell). Officials the
// member declared a conflict with are disabled with the reason; staff record scores naming the
// member. Recorded scores come back with the committee (a member's own seat only) and fill
// the sheet; conflicts declared on the server grey out their rows.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { t } from '../../i18n';
import { formatNip } from '../../nip';
import { score, type Committee } from './api';
import { cellKey, filterOfficials, parseScore, type ComponentSource } from './logic';

export function compLabel(code: string): string {
  const k = `cmt.comp.${code}`;
  const s = t(k);
  return s === k ? code : s;
}

export function ScoreSheet(props: {
  c: Committee;
  components: string[];
  source: ComponentSource;
  policyVersion: number | null;
  staff: boolean;
  /** NIPs the signed-in member declared a conflict with (committee accounts) */
  declared: string[];
  onSaved: () => void;
}) {
  const { c, components, staff } = props;
  const [member, setMember] = useState('');
  // what the server has recorded, keyed as the sheet keys its cells (a member's own: who = '')
  const recorded = (): Record<string, string> => {
    const r: Record<string, string> = {};
    for (const x of c.scores ?? []) {
      if (!staff && c.my_seat && x.member !== c.my_seat.member) continue;
      r[`${staff ? x.member : ''}|${cellKey(x.nip, x.component)}`] = String(x.score_bp / 100);
    }
    return r;
  };
  const [values, setValues] = useState<Record<string, string>>(recorded);
  const [saved, setSaved] = useState<Record<string, string>>(recorded);
  const [cellErr, setCellErr] = useState<Record<string, string>>({});
  const [rowErr, setRowErr] = useState<Record<string, string>>({});
  const [rowOk, setRowOk] = useState<Record<string, string>>({});
  const [conflict, setConflict] = useState<Record<string, string>>({}); // `${member}|${nip}` -> reason
  const [busy, setBusy] = useState<string | null>(null);
  const [q, setQ] = useState('');
  const who = staff ? member : '';
  const sk = (nip: string, comp: string) => `${who}|${cellKey(nip, comp)}`;
  const declaredBy = (m: string, nip: string) => (c.conflicts ?? []).some((x) => x.member === m && x.nip === nip);
  const conflictOf = (nip: string): string | null =>
    conflict[`${who}|${nip}`] ??
    ((!staff && (props.declared.includes(nip) || (c.my_seat && declaredBy(c.my_seat.member, nip)))) ||
    (staff && member && declaredBy(member, nip))
      ? t('cmt.sheet.conflict')
      : null);

  const saveRow = async (nip: string) => {
    const errs: Record<string, string> = {};
    const todo: Array<[string, number]> = [];
    for (const comp of components) {
      const k = sk(nip, comp);
      const v = values[k] ?? '';
      if (!v.trim() || v === saved[k]) continue;
      const p = parseScore(v);
      if (!p.ok) errs[k] = t(p.key);
      else todo.push([comp, p.value]);
    }
    setCellErr((e) => {
      const n = { ...e };
      for (const comp of components) delete n[sk(nip, comp)];
      return { ...n, ...errs };
    });
    setRowErr((e) => ({ ...e, [`${who}|${nip}`]: '' }));
    setRowOk((e) => ({ ...e, [`${who}|${nip}`]: '' }));
    if (Object.keys(errs).length || !todo.length) return;
    setBusy(nip);
    try {
      let as = '';
      for (const [comp, value] of todo) {
        const r = await score(c.code, { nip, component: comp, score: value, member: staff ? member : undefined });
        as = r.member;
        setSaved((s) => ({ ...s, [sk(nip, comp)]: values[sk(nip, comp)] }));
      }
      setRowOk((e) => ({ ...e, [`${who}|${nip}`]: t('cmt.sheet.savedAs', { m: as }) }));
      props.onSaved();
    } catch (e) {
      const x = e as ApiError;
      if (x instanceof ApiError && x.status === 409 && x.field === 'nip') setConflict((m) => ({ ...m, [`${who}|${nip}`]: x.message }));
      else setRowErr((m) => ({ ...m, [`${who}|${nip}`]: x.message + (x.field ? ` (${x.field})` : '') }));
    } finally {
      setBusy(null);
    }
  };

  const src =
    props.source === 'policy' ? t('cmt.sheet.src.policy', { v: props.policyVersion ?? '?' }) : t(`cmt.sheet.src.${props.source}`);
  const shown = filterOfficials(c.officials, q);
  return (
    <section class="card" data-testid="cmt-sheet" aria-labelledby="cmt-sheet-h">
      <h2 id="cmt-sheet-h">{t('cmt.sheet.title')}</h2>
      <p class="hint">{t('cmt.sheet.intro')}</p>
      <p class={`small ${props.source === 'default' ? 'alert' : 'muted'}`} data-testid="cmt-sheet-source" data-source={props.source}>{src}</p>
      <div class="mk-form" style="margin-bottom:0.6rem">
        {staff ? (
          <div class="f">
            <label for="cmt-sheet-member">{t('cmt.sheet.as')}</label>
            <select id="cmt-sheet-member" data-testid="cmt-sheet-member" value={member} onChange={(e) => setMember((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">—</option>
              {c.members.map((m) => (
                <option value={m.code} key={m.code}>
                  {m.code} — {m.name} ({t(`cmt.role.${m.role}`)}){m.declared_at ? '' : ` · ${t('cmt.m.unsigned')}`}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div class="f">
          <label for="cmt-sheet-q">{t('cmt.o.filter')}</label>
          <input id="cmt-sheet-q" type="search" value={q} onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)} />
        </div>
      </div>
      {staff && !member ? (
        <p class="muted" data-testid="cmt-sheet-choose">{t('cmt.sheet.chooseMember')}</p>
      ) : (
        <div class="table-wrap">
          <table class="table table-compact cmt-sheet" data-testid="cmt-sheet-table">
            <thead>
              <tr>
                <th scope="col">{t('cmt.o.name')}</th>
                {components.map((comp) => <th scope="col" key={comp} class="num">{compLabel(comp)}</th>)}
                <th scope="col"><span class="sr-only">{t('cmt.sheet.save')}</span></th>
              </tr>
            </thead>
            <tbody>
              {shown.map((o) => {
                const cf = conflictOf(o.nip);
                const re = rowErr[`${who}|${o.nip}`];
                const ok = rowOk[`${who}|${o.nip}`];
                return (
                  <tr key={o.nip} data-testid="cmt-sheet-row" data-nip={o.nip} data-conflict={cf ? 'true' : undefined} class={cf ? 'mk-row-off' : re ? 'mk-row-err' : undefined}>
                    <th scope="row" class="cmt-sheet-name">
                      {o.name}
                      <div class="mono muted small">{formatNip(o.nip)}</div>
                      {cf ? <p class="cmt-conflict" data-testid="cmt-sheet-conflict">⚠ {cf}</p> : null}
                      {re ? <p class="mk-field-err" role="alert" data-testid="cmt-sheet-error">{re}</p> : null}
                      {ok ? <p class="cmt-ok small" role="status">{ok}</p> : null}
                    </th>
                    {components.map((comp) => {
                      const k = sk(o.nip, comp);
                      const v = values[k] ?? '';
                      const e = cellErr[k];
                      const isSaved = saved[k] !== undefined && saved[k] === v;
                      const id = `cmt-s-${o.nip}-${comp}`;
                      return (
                        <td key={comp} class="num">
                          <label for={id} class="sr-only">{t('cmt.sheet.scoreOf', { comp: compLabel(comp), name: o.name })}</label>
                          <input
                            id={id}
                            class="mk-inline-input num"
                            inputMode="decimal"
                            autocomplete="off"
                            data-testid="cmt-score"
                            data-component={comp}
                            disabled={!!cf || busy === o.nip}
                            value={v}
                            aria-invalid={e ? true : undefined}
                            aria-describedby={e ? `${id}-e` : undefined}
                            onInput={(ev) => setValues({ ...values, [k]: (ev.currentTarget as HTMLInputElement).value })}
                            onKeyDown={(ev) => { if (ev.key === 'Enter') { ev.preventDefault(); void saveRow(o.nip); } }}
                          />
                          {e ? <p class="mk-field-err" id={`${id}-e`}>{e}</p> : isSaved ? <span class="cmt-saved small">✔ {t('cmt.sheet.saved')}</span> : v && saved[k] !== v ? <span class="muted small">{t('cmt.sheet.unsaved')}</span> : null}
                        </td>
                      );
                    })}
                    <td>
                      <button type="button" class="btn mk-btn-sm" data-testid="cmt-sheet-save" disabled={!!cf || busy !== null} onClick={() => void saveRow(o.nip)}>
                        {busy === o.nip ? t('app.loading') : t('cmt.sheet.save')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
