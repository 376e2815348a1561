import { COL_POT, nineBoxCells, ROW_PERF } from '../ninebox';
import { fmtNumber, t } from '../i18n';

/** The 9-box as a grid of counts (rows: performance high→low, columns: potential low→high). */
export function NineBox(props: { boxes: Array<{ box: number; count: number }>; highlight?: number | null; counts?: boolean }) {
  const showCounts = props.counts !== false;
  const cells = nineBoxCells(props.boxes);
  const max = Math.max(1, ...cells.flat().map((c) => c.count));
  return (
    <div class="ninebox" data-testid="ninebox">
      <div class="ninebox-y" aria-hidden="true">
        {t('box.perf')} →
      </div>
      <table class="ninebox-grid">
        <caption class="sr-only">{t('dash.ninebox')}</caption>
        <thead>
          <tr>
            <td />
            {COL_POT.map((p) => (
              <th scope="col" key={p}>
                {t('box.pot')}: {t(`box.pot.${p}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cells.map((row, r) => (
            <tr key={r}>
              <th scope="row">{t(`box.perf.${ROW_PERF[r]}`)}</th>
              {row.map((c) => {
                const tone = c.box >= 7 ? 'pool' : c.box <= 1 ? 'risk' : 'mid';
                const alpha = 0.15 + 0.55 * (c.count / max);
                return (
                  <td
                    key={c.box}
                    class={`nb-cell nb-${tone}${props.highlight === c.box ? ' nb-here' : ''}`}
                    style={{ '--nb-alpha': alpha.toFixed(2) } as Record<string, string>}
                    data-testid={`box-${c.box}`}
                    data-box={c.box}
                    aria-label={showCounts ? t('box.cell', { box: c.box, n: c.count }) : t('box.n', { box: c.box })}
                    aria-current={props.highlight === c.box ? 'true' : undefined}
                  >
                    <span class="nb-box">{c.box}</span>
                    {showCounts ? <span class="nb-count">{fmtNumber(c.count)}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div class="ninebox-x" aria-hidden="true">
        {t('box.pot')} →
      </div>
    </div>
  );
}
