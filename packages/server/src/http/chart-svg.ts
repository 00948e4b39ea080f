// A chart's first picture, drawn on the server with ECharts' SVG server-side rendering from the same option builder
// the web's interactive chart uses (@danvan/shared charts/): a chart screen shows it at once, and the browser fetches
// ECharts (150 KB on a slow connection, issue 11) only when someone uses the chart.
import type { FastifyReply } from 'fastify';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
// The tooltip draws nothing in a picture; it is registered so that the options that name it are read as on the web.
import { GridComponent, LegendPlainComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { DEFAULT_FONT_SIZE, DEFAULT_TEXT_WIDTH_MAP } from 'zrender/lib/core/platform.js';
import type { ChartPicture, ChartSvgQuery } from '@danvan/shared';

echarts.use([BarChart, LineChart, ScatterChart, GridComponent, LegendPlainComponent, TooltipComponent, SVGRenderer]);

/**
 * Text widths without a canvas. ECharts lays a chart out by the width of its labels (where an axis label wraps, how
 * far the grid starts from the edge); on a server it falls back to a table of Latin letters' widths and counts any
 * other character as a full em, so "Phường" would be measured a third wider than the browser draws it and the picture
 * would wrap and place its labels otherwise than the interactive chart that replaces it. A Vietnamese letter is as wide
 * as its letter without the marks, so it is measured as that letter.
 */
function measureText(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? DEFAULT_FONT_SIZE);
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  let width = 0;
  for (const character of plain) width += (DEFAULT_TEXT_WIDTH_MAP[character] ?? 1) * size;
  return { width };
}
echarts.setPlatformAPI({ measureText });

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
