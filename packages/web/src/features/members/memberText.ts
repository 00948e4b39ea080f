import { useCallback } from 'react';
import { organisationKinds, type OrganisationKind } from '@danvan/shared';
import { useI18n, type Lang } from '../../lib/i18n';

// The page's own strings, Vietnamese first; kept beside the feature so the shared dictionary stays small.
const vi = {
  title: 'Đoàn viên, hội viên',
  tabList: 'Số liệu theo kỳ',
  tabRollup: 'Tổng hợp',
  add: 'Nhập số liệu kỳ',
  edit: 'Sửa',
  history: 'Lịch sử',
  export: 'Xuất Excel',
  search: 'Tìm tổ chức (gõ không dấu cũng được)',
  allKinds: 'Mọi loại tổ chức',
  allUnits: 'Toàn bộ phạm vi',
  allYears: 'Mọi năm',
  allPeriods: 'Mọi kỳ',
  clear: 'Xóa lọc',
  organisation: 'Tổ chức',
  kind: 'Loại tổ chức',
  area: 'Thuộc',
  period: 'Kỳ',
  periodKind: 'Loại kỳ',
  year: 'Năm',
  periodIndex: 'Kỳ số',
  quarter: 'Quý',
  month: 'Tháng',
  wholeYear: 'Cả năm',
  members: 'Đoàn viên, hội viên cuối kỳ',
  membersShort: 'Cuối kỳ',
  admitted: 'Kết nạp mới',
  left: 'Ra khỏi tổ chức',
  referredToParty: 'Giới thiệu cho Đảng',
  note: 'Ghi chú',
  balance: 'Cân đối',
  balanceOk: 'Khớp với kỳ trước',
  balanceOff: 'Kỳ trước {previous} + {admitted} − {left} = {expected}',
  noPrevious: 'Chưa có kỳ liền trước',
  empty: 'Chưa có số liệu đoàn viên, hội viên',
  noMatch: 'Không có số liệu phù hợp bộ lọc',
  saved: 'Đã lưu số liệu',
  savedWithWarnings: 'Đã lưu, nhưng số liệu chưa cân đối',
  organisationRequired: 'Vui lòng chọn tổ chức',
  numberRequired: 'Vui lòng nhập số',
  membersHint: 'Số cuối kỳ nên bằng số cuối kỳ trước + kết nạp mới − ra khỏi tổ chức.',
  historyTitle: 'Lịch sử thay đổi',
  noHistory: 'Chưa có thay đổi',
  created: 'Nhập mới',
  updated: 'Sửa',
  unit: 'Đơn vị',
  reporting: 'Đã có số liệu',
  missing: 'Chưa có số liệu',
  drillDown: 'Xem chi tiết',
  byKind: 'Theo loại tổ chức',
  byChild: 'Theo đơn vị trực thuộc',
  chartLabel: 'Biểu đồ số đoàn viên, hội viên theo loại tổ chức',
  noOrganisations: 'Không có tổ chức Mặt trận, đoàn thể nào trong phạm vi này',
  total: 'Tổng cộng',
} as const;

type TextKey = keyof typeof vi;

const en: Record<TextKey, string> = {
  title: 'Mass-organisation members',
  tabList: 'Counts by period',
  tabRollup: 'Totals',
  add: 'Record a period',
  edit: 'Edit',
  history: 'History',
  export: 'Export to Excel',
  search: 'Find an organisation (accents optional)',
  allKinds: 'All kinds',
  allUnits: 'Whole scope',
  allYears: 'All years',
  allPeriods: 'All periods',
  clear: 'Clear filters',
  organisation: 'Organisation',
  kind: 'Kind',
  area: 'Belongs to',
  period: 'Period',
  periodKind: 'Period kind',
  year: 'Year',
  periodIndex: 'Period',
  quarter: 'Quarter',
  month: 'Month',
  wholeYear: 'Whole year',
  members: 'Members at the end',
  membersShort: 'Members',
  admitted: 'Admitted',
  left: 'Left',
  referredToParty: 'Referred to the Party',
  note: 'Note',
  balance: 'Balance',
  balanceOk: 'Adds up with the previous period',
  balanceOff: 'Previous {previous} + {admitted} − {left} = {expected}',
  noPrevious: 'No previous period',
  empty: 'No member counts yet',
  noMatch: 'No counts match the filters',
  saved: 'Saved',
  savedWithWarnings: 'Saved, but the figures do not add up',
  organisationRequired: 'Please choose the organisation',
  numberRequired: 'Please enter a number',
  membersHint: 'Members at the end should equal the previous count + admitted − left.',
  historyTitle: 'History',
  noHistory: 'No changes yet',
  created: 'Recorded',
  updated: 'Edited',
  unit: 'Unit',
  reporting: 'Reported',
  missing: 'No figures',
  drillDown: 'Details',
  byKind: 'By organisation kind',
  byChild: 'By unit below',
  chartLabel: 'Members by organisation kind',
  noOrganisations: 'No Front or member organisation in this scope',
  total: 'Total',
};

export type MemberText = (key: TextKey, params?: Record<string, string | number>) => string;

/** The members page's strings in the interface language. */
export function useMemberText(): { m: MemberText; lang: Lang } {
  const { lang } = useI18n();
  const m = useCallback<MemberText>(
    (key, params) => {
      const text = (lang === 'en' ? en : vi)[key];
      return params ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? '')) : text;
    },
    [lang],
  );
  return { m, lang };
}

export function kindName(kind: OrganisationKind, lang: Lang): string {
  return organisationKinds[kind][lang];
}

export function kindOptions(lang: Lang): { value: OrganisationKind; label: string }[] {
  return (Object.keys(organisationKinds) as OrganisationKind[]).map((kind) => ({
    value: kind,
    label: kindName(kind, lang),
  }));
}

/** "Quý 2/2026" or "Quarter 2/2026". */
export function periodName(kind: 'month' | 'quarter', year: number, index: number, lang: Lang): string {
  if (lang === 'en') return `${kind === 'quarter' ? 'Quarter' : 'Month'} ${index}/${year}`;
  return kind === 'quarter' ? `Quý ${index}/${year}` : `Tháng ${String(index).padStart(2, '0')}/${year}`;
}

/** The last quarter that has ended: what a count is usually entered for. */
export function lastEndedQuarter(now = new Date()): { year: number; quarter: number } {
  const quarter = Math.floor(now.getMonth() / 3);
  return quarter === 0 ? { year: now.getFullYear() - 1, quarter: 4 } : { year: now.getFullYear(), quarter };
}
