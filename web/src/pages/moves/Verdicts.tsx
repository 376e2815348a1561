// A move's verdicts, rule by rule: the verdict, the article it rests on, the approver and the
// facts the rule used.
import { t } from '../../i18n';
import { Badge } from '../talent/ui';
import { bySeverity, parseFacts, verdictTone } from './logic';
import type { RuleVerdict } from './api';

function tr(prefix: string, code: string): string {
  const k = `${prefix}.${code}`;
  const s = t(k);
  return s === k ? code : s;
}

export function VerdictBadge({ v, testid }: { v: string; testid?: string }) {
  return (
    <Badge tone={verdictTone(v)} testid={testid}>
      {v === 'allowed' ? '✓ ' : v === 'blocked' ? '✕ ' : '! '}
      {tr('mv.verdict', v)}
    </Badge>
  );
}

export function Verdicts({ vs, testid }: { vs: RuleVerdict[]; testid?: string }) {
  if (!vs.length) return <p class="muted">{t('mv.noRules')}</p>;
  return (
    <ul class="verdict-list" data-testid={testid ?? 'verdicts'}>
      {bySeverity(vs).map((v) => (
        <li key={v.rule} data-testid="verdict" data-rule={v.rule} data-verdict={v.verdict}>
          <div>
            <VerdictBadge v={v.verdict} />
          </div>
          <div>
            <strong>{tr('mv.rule', v.rule)}</strong> <span class="mono small muted">{v.rule}</span>
            <div class="cite">
              <span class="muted">{t('mv.basis')}:</span> {v.citation}
            </div>
            {v.approver ? (
              <div class="small">
                <span class="muted">{t('mv.approver')}:</span> <strong>{tr('mv.approverName', v.approver)}</strong>
              </div>
            ) : null}
            {v.facts ? (
              <ul class="facts" aria-label={t('mv.facts')}>
                {parseFacts(v.facts).map(([k, val], i) => (
                  <li key={i}>
                    {tr('mv.fact', k)}
                    {val ? (
                      <>
                        {' '}= <code>{val}</code>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
