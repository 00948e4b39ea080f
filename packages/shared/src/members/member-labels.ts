// The member organisations' kinds and periods with their names, apart from the request
// schemas: importing them does not bring zod into the browser's chunks (the pages with charts are among the first
// screens on a slow connection; issue 11).

/**
 * The unit types that are mass organisations (Mặt trận Tổ quốc và các đoàn thể): their member
 * counts are recorded per period. Codes are those of `unit_types`.
 */
export const organisationKinds = {
  fatherland_front: { vi: 'Mặt trận Tổ quốc', en: 'Fatherland Front' },
  womens_union: { vi: 'Hội Liên hiệp Phụ nữ', en: "Women's Union" },
  youth_union: { vi: 'Đoàn Thanh niên', en: 'Youth Union' },
  farmers_union: { vi: 'Hội Nông dân', en: "Farmers' Union" },
  veterans_association: { vi: 'Hội Cựu chiến binh', en: "Veterans' Association" },
  trade_union: { vi: 'Công đoàn', en: 'Trade Union' },
} as const;
export type OrganisationKind = keyof typeof organisationKinds;
export const organisationKindCodes = Object.keys(organisationKinds) as [OrganisationKind, ...OrganisationKind[]];

export const memberPeriodKinds = {
  month: { vi: 'Tháng', en: 'Month' },
  quarter: { vi: 'Quý', en: 'Quarter' },
} as const;
export type MemberPeriodKind = keyof typeof memberPeriodKinds;

/** First and last day (ISO dates) of a month or quarter. */
export function memberPeriodRange(kind: MemberPeriodKind, year: number, index: number): { start: string; end: string } {
  const firstMonth = kind === 'month' ? index : (index - 1) * 3 + 1;
  const lastMonth = kind === 'month' ? index : index * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${pad(lastDay)}` };
}

/** "Quý 2/2026", "Tháng 05/2026". */
export function memberPeriodLabel(kind: MemberPeriodKind, year: number, index: number): string {
  return kind === 'quarter' ? `Quý ${index}/${year}` : `Tháng ${String(index).padStart(2, '0')}/${year}`;
}
