import { useState } from 'preact/hooks';
import { fmtDate, fmtNumber, t } from '../../i18n';
import { Card, ErrorBox, useAsync } from '../../components/ui';
import { assignAuto, waveAssessors, type Wave } from './api';
import { ConfirmAction, Ok } from './common';
import { AssignForm } from './AssignForm';

export function Assign({ wave, reload }: { wave: Wave; reload: () => void }) {
  const load = useAsync((s) => waveAssessors(wave.code, s), [wave.code]);
  const [per, setPer] = useState(2);
  const [made, setMade] = useState<number | null>(null);
  const done = () => { load.reload(); reload(); };
  return (
    <div data-testid="wave-assign">
      <div class="grid-2">
        <Card title={t('waves.assignAuto')}>
          <p class="hint">{t('waves.assignAuto.intro')}</p>
          <div class="f">
            <label for="aa-per">{t('waves.assignPer')}</label>
            <input id="aa-per" type="number" min={1} max={10} value={per} data-testid="aa-per" onInput={(e) => setPer(parseInt((e.currentTarget as HTMLInputElement).value, 10) || 1)} />
          </div>
          <ConfirmAction
            testid="assign-auto"
            label={t('waves.assignAuto.run')}
            question={t('waves.assignAuto.q', { n: per })}
            run={() => assignAuto(wave.code, per)}
            onDone={(v) => { setMade((v as { assignments: number }).assignments); done(); }}
            disabled={wave.status === 'final'}
          />
          {made != null ? <Ok testid="assign-auto-ok">{t('waves.assignAuto.done', { n: fmtNumber(made) })}</Ok> : null}
        </Card>
        <Card title={t('waves.assignOne')}>
          <p class="hint">{t('waves.assignOne.intro')}</p>
          <AssignForm code={wave.code} onDone={done} />
        </Card>
      </div>
      <Card title={t('waves.assessorLoad')}>
        {load.error ? <ErrorBox error={load.error} onRetry={load.reload} /> : null}
        {load.data?.items.length ? (
          <div class="table-wrap">
            <table class="table table-compact" data-testid="assign-load">
              <thead><tr><th scope="col">{t('waves.assessor')}</th><th scope="col">{t('waves.name')}</th><th scope="col">{t('waves.accreditedUntil')}</th><th scope="col" class="num">{t('waves.participants')}</th><th scope="col" class="num">{t('waves.conflictsOverridden')}</th></tr></thead>
              <tbody>
                {load.data.items.map((a) => (
                  <tr key={a.code}>
                    <td class="mono">{a.code}</td><td>{a.name}</td>
                    <td>{fmtDate(a.accredited_until)}{a.accreditation_lapses ? <span class="badge badge-warn"> {t('waves.lapses')}</span> : null}</td>
                    <td class="num">{fmtNumber(a.participants)}</td>
                    <td class="num">{a.conflicts_overridden ? <span class="badge badge-warn">{fmtNumber(a.conflicts_overridden)}</span> : '0'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : load.data ? <p class="muted">{t('waves.noAssignments')}</p> : null}
      </Card>
    </div>
  );
}
