/** The UI strings of a unit's names on documents, merged into the app's dictionaries (lib/i18n.ts). */
export const unitMessagesVi = {
  'unit.documentNames': 'Tên trên văn bản',
  'unit.documentNamesTitle': 'Tên trên văn bản của {name}',
  'unit.documentNamesHint':
    'Tên đơn vị ký văn bản dưới cơ quan cấp trên (dòng thứ hai của tiêu đề văn bản) và chữ viết tắt trong ký hiệu văn bản. Để trống: hệ thống tự suy ra từ tên đơn vị.',
  'unit.shortName': 'Tên viết trên văn bản',
  'unit.shortNameExample': 'Ví dụ: Ban Dân vận',
  'unit.abbreviation': 'Chữ viết tắt trong ký hiệu',
  'unit.abbreviationExample': 'Ví dụ: BDVTU (trong 03-BC/BDVTU)',
  'unit.abbreviationInvalid': 'Chỉ gồm chữ in hoa, chữ số và dấu gạch ngang, tối đa 30 ký tự',
  'unit.derived': '{value} (tự động)',
  'unit.documentNamesDone': 'Đã lưu tên trên văn bản',
  'action.unit.documentNames': 'Đặt tên, chữ viết tắt trên văn bản',
};

export const unitMessagesEn: Record<keyof typeof unitMessagesVi, string> = {
  'unit.documentNames': 'Names on documents',
  'unit.documentNamesTitle': 'Names of {name} on documents',
  'unit.documentNamesHint':
    'The name the unit signs documents with under its superior body (second line of the header) and its abbreviation in document symbols. Empty: derived from the unit’s name.',
  'unit.shortName': 'Name on documents',
  'unit.shortNameExample': 'For example: Ban Dân vận',
  'unit.abbreviation': 'Abbreviation in symbols',
  'unit.abbreviationExample': 'For example: BDVTU (in 03-BC/BDVTU)',
  'unit.abbreviationInvalid': 'Capital letters, digits and hyphens only, at most 30',
  'unit.derived': '{value} (derived)',
  'unit.documentNamesDone': 'Names on documents saved',
  'action.unit.documentNames': 'Names on documents set',
};
