import { z } from 'zod';
import { wholeNumber } from '../ids.js';

/**
 * How a chart's SVG is drawn on the server: the width of the container it fills (its height is the chart's own), the
 * language, and compact labels for a phone. The SVG has a viewBox, so it still fits if the container changes.
 */
export const chartSvgQuery = z.object({
  width: wholeNumber(200, 2400).default(640),
  lang: z.enum(['vi', 'en']).default('vi'),
  compact: z.stringbool().default(false),
});
export type ChartSvgQuery = z.infer<typeof chartSvgQuery>;
