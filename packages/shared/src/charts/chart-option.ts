// What a chart is drawn from, shared by the server (ECharts' SVG server-side rendering: the picture a screen shows
// at once) and the web (the interactive ECharts chart it becomes on first use): one builder per chart, so both draw
// the same picture. Types only from ECharts here: nothing of it lands in a bundle through this file.
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

export type ChartLang = 'vi' | 'en';

/** How a chart is laid out: its language, and compact labels on a phone's narrow screen. */
export interface ChartLayout {
  lang: ChartLang;
  compact: boolean;
}

/** A chart's option and the height it is drawn at (the width is the container's). */
export interface ChartPicture {
  option: ChartOption;
  height: number;
}

/** The charts' own words; their screens' other strings stay with the web's message tables. */
export const chartLabels = {
  missing: '—',
  rating: { vi: 'Cấp trên xếp loại', en: 'Rating by the upper unit' },
  selfRating: { vi: 'Tự xếp loại', en: 'Self-rating' },
  members: { vi: 'Cuối kỳ', en: 'Members' },
  admitted: { vi: 'Kết nạp mới', en: 'Admitted' },
  left: { vi: 'Ra khỏi tổ chức', en: 'Left' },
  noMemberFigures: { vi: 'Chưa có số liệu', en: 'No figures' },
  notSubmitted: { vi: 'Chưa nộp', en: 'Not submitted' },
  notApproved: { vi: 'Chưa duyệt', en: 'Not approved' },
  noFigure: { vi: 'Không có số liệu', en: 'No figure' },
  trendAll: { vi: 'Tất cả báo cáo đã duyệt', en: 'All approved reports' },
} as const;
