import {
  chartSvgQuery,
  childrenChart,
  indicatorCode,
  keyIndicatorsOf,
  trendChart,
  trendQuery,
  yearComparisonChart,
  idSchema,
} from '@danvan/shared';
import { z } from 'zod';
import type { AppInstance } from '../../http/app-types.js';
import { sendChartSvg } from '../../http/chart-svg.js';
import { getRoundTrend } from './report-trend.service.js';
import { getReportOfUnit } from './reports.service.js';

const tags = ['reports'];
const reportParams = z.object({ id: idSchema, unitId: idSchema });

/**
 * The round dashboard's charts as SVG (http/chart-svg.ts), read through the same use cases, scope and policy as the
 * report and the trend they are drawn from.
 */
export function reportChartRoutes(app: AppInstance): void {
  app.get(
    '/api/rounds/:id/units/:unitId/report/children.svg',
    {
      schema: {
        tags,
        summary: 'Biểu đồ một chỉ tiêu theo đơn vị trực thuộc (SVG) / a key indicator by child unit, as SVG',
        params: reportParams,
        querystring: chartSvgQuery.extend({ indicator: indicatorCode.optional() }),
      },
      config: { action: 'report.read' },
    },
    async (request, reply) => {
      const { query, params } = request;
      const view = await getReportOfUnit(app.db, request.requireActor(), params.id, params.unitId);
      const indicators = keyIndicatorsOf(view);
      const indicator = indicators.find((candidate) => candidate.code === query.indicator) ?? indicators[0];
      return sendChartSvg(reply, childrenChart(view, indicator, query), query);
    },
  );

  app.get(
    '/api/rounds/:id/units/:unitId/report/year-comparison.svg',
    {
      schema: {
        tags,
        summary: 'Biểu đồ so sánh cùng kỳ (SVG) / the key indicators against last year, as SVG',
        params: reportParams,
        querystring: chartSvgQuery,
      },
      config: { action: 'report.read' },
    },
    async (request, reply) => {
      const { query, params } = request;
      const view = await getReportOfUnit(app.db, request.requireActor(), params.id, params.unitId);
      return sendChartSvg(reply, yearComparisonChart(view, query), query);
    },
  );

  app.get(
    '/api/rounds/:id/trend.svg',
    {
      schema: {
        tags,
        summary: 'Biểu đồ diễn biến một chỉ tiêu qua các năm (SVG) / an indicator over past years, as SVG',
        params: z.object({ id: idSchema }),
        querystring: trendQuery.extend(chartSvgQuery.shape),
      },
      config: { action: 'report.read' },
    },
    async (request, reply) => {
      const trend = await getRoundTrend(app.db, request.requireActor(), request.params.id, request.query);
      return sendChartSvg(reply, trendChart(trend, request.query), request.query);
    },
  );
}
