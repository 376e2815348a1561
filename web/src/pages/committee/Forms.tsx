// Staff forms of a committee room (add a member, enrol officials) and a member's declaration.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { formatNip } from '../../nip';
import { ActionError, Ok, TextField } from '../../components/kit';
import { addMember, declare, enrol, type Committee } from './api';
import { filterOfficials, parseNips, saveConflicts } from './logic';

function useAction() {
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Error | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const run = async (f: () => Promise<string>) => {
    setBusy(true);
    setErr(null);
    setOk(null);
    try {
      setOk(await f());
    } catch (e) {
      setErr(e as Error);
    } finally {
      setBusy(false);
    }
  };
  return { busy, err, ok, run };
}

export function AddMember({ c, onDone }: { c: Committee; onDone: () => void }) {
  const [member, setMember] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState('member');
  const [org, setOrg] = useState('');
  const a = useAction();
  return (
    <details class="cmt-fold" data-testid="cmt-add-member">
      <summary>{t('cmt.addMember')}</summary>
      <p class="hint">{t('cmt.addMember.hint')}</p>
      <form
        class="mk-form"
        onSubmit={(e) => {
          e.preventDefault();
          void a.run(async () => {
            await addMember(c.code, { member: member.trim(), name: name.trim(), role, organisation: org.trim() || undefined });
            const m = member.trim();
            setMember('');
            setName('');
            setOrg('');
            onDone();
            return t('cmt.addMember.done', { m });
          });
        }}
      >
        <TextField id="cmt-m-code" label={t('cmt.m.code')} required value={member} onInput={setMember} testid="cmt-m-code" />
        <TextField id="cmt-m-name" label={t('cmt.m.name')} required value={name} onInput={setName} testid="cmt-m-name" />
        <div class="f">
          <label for="cmt-m-role">{t('cmt.m.role')}</label>
          <select id="cmt-m-role" data-testid="cmt-m-role" value={role} onChange={(e) => setRole((e.currentTarget as HTMLSelectElement).value)}>
            {['chair', 'secretary', 'member'].map((r) => <option value={r} key={r}>{t(`cmt.role.${r}`)}</option>)}
          </select>
        </div>
        <TextField id="cmt-m-org" label={t('cmt.m.org')} value={org} onInput={setOrg} testid="cmt-m-org" />
        <div class="f f-end">
          <button type="submit" class="btn btn-primary" disabled={a.busy || !member.trim() || !name.trim()} data-testid="cmt-m-submit">{t('cmt.addMember.submit')}</button>
        </div>
      </form>
      <ActionError error={a.err} testid="cmt-m-error" />
      {a.ok ? <Ok testid="cmt-m-ok">{a.ok}</Ok> : null}
    </details>
  );
}

export function Enrol({ c, onDone }: { c: Committee; onDone: () => void }) {
  const [text, setText] = useState('');
  const a = useAction();
  const parsed = parseNips(text);
  // opened once for an empty committee; enrolling must not fold it over its own answer
  const [open] = useState(!c.officials.length);
  return (
    <details class="cmt-fold" data-testid="cmt-enrol" open={open}>
      <summary>{t('cmt.enrol')}</summary>
      <div class="row" style="margin-top:0.5rem">
        <button
          type="button"
          class="btn btn-primary mk-nomargin"
          data-testid="cmt-enrol-eligible"
          disabled={a.busy}
          onClick={() => void a.run(async () => {
            const r = await enrol(c.code, { eligible: true });
            onDone();
            return t('cmt.enrol.done', { n: r.added });
          })}
        >
          {t('cmt.enrol.eligible')}
        </button>
        <span class="hint">{t('cmt.enrol.eligible.hint')}</span>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!parsed.nips.length) return;
          void a.run(async () => {
            const r = await enrol(c.code, { nips: parsed.nips });
            setText('');
            onDone();
            return t('cmt.enrol.done', { n: r.added });
          });
        }}
      >
        <label for="cmt-enrol-nips">{t('cmt.enrol.nips')}</label>
        <textarea id="cmt-enrol-nips" rows={2} data-testid="cmt-enrol-nips" value={text} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
        {parsed.bad.length ? <p class="mk-field-err">{t('cmt.enrol.bad', { list: parsed.bad.slice(0, 5).join(', ') })}</p> : null}
        <button type="submit" class="btn" style="margin-top:0.5rem" disabled={a.busy || !parsed.nips.length || parsed.bad.length > 0} data-testid="cmt-enrol-submit">
          {t('cmt.enrol.submit')}
        </button>
      </form>
      <ActionError error={a.err} testid="cmt-enrol-error" />
      {a.ok ? <Ok testid="cmt-enrol-ok">{a.ok}</Ok> : null}
    </details>
  );
}

