// One account's actions, unfolded under its row: disable/enable, reset the password, and for a
// committee account a seat on a committee.
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { useAsync } from '../../components/ui';
import { ActionError, ConfirmAction, Ok, TextField } from '../../components/kit';
import { committeeMembers, committeesBrief, disableAccount, enableAccount, giveSeat, resetPassword, type Account } from './api';
import { accountState, checkPassword } from './logic';

function ResetPassword({ a, onDone }: { a: Account; onDone: () => void }) {
  const [pw, setPw] = useState('');
  const [pw2, setPw2] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Error | null>(null);
  const [ok, setOk] = useState(false);
  const problem = checkPassword(a.username, pw, pw2);
  const id = `acc-pw-${a.username}`;
  return (
    <form
      class="mk-form"
      data-testid="acc-reset-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setTried(true);
        setOk(false);
        if (problem) return;
        setBusy(true);
        setErr(null);
        try {
          await resetPassword(a.username, pw);
          setOk(true);
          setPw('');
          setPw2('');
          setTried(false);
          onDone();
        } catch (x) {
          setErr(x as Error);
        } finally {
          setBusy(false);
        }
      }}
    >
      <TextField id={id} type="password" autocomplete="new-password" label={t('acc.newPassword')} value={pw} onInput={setPw} testid="acc-reset-password"
        error={tried && problem?.field === 'password' ? t(problem.key) : null} hint={t('acc.pwRules')} />
      <TextField id={`${id}2`} type="password" autocomplete="new-password" label={t('acc.repeatPassword')} value={pw2} onInput={setPw2} testid="acc-reset-password2"
        error={tried && problem?.field === 'password2' ? t(problem.key) : null} />
      <div class="f f-end">
        <button type="submit" class="btn btn-primary" disabled={busy} data-testid="acc-reset-submit">{t('acc.reset')}</button>
      </div>
      <div style="flex-basis:100%">
        <ActionError error={err} testid="acc-reset-error" />
        {ok ? <Ok testid="acc-reset-ok">{t('acc.resetDone', { u: a.username })}</Ok> : null}
      </div>
    </form>
  );
}

function Seat({ a }: { a: Account }) {
  const list = useAsync((s) => committeesBrief(s), []);
  const [committee, setCommittee] = useState('');
  const [member, setMember] = useState('');
  const members = useAsync((s) => (committee ? committeeMembers(committee, s) : Promise.resolve(null)), [committee]);
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Error | null>(null);
  const [ok, setOk] = useState<string | null>(null);
  const id = `acc-seat-${a.username}`;
  return (
    <form
      class="mk-form"
      data-testid="acc-seat-form"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setErr(null);
        setOk(null);
        try {
          const r = await giveSeat(a.username, committee, member);
          setOk(t('acc.seatDone', { u: r.username, c: r.committee, m: r.member }));
        } catch (x) {
          setErr(x as Error);
        } finally {
          setBusy(false);
        }
      }}
    >
      <div class="f">
        <label for={`${id}-c`}>{t('acc.committee')}</label>
        <select id={`${id}-c`} data-testid="acc-seat-committee" required value={committee} onChange={(e) => { setCommittee((e.currentTarget as HTMLSelectElement).value); setMember(''); }}>
          <option value="">{t('acc.choose')}</option>
          {list.data?.items.map((c) => (
            <option value={c.code} key={c.code} disabled={c.status === 'final'}>
              {c.code} — {c.name}{c.status === 'final' ? ` (${t('acc.final')})` : ''}
            </option>
          ))}
        </select>
      </div>
      <div class="f">
        <label for={`${id}-m`}>{t('acc.member')}</label>
        <select id={`${id}-m`} data-testid="acc-seat-member" required disabled={!committee} value={member} onChange={(e) => setMember((e.currentTarget as HTMLSelectElement).value)}>
          <option value="">{t('acc.choose')}</option>
          {members.data?.members.map((m) => (
            <option value={m.code} key={m.code}>
              {m.code} — {m.name} ({t(`acc.seatRole.${m.role}`)})
            </option>
          ))}
        </select>
      </div>
      <div class="f f-end">
        <button type="submit" class="btn btn-primary" disabled={busy || !committee || !member} data-testid="acc-seat-submit">{t('acc.seat')}</button>
      </div>
      <div style="flex-basis:100%">
        {list.error ? <ActionError error={list.error} /> : null}
        <ActionError error={err} testid="acc-seat-error" />
        {ok ? <Ok testid="acc-seat-ok">{ok}</Ok> : null}
      </div>
    </form>
  );
}

export function AccountActions({ a, self, onChanged }: { a: Account; self: boolean; onChanged: () => void }) {
  const state = accountState(a);
  return (
    <div class="acc-actions" data-testid="acc-actions">
      <h3>{t('acc.status')}</h3>
      {state === 'active' ? (
        self ? (
          <p class="muted small">{t('acc.notSelf')}</p>
        ) : (
          <ConfirmAction
            label={t('acc.disable')}
            testid="acc-disable"
            question={t('acc.disableQ', { u: a.username })}
            run={() => disableAccount(a.username)}
            onDone={onChanged}
          />
        )
      ) : (
        <EnableButton a={a} locked={state === 'locked'} onDone={onChanged} />
      )}
      <h3>{t('acc.resetTitle')}</h3>
      <ResetPassword a={a} onDone={onChanged} />
      {a.role === 'committee' ? (
        <>
          <h3>{t('acc.seatTitle')}</h3>
          <p class="hint">{t('acc.seatHint')}</p>
          <Seat a={a} />
        </>
      ) : null}
    </div>
  );
}

function EnableButton({ a, locked, onDone }: { a: Account; locked: boolean; onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [err, setErr] = useState<Error | null>(null);
  return (
    <div>
      <button
        type="button"
        class="btn"
        data-testid="acc-enable"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setErr(null);
          try {
            await enableAccount(a.username);
            onDone();
          } catch (x) {
            setErr(x as Error);
          } finally {
            setBusy(false);
          }
        }}
      >
        {locked ? t('acc.unlock') : t('acc.enable')}
      </button>
      <ActionError error={err} testid="acc-enable-error" />
    </div>
  );
}
