import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import {
  BarChart,
  LineChart,
  ScatterChart,
  type BarSeriesOption,
  type LineSeriesOption,
  type ScatterSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  // The plain legend: the charts' few series fit on one line, so the paging (scroll) legend is not shipped.
  LegendPlainComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendPlainComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** An ECharts chart that follows its container's size (window resizes, the side menu folding, phones). */
export function Chart({ option, height, label }: { option: ChartOption; height: number; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const drawnOnce = useRef(false);

  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const instance = echarts.init(element);
    chart.current = instance;
    // Marks the chart as drawn once ECharts has finished with the latest option (its animation included): what the
    // web benchmark (bench/web.ts) and the journeys wait for, rather than the canvas, which exists before anything is drawn.
    instance.on('finished', () => {
      element.dataset.drawn = 'true';
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!chart.current || !container.current) return;
    container.current.dataset.drawn = 'false';
    // The first figures show at once, without an entrance: on a slow connection the chart has already waited for its
    // code and data, and an animation would only add to that. Later changes (another indicator) move in briefly.
    chart.current.setOption({ animation: drawnOnce.current, animationDuration: 300, ...option }, { notMerge: true });
    drawnOnce.current = true;
  }, [option]);

  return <div ref={container} role="img" aria-label={label} data-chart style={{ width: '100%', height }} />;
}
