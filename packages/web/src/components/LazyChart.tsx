import { lazy, Suspense, type ComponentProps } from 'react';
import { Skeleton } from 'antd';
import { loadChunk } from '../lib/loadChunk';
import type { Chart as ChartComponent } from './Chart';

// Fetched as soon as a page with charts is loaded, beside the page's data rather than after it.
// A failed early fetch is tried again when the chart is shown, and reported there.
const early = import('./Chart').catch(() => undefined);
const Chart = lazy(() =>
  early.then(() => loadChunk(() => import('./Chart'))).then((module) => ({ default: module.Chart })),
);

/** The chart component, loaded with ECharts only when a chart is first shown. */
export function LazyChart(props: ComponentProps<typeof ChartComponent>) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height }} />}>
      <Chart {...props} />
    </Suspense>
  );
}
