import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
// The plain legend: the charts' few series fit on one line, so the paging (scroll) legend is not shipped.
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { ChartOption } from '@danvan/shared';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendPlainComponent, TooltipComponent, CanvasRenderer]);

/**
 * The interactive ECharts chart (tooltips, resizing), drawn over the server's picture by components/LazyChart.tsx
 * once someone uses the chart; it follows its container's size (window resizes, the side menu folding, phones).
 */
export function Chart({ option, height, onDrawn }: { option: ChartOption; height: number; onDrawn: () => void }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const drawn = useRef(onDrawn);
  const drawnOnce = useRef(false);
  useEffect(() => {
    drawn.current = onDrawn;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const instance = echarts.init(element);
    chart.current = instance;
    // ECharts has finished with the latest option (its animation included), not merely created its canvas.
    instance.on('finished', () => drawn.current());
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // The first option is the picture already shown: drawn without an entrance, so the switch does not move.
    // Later changes (another indicator) move in briefly.
    if (!chart.current) return;
    chart.current.setOption({ animation: drawnOnce.current, animationDuration: 300, ...option }, { notMerge: true });
    drawnOnce.current = true;
  }, [option]);

  return <div ref={container} style={{ position: 'absolute', inset: 0, height }} />;
}
