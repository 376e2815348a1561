import { useState } from 'preact/hooks';
import { fmtDate, fmtNumber, t } from '../../i18n';
import { Card, ErrorBox, Loading, useAsync } from '../../components/ui';
import { group, participants, type Participant, type Wave } from './api';
import { ConfirmAction, Ok } from './common';

/** Every participant (pages of 500). */
async function allParticipants(code: string, signal: AbortSignal): Promise<Participant[]> {
  const out: Participant[] = [];
  for (let offset = 0; ; offset += 500) {
    const p = await participants(code, { limit: 500, offset }, signal);
    out.push(...p.items);
    if (out.length >= p.total || !p.items.length) return out;
  }
}

export function Groups({ wave }: { wave: Wave }) {
  const [size, setSize] = useState(6);
  const [perDay, setPerDay] = useState(8);
  const [made, setMade] = useState<number | null>(null);
  const list = useAsync((s) => allParticipants(wave.code, s), [wave.code]);
  const groups = new Map<number, { slot: string; n: number }>();
  for (const p of list.data ?? []) {
    if (!p.group) continue;
    const g = groups.get(p.group) ?? { slot: p.slot, n: 0 };
    g.n++;
    groups.set(p.group, g);
  }
  const days = new Map<string, number[]>();
  for (const [no, g] of [...groups.entries()].sort((a, b) => a[0] - b[0])) days.set(g.slot, [...(days.get(g.slot) ?? []), no]);
  const num = (v: string, min: number, max: number) => Math.min(max, Math.max(min, parseInt(v, 10) || min));
  return (
    <div data-testid="wave-groups">
      <Card title={t('waves.groups.title')}>
        <p class="hint">{t('waves.groups.intro')}</p>
        <div class="filters">
          <div class="f">
            <label for="gr-size">{t('waves.groups.size')}</label>
            <input id="gr-size" type="number" min={4} max={8} value={size} data-testid="gr-size" onInput={(e) => setSize(num((e.currentTarget as HTMLInputElement).value, 1, 100))} />
          </div>
          <div class="f">
            <label for="gr-day">{t('waves.groups.perDay')}</label>
            <input id="gr-day" type="number" min={1} max={100} value={perDay} data-testid="gr-day" onInput={(e) => setPerDay(num((e.currentTarget as HTMLInputElement).value, 1, 100))} />
          </div>
        </div>
        <ConfirmAction
          testid="groups-run"
          label={t('waves.groups.run')}
          question={t('waves.groups.q', { size, perDay })}
          run={() => group(wave.code, size, perDay)}
          onDone={(v) => { setMade((v as { groups: number }).groups); list.reload(); }}
          disabled={wave.status === 'final'}
        />
        {made != null ? <Ok testid="groups-ok">{t('waves.groups.done', { n: fmtNumber(made) })}</Ok> : null}
      </Card>
      <Card title={t('waves.groups.schedule')}>
        {list.error ? <ErrorBox error={list.error} onRetry={list.reload} /> : null}
        {list.loading && !list.data ? <Loading /> : null}
        {list.data && !groups.size ? <p class="muted">{t('waves.groups.none')}</p> : null}
        {groups.size ? (
          <table class="table table-compact" data-testid="groups-table">
            <thead><tr><th scope="col">{t('waves.groups.day')}</th><th scope="col" class="num">{t('waves.groups.count')}</th><th scope="col">{t('waves.groups.list')}</th></tr></thead>
            <tbody>
              {[...days.entries()].map(([slot, nos]) => (
                <tr key={slot}>
                  <td class="nowrap">{fmtDate(slot)}</td>
                  <td class="num">{fmtNumber(nos.length)}</td>
                  <td>{nos.map((no) => <span key={no} class="badge">{t('waves.groups.g', { no, n: groups.get(no)!.n })}</span>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Card>
    </div>
  );
}
