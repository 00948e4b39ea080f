import { defineMessages } from '../../lib/messages';

/** The UI strings of report rounds, reminders and the round dashboard, Vietnamese and English side by side. */
export const roundMessages = defineMessages({
  'round.open': { vi: 'Mở kỳ báo cáo', en: 'Open a reporting round' },
  'round.openSubmit': { vi: 'Mở kỳ', en: 'Open' },
  'round.openedDone': { vi: 'Đã mở kỳ báo cáo “{title}”', en: 'Reporting round “{title}” opened' },
  'round.title': { vi: 'Kỳ báo cáo', en: 'Reporting round' },
  'round.titleLabel': { vi: 'Tiêu đề báo cáo', en: 'Report title' },
  'round.titleRequired': { vi: 'Vui lòng nhập tiêu đề báo cáo', en: 'Please enter the report title' },
  'round.change': { vi: 'Sửa kỳ báo cáo', en: 'Edit the round' },
  'round.changedDone': { vi: 'Đã lưu kỳ báo cáo', en: 'Round saved' },
  'round.cancel': { vi: 'Hủy kỳ báo cáo', en: 'Cancel the round' },
  'round.cancelConfirm': {
    vi: 'Hủy kỳ báo cáo này? Báo cáo của các đơn vị trong kỳ sẽ bị xóa. Chỉ hủy được khi chưa đơn vị nào nhập số liệu hay nộp báo cáo.',
    en: 'Cancel this round? The units’ reports in it will be deleted. A round can be cancelled only while no unit has entered figures or submitted a report.',
  },
  'round.cancelledDone': { vi: 'Đã hủy kỳ báo cáo', en: 'Round cancelled' },
  'round.titleHint': {
    vi: 'Để trống để dùng tên chuẩn: “{title}”',
    en: 'Leave empty for the standard title: “{title}”',
  },
  'round.opener': { vi: 'Đơn vị mở kỳ', en: 'Opened by' },
  'round.openerRequired': { vi: 'Vui lòng chọn đơn vị mở kỳ báo cáo', en: 'Please choose the unit opening the round' },
  'round.template': { vi: 'Loại báo cáo', en: 'Report type' },
  'round.templateKind.monthly': { vi: 'Báo cáo tháng', en: 'Monthly report' },
  'round.templateKind.quarterly': { vi: 'Báo cáo quý', en: 'Quarterly report' },
  'round.templateKind.six_month': { vi: 'Báo cáo 6 tháng', en: '6-month report' },
  'round.templateKind.nine_month': { vi: 'Báo cáo 9 tháng', en: '9-month report' },
  'round.templateKind.annual': { vi: 'Báo cáo năm', en: 'Annual report' },
  'round.periodOf.monthly': { vi: 'Tháng {index}', en: 'Month {index}' },
  'round.periodOf.quarterly': { vi: 'Quý {index}', en: 'Quarter {index}' },
  'round.periodOf.six_month': { vi: '6 tháng đầu năm', en: 'First 6 months' },
  'round.periodOf.nine_month': { vi: '9 tháng đầu năm', en: 'First 9 months' },
  'round.periodOf.annual': { vi: 'Cả năm', en: 'Whole year' },
  'round.month': { vi: 'Tháng', en: 'Month' },
  'round.quarter': { vi: 'Quý', en: 'Quarter' },
  'round.periodIndexInvalid': { vi: 'Nhập số từ 1 đến {max}', en: 'Enter a number from 1 to {max}' },
  'round.year': { vi: 'Năm', en: 'Year' },
  'round.yearInvalid': { vi: 'Năm từ 2000 đến 2100', en: 'A year from 2000 to 2100' },
  'round.period': { vi: 'Kỳ số liệu', en: 'Data period' },
  'round.deadline': { vi: 'Hạn nộp', en: 'Deadline' },
  'round.deadlineBeforeEnd': {
    vi: 'Hạn nộp phải sau ngày kết thúc kỳ số liệu',
    en: 'The deadline must be after the end of the period',
  },
  'round.reportingUnitTypes': { vi: 'Loại đơn vị phải báo cáo', en: 'Unit types that report' },
  'round.reportingUnitTypesHint': {
    vi: 'Mỗi đơn vị thuộc các loại này trong địa bàn sẽ có một báo cáo; đơn vị mở kỳ luôn có báo cáo tổng hợp.',
    en: 'Every unit of these types in the area gets a report; the opening unit always has a consolidated one.',
  },
  'round.reportingUnitTypesRequired': {
    vi: 'Vui lòng chọn ít nhất một loại đơn vị',
    en: 'Please choose at least one unit type',
  },
  'round.progressTitle': { vi: 'Tiến độ', en: 'Progress' },
  'round.progress': { vi: '{submitted}/{expected} báo cáo đã nộp', en: '{submitted}/{expected} reports submitted' },
  'round.progressIncludesOpener': { vi: 'gồm báo cáo của {opener}', en: 'including the report of {opener}' },
  'round.progressApproved': { vi: '{approved} đã duyệt', en: '{approved} approved' },
  'round.ownReport': { vi: 'Báo cáo của đơn vị', en: 'Your unit’s report' },
  'round.empty': { vi: 'Chưa có kỳ báo cáo nào', en: 'No reporting rounds yet' },
  'reminder.dueSoon': {
    vi: 'Kỳ báo cáo “{title}” sắp đến hạn nộp ({deadline}, còn {days} ngày)',
    en: 'The report for “{title}” is due soon ({deadline}, {days} days left)',
  },
  'reminder.overdue': {
    vi: 'Kỳ báo cáo “{title}” đã quá hạn nộp ({deadline})',
    en: 'The report for “{title}” is overdue ({deadline})',
  },
  'reminder.returned': {
    vi: 'Báo cáo đã bị trả lại; vui lòng sửa và nộp lại.',
    en: 'The report was returned; please correct and submit it again.',
  },
  'reminder.openReport': { vi: 'Mở báo cáo', en: 'Open the report' },
  'dashboard.openReport': { vi: 'Báo cáo của {unit}', en: 'Report of {unit}' },
  'dashboard.byChild': { vi: 'Số liệu theo đơn vị trực thuộc', en: 'Figures by child unit' },
  'dashboard.yearComparison': { vi: 'So với cùng kỳ năm trước', en: 'Against the same period last year' },
  'dashboard.completeness': { vi: 'Tình hình nộp báo cáo', en: 'Submissions' },
  'dashboard.noOwnReport': {
    vi: 'Đơn vị của bạn không có báo cáo tổng hợp trong kỳ này.',
    en: 'Your unit has no consolidated report in this round.',
  },
  'completeness.unit': { vi: 'Đơn vị', en: 'Unit' },
  'completeness.parent': { vi: 'Trực thuộc', en: 'Under' },
  'completeness.timeliness': { vi: 'Thời hạn', en: 'Timeliness' },
  'completeness.onTime': { vi: 'Đúng hạn', en: 'On time' },
  'completeness.submittedLate': { vi: 'Nộp muộn', en: 'Late' },
  'completeness.overdue': { vi: 'Quá hạn', en: 'Overdue' },
  'completeness.empty': { vi: 'Không có báo cáo nào', en: 'No reports' },
  'chart.indicator': { vi: 'Chỉ tiêu', en: 'Indicator' },
  'chart.byChild': { vi: 'Biểu đồ {indicator} theo đơn vị trực thuộc', en: 'Chart of {indicator} by child unit' },
  'chart.yearComparison': {
    vi: 'Biểu đồ so sánh năm {year} với năm {lastYear}',
    en: 'Chart comparing {year} with {lastYear}',
  },
  'chart.noChildren': {
    vi: 'Không có đơn vị trực thuộc báo cáo trong kỳ này',
    en: 'No child unit reports in this round',
  },
  'chart.noData': { vi: 'Chưa có số liệu', en: 'No figures yet' },
  'dashboard.trend': { vi: 'Diễn biến qua các năm', en: 'Trend over the years' },
  'dashboard.trendIndicator': { vi: 'Chỉ tiêu xem diễn biến', en: 'Indicator of the trend' },
  'dashboard.trendMissing': {
    vi: 'Năm không có số liệu được duyệt để trống, không tính là 0.',
    en: 'Years without approved figures are left as gaps, never counted as 0.',
  },
  'dashboard.trendEmpty': {
    vi: 'Chưa có số liệu được duyệt của các kỳ cùng loại.',
    en: 'No approved figures of rounds of this kind yet.',
  },
  'round.outline': { vi: 'Đề cương báo cáo', en: 'Report outline' },
  'round.outlineHint': {
    vi: 'Báo cáo kết hợp có phần kết quả riêng cho dân chủ ở cơ sở và Chương trình phối hợp với Mặt trận.',
    en: 'A combined review has its own results for grassroots democracy and the coordination program with the Front.',
  },
  'round.keyIndicators': { vi: 'Chỉ tiêu chủ yếu', en: 'Key indicators' },
  'round.keyIndicatorsHint': {
    vi: 'Hiện trong bảng ở thân báo cáo Word; các chỉ tiêu khác ở Phụ lục.',
    en: 'Shown in the table in the body of the Word report; the others go to the annex.',
  },
  'round.keyIndicatorsDefault': {
    vi: 'Để trống: dùng {count} chỉ tiêu chủ yếu của bộ chỉ tiêu',
    en: 'Empty: the {count} key indicators of the catalogue',
  },
});

declare module '../../lib/messages' {
  interface MessageTables {
    roundMessages: typeof roundMessages;
  }
}
