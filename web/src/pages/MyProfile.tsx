import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { decodeNip } from '../nip';
import { useLocation } from '../router';
import { ownNip, setOwnNip, useSession } from '../session';
import Profile from './Profile';

/** /saya (and /saya/hasil): the signed-in employee's own profile and results. */
export default function MyProfile() {
  useSession();
  const { path } = useLocation();
  const nip = ownNip();
  const [typed, setTyped] = useState('');
  useEffect(() => {
    if (nip && path === '/saya/hasil') document.getElementById('hasil')?.scrollIntoView();
  });
  if (nip) return <Profile nip={nip} self />;
  const ok = decodeNip(typed).ok;
  return (
    <div class="page" data-testid="page-mine">
      <h1>{t('prof.mine.title')}</h1>
      <p>{t('prof.mine.noNip')}</p>
      <form
        class="filters"
        onSubmit={(e) => {
          e.preventDefault();
          if (ok) setOwnNip(typed.replace(/\s+/g, ''));
        }}
      >
        <label for="mine-nip">NIP</label>
        <input id="mine-nip" inputMode="numeric" value={typed} onInput={(e) => setTyped((e.currentTarget as HTMLInputElement).value)} />
        <button type="submit" class="btn btn-primary" disabled={!ok}>
          {t('prof.mine.open')}
        </button>
      </form>
    </div>
  );
}
