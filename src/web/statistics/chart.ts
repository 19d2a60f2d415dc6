import { type Html, html } from '../finder/html.ts';

// A horizontal bar chart drawn on the server as SVG: no script, no library. Lengths are in CSS
// pixels and the bars in percent of the chart's width, so the text keeps its size on a phone and on
// a wide screen alike. The chart is one image with a name and a description; the table below it
// holds the same numbers for anyone who cannot see it.

export type Bar = { label: string; value: number | null };

const ROW = 46;
const LABEL_Y = 17;
const BAR_Y = 24;
const BAR_HEIGHT = 16;
/** The longest bar, in percent of the width: the rest is room for its number. */
const LONGEST = 78;

/** How long each bar is, in percent of the chart's width; a count above zero always shows. */
export function barLengths(values: (number | null)[]): number[] {
  const largest = Math.max(0, ...values.map((v) => v ?? 0));
  return values.map((v) =>
    !v || largest === 0 ? 0 : Math.max(0.5, Math.round((v / largest) * LONGEST * 10) / 10),
  );
}

export function barChart(chart: {
  id: string;
  title: string;
  description: string;
  bars: Bar[];
  /** A number as the page writes it; a hidden count in words. */
  text: (value: number | null) => string;
}): Html {
  const lengths = barLengths(chart.bars.map((b) => b.value));
  const rows = chart.bars.map((bar, i) => {
    const top = i * ROW;
    const length = lengths[i]!;
    return html`<g>
<text class="chart-label" x="0" y="${top + LABEL_Y}">${bar.label}</text>
${length > 0 ? html`<rect class="chart-bar" x="0" y="${top + BAR_Y}" width="${length}%" height="${BAR_HEIGHT}" rx="2"></rect>` : ''}
<text class="${bar.value === null ? 'chart-value chart-hidden' : 'chart-value'}" x="${length}%" dx="${length > 0 ? 6 : 0}" y="${top + BAR_Y + BAR_HEIGHT - 3}">${chart.text(bar.value)}</text>
</g>`;
  });
  return html`<svg class="chart" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" width="100%" height="${chart.bars.length * ROW}" focusable="false" xmlns="http://www.w3.org/2000/svg">
<title id="${chart.id}-title">${chart.title}</title>
<desc id="${chart.id}-desc">${chart.description}</desc>
${rows}
</svg>`;
}
