/** Every narrative section a report may have; a round's outline (reportOutlines) says which, in which order. */
export const narrativeSections = [
  'situation',
  'results',
  'democracy',
  'front_program',
  'shortcomings',
  'lessons',
  'directions',
  'proposals',
] as const;
export type NarrativeSection = (typeof narrativeSections)[number];
export const narrativeSectionNames: Record<NarrativeSection, { vi: string; en: string }> = {
  situation: { vi: 'Tình hình chung', en: 'General situation' },
  results: { vi: 'Kết quả đạt được', en: 'Results achieved' },
  democracy: { vi: 'Kết quả thực hiện dân chủ ở cơ sở', en: 'Grassroots democracy: results' },
  front_program: {
    vi: 'Kết quả thực hiện Chương trình phối hợp với Mặt trận Tổ quốc và các đoàn thể',
    en: 'The coordination program with the Front: results',
  },
  shortcomings: { vi: 'Hạn chế, nguyên nhân', en: 'Shortcomings and causes' },
  lessons: { vi: 'Bài học kinh nghiệm', en: 'Lessons learned' },
  directions: { vi: 'Phương hướng, nhiệm vụ kỳ tới', en: 'Directions and tasks for the next period' },
  proposals: { vi: 'Đề xuất, kiến nghị', en: 'Proposals' },
};

/**
 * The outlines a round may be opened with, as data: the standard six parts of a mass-mobilization
 * report, or a combined review in which grassroots democracy and the coordination program with the
 * Front each have their results; `sections` in order, with the names they go by in that outline.
 */
export const reportOutlines = {
  standard: {
    vi: 'Báo cáo công tác dân vận (6 phần)',
    en: 'Mass-mobilization report (six parts)',
    sections: ['situation', 'results', 'shortcomings', 'lessons', 'directions', 'proposals'],
    names: {} as Partial<Record<NarrativeSection, { vi: string; en: string }>>,
    /** Indicator sections whose narrative goes to a section of their own. */
    sectionOf: {} as Record<string, NarrativeSection>,
  },
  combined: {
    vi: 'Báo cáo kết hợp: dân vận, dân chủ ở cơ sở, phối hợp với Mặt trận',
    en: 'Combined review: mass mobilization, grassroots democracy, the Front',
    sections: [
      'situation',
      'results',
      'democracy',
      'front_program',
      'shortcomings',
      'lessons',
      'directions',
      'proposals',
    ],
    names: { results: { vi: 'Kết quả công tác dân vận', en: 'Mass mobilization: results' } } as Partial<
      Record<NarrativeSection, { vi: string; en: string }>
    >,
    sectionOf: { democracy: 'democracy', front: 'front_program' } as Record<string, NarrativeSection>,
  },
} satisfies Record<string, { vi: string; en: string; sections: NarrativeSection[]; names: object; sectionOf: object }>;
export type ReportOutline = keyof typeof reportOutlines;
export const reportOutlineCodes = Object.keys(reportOutlines) as [ReportOutline, ...ReportOutline[]];

/** The sections of an outline with their names in it. */
export function outlineSections(outline: ReportOutline): { key: NarrativeSection; vi: string; en: string }[] {
  const { sections, names } = reportOutlines[outline] ?? reportOutlines.standard;
  return sections.map((key) => ({ key, ...(names[key] ?? narrativeSectionNames[key]) }));
}
