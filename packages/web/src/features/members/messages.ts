import { defineMessages } from '../../lib/messages';

/** The UI strings of mass-organisation member counts, Vietnamese and English side by side. */
export const memberMessages = defineMessages({
  'members.title': { vi: 'Đoàn viên, hội viên', en: 'Mass-organisation members' },
  'members.tabList': { vi: 'Số liệu theo kỳ', en: 'Counts by period' },
  'members.tabRollup': { vi: 'Tổng hợp', en: 'Totals' },
  'members.add': { vi: 'Nhập số liệu kỳ', en: 'Record a period' },
  'members.edit': { vi: 'Sửa', en: 'Edit' },
  'members.history': { vi: 'Lịch sử', en: 'History' },
  'members.export': { vi: 'Xuất Excel', en: 'Export to Excel' },
  'members.search': { vi: 'Tìm tổ chức (gõ không dấu cũng được)', en: 'Find an organisation (accents optional)' },
  'members.allKinds': { vi: 'Mọi loại tổ chức', en: 'All kinds' },
  'members.allUnits': { vi: 'Toàn bộ phạm vi', en: 'Whole scope' },
  'members.allYears': { vi: 'Mọi năm', en: 'All years' },
  'members.allPeriods': { vi: 'Mọi kỳ', en: 'All periods' },
  'members.clear': { vi: 'Xóa lọc', en: 'Clear filters' },
  'members.organisation': { vi: 'Tổ chức', en: 'Organisation' },
  'members.kind': { vi: 'Loại tổ chức', en: 'Kind' },
  'members.period': { vi: 'Kỳ', en: 'Period' },
  'members.periodKind': { vi: 'Loại kỳ', en: 'Period kind' },
  'members.year': { vi: 'Năm', en: 'Year' },
  'members.periodIndex': { vi: 'Kỳ số', en: 'Period' },
  'members.quarter': { vi: 'Quý', en: 'Quarter' },
  'members.month': { vi: 'Tháng', en: 'Month' },
  'members.wholeYear': { vi: 'Cả năm', en: 'Whole year' },
  'members.members': { vi: 'Đoàn viên, hội viên cuối kỳ', en: 'Members at the end' },
  'members.membersShort': { vi: 'Cuối kỳ', en: 'Members' },
  'members.admitted': { vi: 'Kết nạp mới', en: 'Admitted' },
  'members.left': { vi: 'Ra khỏi tổ chức', en: 'Left' },
  'members.referredToParty': { vi: 'Giới thiệu cho Đảng', en: 'Referred to the Party' },
  'members.note': { vi: 'Ghi chú', en: 'Note' },
  'members.balance': { vi: 'Cân đối', en: 'Balance' },
  'members.balanceOk': { vi: 'Khớp với kỳ trước', en: 'Adds up with the previous period' },
  'members.balanceOff': {
    vi: 'Kỳ trước {previous} + {admitted} − {left} = {expected}',
    en: 'Previous {previous} + {admitted} − {left} = {expected}',
  },
  'members.noPrevious': { vi: 'Chưa có kỳ liền trước', en: 'No previous period' },
  'members.empty': { vi: 'Chưa có số liệu đoàn viên, hội viên', en: 'No member counts yet' },
  'members.noMatch': { vi: 'Không có số liệu phù hợp bộ lọc', en: 'No counts match the filters' },
  'members.saved': { vi: 'Đã lưu số liệu', en: 'Saved' },
  'members.savedWithWarnings': { vi: 'Đã lưu, nhưng số liệu chưa cân đối', en: 'Saved, but the figures do not add up' },
  'members.organisationRequired': { vi: 'Vui lòng chọn tổ chức', en: 'Please choose the organisation' },
  'members.numberRequired': { vi: 'Vui lòng nhập số', en: 'Please enter a number' },
  'members.membersHint': {
    vi: 'Số cuối kỳ nên bằng số cuối kỳ trước + kết nạp mới − ra khỏi tổ chức.',
    en: 'Members at the end should equal the previous count + admitted − left.',
  },
  'members.historyTitle': { vi: 'Lịch sử thay đổi', en: 'History' },
  'members.unit': { vi: 'Đơn vị', en: 'Unit' },
  'members.reporting': { vi: 'Đã có số liệu', en: 'Reported' },
  'members.missing': { vi: 'Chưa có số liệu', en: 'No figures' },
  'members.byKind': { vi: 'Theo loại tổ chức', en: 'By organisation kind' },
  'members.byChild': { vi: 'Theo đơn vị trực thuộc', en: 'By unit below' },
  'members.chartLabel': { vi: 'Biểu đồ số đoàn viên, hội viên theo loại tổ chức', en: 'Members by organisation kind' },
  'members.noOrganisations': {
    vi: 'Không có tổ chức Mặt trận, đoàn thể nào trong phạm vi này',
    en: 'No Front or member organisation in this scope',
  },
});

declare module '../../lib/messages' {
  interface MessageTables {
    memberMessages: typeof memberMessages;
  }
}
