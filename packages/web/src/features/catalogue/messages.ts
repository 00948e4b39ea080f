/** The UI strings of an indicator's wording and checks in the catalogue editor, merged into the app's dictionaries (lib/i18n.ts). */
export const catalogueMessagesVi = {
  'catalogue.writing': 'Cách viết trong báo cáo',
  'catalogue.basis': 'Số liệu của ai',
  'catalogue.basisHint':
    '"Của cơ quan báo cáo": công việc của chính ban, khối (văn bản ban hành hoặc tham mưu, cuộc kiểm tra chủ trì); báo cáo nêu số của cơ quan bên cạnh số toàn địa bàn. "Toàn địa bàn": những gì diễn ra trên cả địa bàn (hội viên, mô hình, đơn vị tham gia).',
  'catalogue.phraseVi': 'Cụm từ trong phần nhận định',
  'catalogue.phraseHint':
    'Viết {n} ở chỗ số liệu; có thể dùng {units} cho các đơn vị báo cáo ở cấp dưới. Ví dụ: "tổ chức {n} cuộc đối thoại với Nhân dân", "{n} {units} tham gia phong trào". Để trống: không nêu riêng trong phần nhận định.',
  'catalogue.phraseNeedsN': 'Cụm từ phải có {n} ở chỗ số liệu',
  'catalogue.partOf': 'Là chi tiết của chỉ tiêu',
  'catalogue.partOfNone': 'Không — chỉ tiêu độc lập',
  'catalogue.partKind': 'Cách chi tiết',
  'catalogue.partKind.part': 'Một phần (theo loại, cộng lại bằng chỉ tiêu trên)',
  'catalogue.partKind.topic': 'Một chủ đề (có thể trùng nhau, không cộng lại)',
  'catalogue.isKey': 'Chỉ tiêu chủ yếu',
  'catalogue.isKeyHint': 'Nêu trong thân báo cáo Word; các chỉ tiêu khác ở phụ lục.',
  'catalogue.checks': 'Kiểm tra số liệu',
  'catalogue.checksHint':
    'Số liệu vi phạm các giới hạn dưới đây không nộp được; thay đổi lớn so với cùng kỳ chỉ được cảnh báo.',
  'catalogue.minValue': 'Giá trị nhỏ nhất',
  'catalogue.maxValue': 'Giá trị lớn nhất',
  'catalogue.maxBelowMin': 'Giá trị lớn nhất không được nhỏ hơn giá trị nhỏ nhất',
  'catalogue.noLimit': 'Không giới hạn',
  'catalogue.whole': 'Chỉ nhận số nguyên',
  'catalogue.atMostCode': 'Không lớn hơn chỉ tiêu',
  'catalogue.atMostHint': 'Ví dụ: số đơn thư đã giải quyết không lớn hơn số đơn thư đã nhận.',
  'catalogue.warnChangePercent': 'Cảnh báo khi thay đổi quá (%)',
  'catalogue.warnChangeMin': 'và thay đổi quá (số)',
  'catalogue.warnChangeHint':
    'Cảnh báo khi số của đơn vị thay đổi so với cùng kỳ năm trước vượt cả hai ngưỡng. Để trống: không cảnh báo.',
  'catalogue.basisTag.body': 'Của cơ quan',
  'catalogue.keyTag': 'Chủ yếu',
};

export const catalogueMessagesEn: Record<keyof typeof catalogueMessagesVi, string> = {
  'catalogue.writing': 'Wording in the report',
  'catalogue.basis': 'Whose figure',
  'catalogue.basisHint':
    '"The reporting body’s own work": what the board or bloc itself did (documents issued or advised on, inspections led); the report shows it beside the area’s total. "The whole area": what happened across the area (members, models, units taking part).',
  'catalogue.phraseVi': 'Phrase in the assessment (Vietnamese)',
  'catalogue.phraseHint':
    'Write {n} where the figure goes; {units} stands for the units reporting below. For example: "tổ chức {n} cuộc đối thoại với Nhân dân", "{n} {units} tham gia phong trào". Empty: not stated on its own in the assessment.',
  'catalogue.phraseNeedsN': 'The phrase needs {n} where the figure goes',
  'catalogue.partOf': 'Breakdown of indicator',
  'catalogue.partOfNone': 'None — a standalone indicator',
  'catalogue.partKind': 'Kind of breakdown',
  'catalogue.partKind.part': 'A part (by type, adds up to the indicator)',
  'catalogue.partKind.topic': 'A topic (may overlap, does not add up)',
  'catalogue.isKey': 'Key indicator',
  'catalogue.isKeyHint': 'Shown in the body of the Word document; the others go to the annex.',
  'catalogue.checks': 'Checks of the figures',
  'catalogue.checksHint':
    'A figure outside these limits cannot be submitted; a large change against last year only warns.',
  'catalogue.minValue': 'Minimum',
  'catalogue.maxValue': 'Maximum',
  'catalogue.maxBelowMin': 'The maximum cannot be below the minimum',
  'catalogue.noLimit': 'No limit',
  'catalogue.whole': 'Whole numbers only',
  'catalogue.atMostCode': 'At most the indicator',
  'catalogue.atMostHint': 'For example: petitions resolved cannot exceed petitions received.',
  'catalogue.warnChangePercent': 'Warn on a change above (%)',
  'catalogue.warnChangeMin': 'and above (count)',
  'catalogue.warnChangeHint':
    'Warns when a unit’s figure changes against last year beyond both thresholds. Empty: never warns.',
  'catalogue.basisTag.body': 'Body’s own',
  'catalogue.keyTag': 'Key',
};
