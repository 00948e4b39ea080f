import { defineMessages } from '../../lib/messages';

/** The UI strings of the indicator catalogue, Vietnamese and English side by side. */
export const catalogueMessages = defineMessages({
  'catalogue.title': { vi: 'Bộ chỉ tiêu báo cáo', en: 'Report indicator catalogue' },
  'catalogue.year': { vi: 'Năm', en: 'Year' },
  'catalogue.search': { vi: 'Tìm theo mã, tên chỉ tiêu', en: 'Search by code or name' },
  'catalogue.section': { vi: 'Nhóm', en: 'Section' },
  'catalogue.aggregation': { vi: 'Cách tổng hợp', en: 'Aggregation' },
  'catalogue.source': { vi: 'Nguồn số liệu', en: 'Source' },
  'catalogue.sourceComputed': { vi: 'Tự động từ dữ liệu', en: 'Computed from records' },
  'catalogue.sourceEntered': { vi: 'Nhập tay', en: 'Entered by hand' },
  'catalogue.code': { vi: 'Mã', en: 'Code' },
  'catalogue.nameVi': { vi: 'Tên chỉ tiêu (tiếng Việt)', en: 'Name (Vietnamese)' },
  'catalogue.nameEn': { vi: 'Tên chỉ tiêu (tiếng Anh)', en: 'Name (English)' },
  'catalogue.unitVi': { vi: 'Đơn vị tính', en: 'Unit of measure' },
  'catalogue.weightCode': { vi: 'Chỉ tiêu trọng số', en: 'Weight indicator' },
  'catalogue.numeratorCode': { vi: 'Chỉ tiêu tử số', en: 'Numerator indicator' },
  'catalogue.denominatorCode': { vi: 'Chỉ tiêu mẫu số', en: 'Denominator indicator' },
  'catalogue.computedKey': { vi: 'Tính tự động từ', en: 'Computed from' },
  'catalogue.computedNone': { vi: 'Không — đơn vị nhập tay', en: 'None — units enter it' },
  'catalogue.add': { vi: 'Thêm chỉ tiêu', en: 'Add indicator' },
  'catalogue.edit': { vi: 'Sửa chỉ tiêu', en: 'Edit indicator' },
  'catalogue.addTitle': { vi: 'Thêm chỉ tiêu năm {year}', en: 'Add an indicator to {year}' },
  'catalogue.editTitle': { vi: 'Sửa chỉ tiêu {code} năm {year}', en: 'Edit indicator {code} of {year}' },
  'catalogue.saved': { vi: 'Đã lưu chỉ tiêu', en: 'Indicator saved' },
  'catalogue.copy': { vi: 'Tạo bộ chỉ tiêu năm {year}', en: 'Create the {year} catalogue' },
  'catalogue.copyConfirm': {
    vi: 'Sao chép {count} chỉ tiêu năm {from} thành bộ chỉ tiêu năm {year}?',
    en: 'Copy the {count} indicators of {from} into a {year} catalogue?',
  },
  'catalogue.copied': {
    vi: 'Đã tạo bộ chỉ tiêu năm {year} ({count} chỉ tiêu)',
    en: 'The {year} catalogue was created ({count} indicators)',
  },
  'catalogue.count': { vi: '{count} chỉ tiêu', en: '{count} indicators' },
  'catalogue.snapshotNote': {
    vi: 'Các kỳ báo cáo đã mở giữ nguyên bộ chỉ tiêu lúc mở; sửa ở đây chỉ áp dụng cho các kỳ mở sau.',
    en: 'Rounds already opened keep the catalogue they opened with; changes here apply to rounds opened later.',
  },
  'catalogue.required': { vi: 'Vui lòng nhập {field}', en: 'Please enter {field}' },
  'catalogue.codeRule': {
    vi: 'Mã gồm 2–40 chữ in hoa không dấu, chữ số hoặc dấu gạch dưới',
    en: '2–40 capital letters without accents, digits or underscores',
  },
  'aggregation.sum': { vi: 'Cộng dồn', en: 'Sum' },
  'aggregation.max': { vi: 'Lớn nhất', en: 'Maximum' },
  'aggregation.latest': { vi: 'Số cuối kỳ', en: 'Latest value' },
  'aggregation.weighted_avg': { vi: 'Bình quân gia quyền', en: 'Weighted average' },
  'aggregation.ratio': { vi: 'Tỷ lệ %', en: 'Rate %' },
  'aggregation.coverage': { vi: 'Tỷ lệ đơn vị (x/y)', en: 'Coverage (x/y)' },
  'catalogue.writing': { vi: 'Cách viết trong báo cáo', en: 'Wording in the report' },
  'catalogue.basis': { vi: 'Số liệu của ai', en: 'Whose figure' },
  'catalogue.basisHint': {
    vi: '"Của cơ quan báo cáo": công việc của chính ban, khối (văn bản ban hành hoặc tham mưu, cuộc kiểm tra chủ trì); báo cáo nêu số của cơ quan bên cạnh số toàn địa bàn. "Toàn địa bàn": những gì diễn ra trên cả địa bàn (hội viên, mô hình, đơn vị tham gia).',
    en: '"The reporting body’s own work": what the board or bloc itself did (documents issued or advised on, inspections led); the report shows it beside the area’s total. "The whole area": what happened across the area (members, models, units taking part).',
  },
  'catalogue.phraseVi': { vi: 'Cụm từ trong phần nhận định', en: 'Phrase in the assessment (Vietnamese)' },
  'catalogue.phraseHint': {
    vi: 'Viết {n} ở chỗ số liệu; có thể dùng {units} cho các đơn vị báo cáo ở cấp dưới. Ví dụ: "tổ chức {n} cuộc đối thoại với Nhân dân", "{n} {units} tham gia phong trào". Để trống: không nêu riêng trong phần nhận định.',
    en: 'Write {n} where the figure goes; {units} stands for the units reporting below. For example: "tổ chức {n} cuộc đối thoại với Nhân dân", "{n} {units} tham gia phong trào". Empty: not stated on its own in the assessment.',
  },
  'catalogue.phraseNeedsN': {
    vi: 'Cụm từ phải có {n} ở chỗ số liệu',
    en: 'The phrase needs {n} where the figure goes',
  },
  'catalogue.partOf': { vi: 'Là chi tiết của chỉ tiêu', en: 'Breakdown of indicator' },
  'catalogue.partOfNone': { vi: 'Không — chỉ tiêu độc lập', en: 'None — a standalone indicator' },
  'catalogue.partKind': { vi: 'Cách chi tiết', en: 'Kind of breakdown' },
  'catalogue.partKind.part': {
    vi: 'Một phần (theo loại, cộng lại bằng chỉ tiêu trên)',
    en: 'A part (by type, adds up to the indicator)',
  },
  'catalogue.partKind.topic': {
    vi: 'Một chủ đề (có thể trùng nhau, không cộng lại)',
    en: 'A topic (may overlap, does not add up)',
  },
  'catalogue.isKey': { vi: 'Chỉ tiêu chủ yếu', en: 'Key indicator' },
  'catalogue.isKeyHint': {
    vi: 'Nêu trong thân báo cáo Word; các chỉ tiêu khác ở phụ lục.',
    en: 'Shown in the body of the Word document; the others go to the annex.',
  },
  'catalogue.checks': { vi: 'Kiểm tra số liệu', en: 'Checks of the figures' },
  'catalogue.checksHint': {
    vi: 'Số liệu vi phạm các giới hạn dưới đây không nộp được; thay đổi lớn so với cùng kỳ chỉ được cảnh báo.',
    en: 'A figure outside these limits cannot be submitted; a large change against last year only warns.',
  },
  'catalogue.minValue': { vi: 'Giá trị nhỏ nhất', en: 'Minimum' },
  'catalogue.maxValue': { vi: 'Giá trị lớn nhất', en: 'Maximum' },
  'catalogue.maxBelowMin': {
    vi: 'Giá trị lớn nhất không được nhỏ hơn giá trị nhỏ nhất',
    en: 'The maximum cannot be below the minimum',
  },
  'catalogue.noLimit': { vi: 'Không giới hạn', en: 'No limit' },
  'catalogue.whole': { vi: 'Chỉ nhận số nguyên', en: 'Whole numbers only' },
  'catalogue.atMostCode': { vi: 'Không lớn hơn chỉ tiêu', en: 'At most the indicator' },
  'catalogue.atMostHint': {
    vi: 'Ví dụ: số đơn thư đã giải quyết không lớn hơn số đơn thư đã nhận.',
    en: 'For example: petitions resolved cannot exceed petitions received.',
  },
  'catalogue.warnChangePercent': { vi: 'Cảnh báo khi thay đổi quá (%)', en: 'Warn on a change above (%)' },
  'catalogue.warnChangeMin': { vi: 'và thay đổi quá (số)', en: 'and above (count)' },
  'catalogue.warnChangeHint': {
    vi: 'Cảnh báo khi số của đơn vị thay đổi so với cùng kỳ năm trước vượt cả hai ngưỡng. Để trống: không cảnh báo.',
    en: 'Warns when a unit’s figure changes against last year beyond both thresholds. Empty: never warns.',
  },
  'catalogue.basisTag.body': { vi: 'Của cơ quan', en: 'Body’s own' },
  'catalogue.keyTag': { vi: 'Chủ yếu', en: 'Key' },
});

declare module '../../lib/messages' {
  interface MessageTables {
    catalogueMessages: typeof catalogueMessages;
  }
}
