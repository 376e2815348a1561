// The SKJ editor: the position's competencies with their standard levels (1-5) in a table;
// change levels, remove competencies, add one from the reference list, save (POST
// /positions/:code/skj replaces the whole SKJ, audited). Problems are shown on their rows,
// whether found here or named by the API (field items[i].level / items[i].competency_code).
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { label, t } from '../../i18n';
import { useAsync } from '../../components/ui';
import { ActionError, Ok } from '../../components/kit';
import { positions, saveSkj, type Position } from './api';
import { checkRows, competencyRef, itemsOf, rowOfField, rowsOf, sameSkj, sortRows, type CompetencyRef, type SkjRow } from './skj';

const LEVELS = [1, 2, 3, 4, 5];
let refCache: Promise<CompetencyRef[]> | null = null;

/** Every competency code the agency's positions use (pages of 500; cached for the session). */
function loadRef(): Promise<CompetencyRef[]> {
  if (!refCache) {
    refCache = (async () => {
      const all: Position[] = [];
      for (let off = 0, total = 1; off < total && off < 10000; off += 500) {
        const page = await positions({ limit: 500, offset: off });
        all.push(...page.items);
        total = page.total;
      }
      return competencyRef(all);
    })();
    refCache.catch(() => (refCache = null));
  }
  return refCache;
}