/**
 * The declaration: statement and the officials the member has a conflict with. A committee
 * account signs for its own seat; staff name the member.
 */
export function Declaration({ c, who, staff, onDone }: { c: Committee; who: string; staff: boolean; onDone: (conflicts: string[]) => void }) {
  const [statement, setStatement] = useState(t('cmt.decl.default'));
  const [picked, setPicked] = useState<string[]>([]);
  const [member, setMember] = useState('');
  const [q, setQ] = useState('');
  const a = useAction();
  const shown = filterOfficials(c.officials, q);
  const toggle = (nip: string) => setPicked(picked.includes(nip) ? picked.filter((x) => x !== nip) : [...picked, nip]);
  return (
    <section class="card" data-testid="cmt-declaration" aria-labelledby="cmt-decl-h">
      <h2 id="cmt-decl-h">{t('cmt.decl.title')}</h2>
      <p class="hint">{t('cmt.decl.intro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!statement.trim()) return;
          void a.run(async () => {
            await declare(c.code, { statement: statement.trim(), conflicts: picked, member: staff ? member : undefined });
            if (!staff) saveConflicts(c.code, who, picked);
            onDone(picked);
            return t('cmt.decl.done', { n: picked.length });
          });
        }}
      >
        {staff ? (
          <div class="f" style="max-width:24rem">
            <label for="cmt-decl-member">{t('cmt.decl.member')}</label>
            <select id="cmt-decl-member" data-testid="cmt-decl-member" required value={member} onChange={(e) => setMember((e.currentTarget as HTMLSelectElement).value)}>
              <option value="">—</option>
              {c.members.map((m) => <option value={m.code} key={m.code}>{m.code} — {m.name}</option>)}
            </select>
          </div>
        ) : (
          <p class="muted small">{t('cmt.decl.self')}</p>
        )}
        <label for="cmt-decl-statement">{t('cmt.decl.statement')}</label>
        <textarea id="cmt-decl-statement" rows={3} data-testid="cmt-decl-statement" required value={statement} onInput={(e) => setStatement((e.currentTarget as HTMLTextAreaElement).value)} />
        {!statement.trim() ? <p class="mk-field-err">{t('cmt.decl.required')}</p> : null}
        <fieldset class="cmt-conflicts">
          <legend>
            {t('cmt.decl.conflicts')} <span class="muted small">({t('cmt.decl.picked', { n: picked.length })})</span>
          </legend>
          <label for="cmt-decl-q" class="sr-only">{t('cmt.o.filter')}</label>
          <input id="cmt-decl-q" type="search" placeholder={t('cmt.o.filter')} value={q} onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)} />
          <ul class="cmt-checklist" data-testid="cmt-decl-list">
            {shown.map((o) => (
              <li key={o.nip}>
                <label class="check">
                  <input type="checkbox" data-testid="cmt-decl-conflict" value={o.nip} checked={picked.includes(o.nip)} onChange={() => toggle(o.nip)} />
                  <span>{o.name} <span class="mono muted small">{formatNip(o.nip)}</span></span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" class="btn btn-primary" disabled={a.busy || !statement.trim() || (staff && !member)} data-testid="cmt-decl-submit">
          {t('cmt.decl.submit')}
        </button>
      </form>
      <ActionError error={a.err} testid="cmt-decl-error" />
      {a.ok ? <Ok testid="cmt-decl-ok">{a.ok}</Ok> : null}
    </section>
  );
}
