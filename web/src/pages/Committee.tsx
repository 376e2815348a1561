// Committees (/pansel): the JPT competency test's selection committees (a committee account
// sees only those it sits on: the API restricts); /pansel/:code is the committee room.
import type { SectionProps } from '../App';
import { addMessages, fmtDate, fmtNumber, t } from '../i18n';
import { matchRoute } from '../router';
import { ErrorBox, Link, Loading, useAsync } from '../components/ui';
import { committees } from './committee/api';
import { CMT_MESSAGES } from './committee/messages';
import { Room, StatusBadge } from './committee/Room';
import './committee/committee.css';

addMessages(CMT_MESSAGES.id, CMT_MESSAGES.en);

function CommitteeList({ mine }: { mine: boolean }) {
  const list = useAsync((s) => committees(s), []);
  const items = list.data?.items ?? [];
  return (
    <div class="page" data-testid="page-committees">
      <div class="page-head">
        <h1>{t('cmt.title')}</h1>
        {list.data ? <span class="muted">{fmtNumber(list.data.total)}</span> : null}
      </div>
      <p class="muted">{mine ? t('cmt.mine') : t('cmt.intro')}</p>
      {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
      {list.loading && !list.data ? <Loading /> : null}
      {list.data && !items.length ? <p class="alert" data-testid="cmt-empty">{mine ? t('cmt.noneMine') : t('cmt.none')}</p> : null}
      {items.length ? (
        <div class="table-wrap">
          <table class="table table-hover" data-testid="cmt-table">
            <thead>
              <tr>
                <th scope="col">{t('cmt.code')}</th>
                <th scope="col">{t('cmt.name')}</th>
                <th scope="col">{t('cmt.asOf')}</th>
                <th scope="col">{t('cmt.status')}</th>
                <th scope="col" class="num">{t('cmt.members')}</th>
                <th scope="col" class="num">{t('cmt.officials')}</th>
                <th scope="col" class="hide-sm">{t('cmt.finalised')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.code} data-testid="cmt-row" data-code={c.code}>
                  <td class="mono"><Link href={`/pansel/${encodeURIComponent(c.code)}`}>{c.code}</Link></td>
                  <td><Link href={`/pansel/${encodeURIComponent(c.code)}`}>{c.name}</Link></td>
                  <td class="nowrap">{fmtDate(c.as_of)}</td>
                  <td><StatusBadge status={c.status} /></td>
                  <td class="num">{c.members}</td>
                  <td class="num">{c.officials}</td>
                  <td class="hide-sm small">{c.finalised_at ? `${fmtDate(c.finalised_at)} · ${c.finalised_by ?? ''}` : t('app.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

export default function Committee({ path, me }: SectionProps) {
  const m = matchRoute('/pansel/:code', path);
  if (m) return <Room code={m.code} me={me} />;
  return <CommitteeList mine={me.role === 'committee'} />;
}
