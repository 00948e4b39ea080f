// A chart's first picture, drawn on the server with ECharts' SVG server-side rendering from the same option builder
// the web's interactive chart uses (@danvan/shared charts/): a chart screen shows it at once, and the browser fetches
// ECharts (150 KB on a slow connection, issue 11) only when someone uses the chart.
import type { FastifyReply } from 'fastify';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
// The tooltip draws nothing in a picture; it is registered so that the options that name it are read as on the web.
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { ChartPicture, ChartSvgQuery } from '@danvan/shared';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendPlainComponent, TooltipComponent, SVGRenderer]);

/** The SVG of a chart at the container's width and the chart's own height, scalable through its viewBox. */
export function renderChartSvg({ option, height }: ChartPicture, width: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    // No entrance animation: the string is taken at once.
    chart.setOption({ ...option, animation: false });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * Sends a chart as SVG. Private like the data it is drawn from, and short-lived: the figures change as reports are
 * approved, and a revalidation costs as much as the picture.
 */
export function sendChartSvg(reply: FastifyReply, picture: ChartPicture, query: ChartSvgQuery): FastifyReply {
  return reply
    .type('image/svg+xml; charset=utf-8')
    .header('cache-control', 'private, no-cache')
    .send(renderChartSvg(picture, query.width));
}
