import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Text,
  XAxis,
  YAxis,
  type YAxisTickContentProps,
} from 'recharts';
import type { FigureRow } from './types.ts';

// Horizontal bars: category names can be long ("Accompaniment to institutions") and wrap beside
// their bar, which also fits a phone. One dark blue on white (contrast above 8:1), the value printed
// at the end of each bar, so colour carries nothing. The table under the chart holds every number.

const BAR = '#1d4e89';
const INK = '#1b1f24';
const GRID = '#c9d0d7';
/** Roughly how wide a character of the 13 px labels is: enough to size the rows and margins. */
const CHARACTER = 7;
const LINE = 16;
const AXIS_HEIGHT = 48;

/** The width the chart may take, followed as the window or the layout changes. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

function CategoryTick(props: YAxisTickContentProps & { labelWidth: number }) {
  return (
    <Text
      x={Number(props.x) - 6}
      y={props.y}
      width={props.labelWidth}
      textAnchor="end"
      verticalAnchor="middle"
      fill={INK}
      fontSize={13}
    >
      {String(props.payload.value)}
    </Text>
  );
}

/**
 * A bar chart of the visible rows. It is an image to assistive technology, named after what it
 * shows; the numbers are read from the table beside it.
 */
export function FigureChart({
  title,
  rows,
  valueLabel,
  format,
}: {
  title: string;
  rows: FigureRow[];
  valueLabel: string;
  format: (value: number | null) => string;
}) {
  const { t } = useTranslation();
  const { ref, width } = useWidth();
  const shown = rows.filter((row) => row.value !== null);
  const labelWidth = Math.round(Math.min(220, Math.max(110, width * 0.4)));
  // Each bar is as tall as the longest name wraps to, and the values printed after the bars fit.
  const lines = Math.max(1, ...shown.map((row) => Math.ceil((row.label.length * CHARACTER) / labelWidth)));
  const rowHeight = Math.max(36, lines * LINE + 12);
  const valueWidth = Math.max(...shown.map((row) => format(row.value).length)) * CHARACTER + 12;
  const height = shown.length * rowHeight + AXIS_HEIGHT + 8;
  return (
    <div ref={ref} className="figure-chart" role="img" aria-label={t('figures.chartLabel', { title })}>
      {width > 0 && shown.length > 0 ? (
        <BarChart
          width={width}
          height={height}
          data={shown}
          layout="vertical"
          margin={{ top: 4, right: valueWidth, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={GRID} />
          <XAxis
            type="number"
            allowDecimals={false}
            height={AXIS_HEIGHT}
            stroke={INK}
            tick={{ fill: INK, fontSize: 12 }}
            tickFormatter={(value: number) => format(value)}
            label={{ value: valueLabel, position: 'insideBottom', offset: 0, fill: INK, fontSize: 13 }}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth + 8}
            stroke={INK}
            interval={0}
            tick={(props: YAxisTickContentProps) => <CategoryTick {...props} labelWidth={labelWidth} />}
          />
          <Bar dataKey="value" fill={BAR} isAnimationActive={false}>
            <LabelList
              dataKey="value"
              position="right"
              fill={INK}
              fontSize={13}
              formatter={(value) => format(typeof value === 'number' ? value : null)}
            />
          </Bar>
        </BarChart>
      ) : null}
    </div>
  );
}