export function SkjEditor({ pos, onSaved, onCancel }: { pos: Position; onSaved: (p: Position) => void; onCancel: () => void }) {
  const original = rowsOf(pos.skj);
  const [rows, setRows] = useState<SkjRow[]>(original);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<ApiError | Error | null>(null);
  const [saved, setSaved] = useState<boolean | null>(null);
  const [addCode, setAddCode] = useState('');
  const [addLevel, setAddLevel] = useState(3);
  const [addErr, setAddErr] = useState<string | null>(null);
  const ref = useAsync(() => loadRef(), []);
  const refs = ref.data ?? [];
  const unused = refs.filter((c) => !rows.some((r) => r.code === c.code));

  const local = checkRows(rows);
  const apiField = err instanceof ApiError ? rowOfField(err.field) : null;
  const rowErr = (i: number, part: 'competency_code' | 'level'): string | null => {
    if (tried && local[`items[${i}].${part}`]) return t(local[`items[${i}].${part}`]);
    if (apiField && apiField.row === i && (apiField.part === part || (!apiField.part && part === 'competency_code'))) return err!.message;
    return null;
  };
  const changed = !sameSkj(rows, original);
  const setLevel = (i: number, level: number) => setRows(rows.map((r, j) => (j === i ? { ...r, level } : r)));

  const add = () => {
    const code = addCode.trim();
    setAddErr(null);
    if (!code) return setAddErr(t('pos.err.code'));
    if (rows.some((r) => r.code === code)) return setAddErr(t('pos.err.already', { code }));
    const known = refs.find((c) => c.code === code);
    setRows(sortRows([...rows, { code, name: known?.name ?? null, kind: known?.kind ?? null, level: addLevel }]));
    setAddCode('');
    setErr(null);
  };

  const save = async () => {
    setTried(true);
    setSaved(null);
    setErr(null);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const p = await saveSkj(pos.code, itemsOf(rows));
      setSaved(p.changed);
      setTried(false);
      onSaved(p);
    } catch (e) {
      setErr(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div data-testid="skj-editor">
      <div class="table-wrap">
        <table class="table table-compact" data-testid="skj-edit-table">
          <caption class="sr-only">{t('pos.skj')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pos.comp.code')}</th>
              <th scope="col">{t('pos.comp.name')}</th>
              <th scope="col" class="hide-sm">{t('pos.comp.kind')}</th>
              <th scope="col">{t('pos.comp.level')}</th>
              <th scope="col"><span class="sr-only">{t('pos.remove')}</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => {
              const ce = rowErr(i, 'competency_code');
              const le = rowErr(i, 'level');
              return (
                <Fragment key={r.code + i}>
                  <tr data-testid="skj-edit-row" data-code={r.code} class={ce || le ? 'mk-row-err' : undefined}>
                    <td class="mono nowrap">{r.code}</td>
                    <td>{r.name ?? <span class="muted">{t('pos.comp.unknownName')}</span>}</td>
                    <td class="hide-sm">{r.kind ? label('pos.kind', r.kind) : <span class="muted">{t('pos.kind.auto')}</span>}</td>
                    <td>
                      <label class="sr-only" for={`skj-lv-${i}`}>{t('pos.levelOf', { code: r.code })}</label>
                      <select
                        id={`skj-lv-${i}`}
                        class="mk-inline-input"
                        data-testid="skj-level"
                        value={String(r.level)}
                        aria-invalid={le ? true : undefined}
                        aria-describedby={ce || le ? `skj-e-${i}` : undefined}
                        onChange={(e) => setLevel(i, parseInt((e.currentTarget as HTMLSelectElement).value, 10))}
                      >
                        {(LEVELS.includes(r.level) ? LEVELS : [r.level, ...LEVELS]).map((l) => <option value={String(l)} key={l}>{l}</option>)}
                      </select>
                    </td>
                    <td>
                      <button type="button" class="btn btn-ghost mk-btn-sm" data-testid="skj-remove" aria-label={t('pos.removeOf', { code: r.code })} onClick={() => { setRows(rows.filter((_, j) => j !== i)); setErr(null); }}>
                        ✕ <span class="hide-sm">{t('pos.remove')}</span>
                      </button>
                    </td>
                  </tr>
                  {ce || le ? (
                    <tr class="mk-row-err pos-err-row">
                      <td colSpan={5}>
                        <p class="mk-field-err" data-testid="skj-row-error" id={`skj-e-${i}`}>
                          {r.code}: {[ce, le].filter(Boolean).join(' · ')}
                        </p>
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
        {!rows.length ? <p class="muted pad">{t('pos.skj.none')}</p> : null}
      </div>
      <fieldset class="pos-add">
        <legend>{t('pos.add')}</legend>
        <div class="mk-form">
          <div class="f">
            <label for="skj-add-code">{t('pos.comp.pick')}</label>
            <input id="skj-add-code" list="skj-ref" data-testid="skj-add-code" value={addCode} aria-describedby="skj-add-hint"
              onInput={(e) => setAddCode((e.currentTarget as HTMLInputElement).value)}
              onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
            <datalist id="skj-ref">
              {unused.map((c) => <option value={c.code} key={c.code}>{c.name ?? ''} ({label('pos.kind', c.kind)})</option>)}
            </datalist>
          </div>
          <div class="f" style="flex:0 0 7rem;min-width:7rem">
            <label for="skj-add-level">{t('pos.comp.level')}</label>
            <select id="skj-add-level" data-testid="skj-add-level" value={String(addLevel)} onChange={(e) => setAddLevel(parseInt((e.currentTarget as HTMLSelectElement).value, 10))}>
              {LEVELS.map((l) => <option value={String(l)} key={l}>{l}</option>)}
            </select>
          </div>
          <div class="f f-end">
            <button type="button" class="btn" data-testid="skj-add" onClick={add}>{t('pos.addBtn')}</button>
          </div>
        </div>
        <p class="hint" id="skj-add-hint">
          {ref.loading ? t('pos.ref.loading') : ref.error ? t('pos.ref.failed') : t('pos.ref.hint', { n: refs.length })}
        </p>
        {addErr ? <p class="mk-field-err" role="alert" data-testid="skj-add-error">{addErr}</p> : null}
      </fieldset>
      {tried && local.items ? <p class="mk-field-err" role="alert">{t(local.items)}</p> : null}
      {tried && Object.keys(local).length ? <p class="mk-field-err" role="alert" data-testid="skj-local-error">{t('pos.fixRows')}</p> : null}
      <ActionError error={err} testid="skj-save-error" />
      {saved !== null ? <Ok testid="skj-saved">{saved ? t('pos.saved') : t('pos.unchanged')}</Ok> : null}
      <div class="row">
        <button type="button" class="btn btn-primary" data-testid="skj-save" disabled={busy || !changed} onClick={save}>
          {busy ? t('app.loading') : t('pos.save')}
        </button>
        <button type="button" class="btn" style="margin-top:1rem" data-testid="skj-undo" disabled={busy || !changed} onClick={() => { setRows(original); setErr(null); setTried(false); }}>
          {t('pos.undo')}
        </button>
        <button type="button" class="btn btn-ghost" style="margin-top:1rem" data-testid="skj-close" disabled={busy} onClick={onCancel}>
          {t('pos.close')}
        </button>
      </div>
    </div>
  );
}
