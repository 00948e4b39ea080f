import { defineMessages } from '../../lib/messages';

/** The UI strings of the audit log, Vietnamese and English side by side. */
export const auditMessages = defineMessages({
  'audit.time': { vi: 'Thời gian', en: 'Time' },
  'audit.actor': { vi: 'Người thực hiện', en: 'Actor' },
  'audit.unit': { vi: 'Đơn vị', en: 'Unit' },
  'audit.action': { vi: 'Hành động', en: 'Action' },
  'audit.entity': { vi: 'Đối tượng', en: 'Entity' },
  'audit.entityType': { vi: 'Loại đối tượng', en: 'Entity type' },
  'audit.dateRange': { vi: 'Khoảng thời gian', en: 'Date range' },
  'audit.from': { vi: 'Từ ngày', en: 'From' },
  'audit.to': { vi: 'Đến ngày', en: 'To' },
  'audit.search': { vi: 'Lọc', en: 'Filter' },
  'audit.reset': { vi: 'Đặt lại', en: 'Reset' },
  'audit.before': { vi: 'Trước khi thay đổi', en: 'Before' },
  'audit.after': { vi: 'Sau khi thay đổi', en: 'After' },
  'audit.changes': { vi: 'Chi tiết thay đổi', en: 'Details of the change' },
  'audit.system': { vi: 'Hệ thống', en: 'System' },
  'audit.empty': { vi: 'Không có hoạt động nào', en: 'No activity' },
  'audit.total': { vi: 'Tổng {count} bản ghi', en: '{count} entries' },
});

declare module '../../lib/messages' {
  interface MessageTables {
    auditMessages: typeof auditMessages;
  }
}
