// Chart.js, tree-shaken to what the app draws (bar, radar). Only the pages that draw
// charts import this module, so the employee list never loads Chart.js.

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';
import { locale } from '../i18n';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  RadarController,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  Legend,
  Tooltip,
);
Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
Chart.defaults.color = '#333';

export const COLORS = {
  primary: '#1f5fa8',
  primaryFill: 'rgba(31, 95, 168, 0.25)',
  accent: '#b4531b',
  accentFill: 'rgba(180, 83, 27, 0.15)',
};

/**
 * A chart inside a figure; `label` names it for screen readers and `summary` (a
 * table or text) carries the same numbers for those who cannot see the canvas.
 */
export function ChartView(props: {
  config: ChartConfiguration;
  label: string;
  height?: number;
  testid?: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart | null>(null);
  useEffect(() => {
    if (!canvas.current) return;
    chart.current?.destroy();
    chart.current = new Chart(canvas.current, {
      ...props.config,
      // numbers on the axes as in the rest of the page (6.500 in Indonesian, 6,500 in English)
      options: { responsive: true, maintainAspectRatio: false, animation: false, locale: locale(), ...props.config.options },
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [props.config]);
  return (
    <div class="chart" style={{ height: `${props.height ?? 240}px` }} data-testid={props.testid}>
      <canvas ref={canvas} role="img" aria-label={props.label} />
    </div>
  );
}

export function barConfig(labels: string[], data: number[], seriesLabel: string, horizontal = false): ChartConfiguration {
  return {
    type: 'bar',
    data: { labels, datasets: [{ label: seriesLabel, data, backgroundColor: COLORS.primary }] },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      plugins: { legend: { display: false } },
      scales: {
        x: { ticks: { autoSkip: false, maxRotation: 60 } },
        y: { beginAtZero: true, ticks: { precision: 0 } },
      },
    },
  };
}
