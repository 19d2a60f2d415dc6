import { type ComponentProps, lazy, Suspense } from 'react';

// The charting library is most of the page's weight: it loads after the tables, which hold every
// number and so never wait for it.
const FigureChart = lazy(() =>
  import('../staff/components/statistics/FigureChart.tsx').then((m) => ({ default: m.FigureChart })),
);

export function LazyFigureChart(props: ComponentProps<typeof FigureChart>) {
  return (
    <Suspense fallback={null}>
      <FigureChart {...props} />
    </Suspense>
  );
}
