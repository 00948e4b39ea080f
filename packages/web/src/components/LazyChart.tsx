import { lazy, Suspense, type ComponentProps } from 'react';
import { Skeleton } from 'antd';
import type { Chart as ChartComponent } from './Chart';

const Chart = lazy(() => import('./Chart').then((module) => ({ default: module.Chart })));

/** The chart component, loaded with ECharts only when a chart is first shown. */
export function LazyChart(props: ComponentProps<typeof ChartComponent>) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height }} />}>
      <Chart {...props} />
    </Suspense>
  );
}
