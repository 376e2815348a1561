// The 9-box of a period, interactive: each cell is a button (its people below the grid), and
// during calibration a drop target for a person dragged from the list. Same layout and look as
// components/NineBox.tsx (official grid 4 7 9 / 2 5 8 / 1 3 6 from src/ninebox.ts).
import { useState } from 'preact/hooks';
import { COL_POT, nineBoxCells, ROW_PERF } from '../../ninebox';
import { fmtNumber, t } from '../../i18n';

export const DRAG_TYPE = 'application/x-merit-nip';

export function TalentGrid(props: {
  counts: Record<string, number>;
  selected: number | null;
  onSelect: (box: number) => void;
  /** set while calibration is open: a person dropped on a box */
  onDrop?: (box: number, nip: string) => void;
  dragging?: boolean;
  poolMinBox?: number;
}) {
  const boxes = Object.entries(props.counts ?? {}).map(([b, n]) => ({ box: Number(b), count: n }));
  const cells = nineBoxCells(boxes);
  const max = Math.max(1, ...cells.flat().map((c) => c.count));
  const [over, setOver] = useState<number | null>(null);
  const pool = props.poolMinBox ?? 7;
  return (
    <div class="ninebox" data-testid="talent-grid">
      <div class="ninebox-y" aria-hidden="true">
        {t('box.perf')} →
      </div>
      <table class={`ninebox-grid tg-grid${props.dragging ? ' tg-dragging' : ''}`}>
        <caption class="sr-only">{t('tal.grid.caption')}</caption>
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
                const tone = c.box >= pool ? 'pool' : c.box <= 1 ? 'risk' : 'mid';
                const alpha = 0.15 + 0.55 * (c.count / max);
                const sel = props.selected === c.box;
                return (
                  <td
                    key={c.box}
                    class={`nb-cell tg-cell nb-${tone}${sel ? ' nb-here' : ''}${over === c.box ? ' tg-drop' : ''}`}
                    style={{ '--nb-alpha': alpha.toFixed(2) } as Record<string, string>}
                    data-testid={`tbox-${c.box}`}
                    data-box={c.box}
                    onDragOver={
                      props.onDrop
                        ? (e) => {
                            if (!e.dataTransfer?.types.includes(DRAG_TYPE)) return;
                            e.preventDefault();
                            e.dataTransfer.dropEffect = 'move';
                            if (over !== c.box) setOver(c.box);
                          }
                        : undefined
                    }
                    onDragLeave={props.onDrop ? () => setOver((o) => (o === c.box ? null : o)) : undefined}
                    onDrop={
                      props.onDrop
                        ? (e) => {
                            e.preventDefault();
                            setOver(null);
                            const nip = e.dataTransfer?.getData(DRAG_TYPE);
                            if (nip) props.onDrop!(c.box, nip);
                          }
                        : undefined
                    }
                  >
                    <button
                      type="button"
                      aria-pressed={sel}
                      aria-label={t('tal.grid.cell', { box: c.box, n: c.count })}
                      onClick={() => props.onSelect(c.box)}
                    >
                      <span class="nb-box">{c.box}</span>
                      <span class="nb-count">{fmtNumber(c.count)}</span>
                    </button>
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
