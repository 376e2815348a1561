import { useState } from 'preact/hooks';
import { fmtNumber, label, t } from '../../i18n';
import { Card } from '../../components/ui';
import { UnitSelect } from '../../components/UnitSelect';
import { GOLONGAN, JENJANG } from '../EmployeeList';
import { enrol, type EnrolFilter, type Wave } from './api';
import { ActionError, Ok, Text } from './common';
import { parseCodes } from './logic';

const ESELON = ['I.a', 'I.b', 'II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b'];

export function Enrol({ wave, reload }: { wave: Wave; reload: () => void }) {
  const [f, setF] = useState({ nips: '', unit: '', jenjang: '', eselon: '', gmin: '', gmax: '', tenure: '', limit: '', target: '' });
  const [err, setErr] = useState<Error | null>(null);
  const [ok, setOk] = useState<{ enrolled: number; skipped_no_position: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof f) => (v: string) => setF({ ...f, [k]: v });
  const sel = (k: keyof typeof f) => (e: Event) => set(k)((e.currentTarget as HTMLSelectElement).value);
  const submit = async (e: Event) => {
    e.preventDefault();
    setErr(null);
    setOk(null);
    const nips = parseCodes(f.nips);
    const body: EnrolFilter = {
      nips: nips.length ? nips : undefined,
      unit: f.unit || undefined,
      jenjang: f.jenjang || undefined,
      eselon: f.eselon || undefined,
      golongan_min: f.gmin || undefined,
      golongan_max: f.gmax || undefined,
      tenure_min_years: f.tenure ? parseInt(f.tenure, 10) : undefined,
      limit: f.limit ? parseInt(f.limit, 10) : undefined,
      target_position: f.target.trim() || undefined,
    };
    if (!nips.length && !body.unit && !body.jenjang && !body.eselon && !body.golongan_min && !body.golongan_max && body.tenure_min_years == null) {
      setErr(new Error(t('waves.enrol.needFilter')));
      return;
    }
    setBusy(true);
    try {
      setOk(await enrol(wave.code, body));
      reload();
    } catch (x) {
      setErr(x as Error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('waves.enrol.title')} testid="wave-enrol">
      <p class="hint">{t('waves.enrol.intro')}</p>
      <form onSubmit={submit} data-testid="enrol-form">
        <div class="wv-grid">
          <div class="f">
            <label for="en-unit">{t('waves.unit')}</label>
            <UnitSelect id="en-unit" testid="en-unit" value={f.unit} onChange={set('unit')} allLabel={t('waves.any')} />
          </div>
          <div class="f">
            <label for="en-jenjang">{t('waves.jenjang')}</label>
            <select id="en-jenjang" data-testid="en-jenjang" value={f.jenjang} onChange={sel('jenjang')}>
              <option value="">{t('waves.any')}</option>
              {JENJANG.map((j) => <option key={j} value={j}>{label('jenjang', j)}</option>)}
            </select>
          </div>
          <div class="f">
            <label for="en-eselon">{t('waves.eselon')}</label>
            <select id="en-eselon" value={f.eselon} onChange={sel('eselon')}>
              <option value="">{t('waves.any')}</option>
              {ESELON.map((j) => <option key={j} value={j}>{j}</option>)}
            </select>
          </div>
          <div class="f">
            <label for="en-gmin">{t('waves.golonganMin')}</label>
            <select id="en-gmin" value={f.gmin} onChange={sel('gmin')}>
              <option value="">{t('waves.any')}</option>
              {GOLONGAN.map((g) => <option key={g} value={g}>{g}</option>)}
            </select>
          </div>
          <div class="f">
            <label for="en-gmax">{t('waves.golonganMax')}</label>
            <select id="en-gmax" value={f.gmax} onChange={sel('gmax')}>
              <option value="">{t('waves.any')}</option>
              {GOLONGAN.map((g) => <option key={g} value={g}>{g}</option>)}
            </select>
          </div>
          <Text id="en-tenure" type="number" label={t('waves.tenureMin')} value={f.tenure} onInput={set('tenure')} />
          <Text id="en-limit" type="number" label={t('waves.limit')} value={f.limit} onInput={set('limit')} testid="en-limit" />
          <Text id="en-target" label={t('waves.targetPosition')} value={f.target} onInput={set('target')} hint={t('waves.targetPositionHint')} />
        </div>
        <div class="f">
          <label for="en-nips">{t('waves.nips')}</label>
          <textarea id="en-nips" rows={2} value={f.nips} onInput={(e) => set('nips')((e.currentTarget as HTMLTextAreaElement).value)} aria-describedby="en-nips-h" />
          <p class="hint" id="en-nips-h">{t('waves.nipsHint')}</p>
        </div>
        <p><button type="submit" class="btn btn-primary" disabled={busy || wave.status === 'final'} data-testid="enrol-submit">{t('waves.enrol.submit')}</button></p>
      </form>
      {ok ? <Ok testid="enrol-ok">{t('waves.enrol.done', { n: fmtNumber(ok.enrolled), s: fmtNumber(ok.skipped_no_position) })}</Ok> : null}
      <ActionError error={err} testid="enrol-error" />
    </Card>
  );
}
