import { defineMessages } from '../../lib/messages';

/** The UI strings of the home screen ("Việc cần làm") and its menu badges, Vietnamese and English side by side. */
export const inboxMessages = defineMessages({
  'inbox.nav': { vi: 'Việc cần làm', en: 'To do' },
  'inbox.title': { vi: 'Việc cần làm', en: 'To do' },
  'inbox.intro': {
    vi: 'Những việc đang chờ anh/chị, việc có hạn sớm nhất ở trên cùng.',
    en: 'What is waiting for you, the earliest deadline first.',
  },
  'inbox.empty': { vi: 'Hiện không có việc nào cần làm.', en: 'There is nothing for you to do right now.' },
  'inbox.badge': { vi: '{count} việc cần làm', en: '{count} to do' },
  'inbox.group.reportsToWrite': { vi: 'Báo cáo cần lập', en: 'Reports to write' },
  'inbox.group.reportsReturned': { vi: 'Báo cáo bị trả lại', en: 'Reports returned' },
  'inbox.group.reportsToApprove': { vi: 'Báo cáo chờ duyệt', en: 'Reports waiting for approval' },
  'inbox.group.assessmentsToRate': { vi: 'Bảng dân chủ cơ sở cần xếp loại', en: 'Democracy checklists to rate' },
  'inbox.group.modelsToEvaluate': { vi: 'Mô hình cần đánh giá', en: 'Models to evaluate' },
  'inbox.more': {
    vi: 'và {count} việc nữa — xem đầy đủ',
    en: 'and {count} more — see them all',
  },
  'inbox.deadline': { vi: 'Hạn {date}', en: 'Due {date}' },
  'inbox.overdue': { vi: 'Quá hạn {days} ngày', en: '{days} days overdue' },
  'inbox.since': { vi: 'Từ {date}', en: 'Since {date}' },
  'inbox.assessmentTitle': { vi: 'Dân chủ ở cơ sở năm {year}', en: 'Grassroots democracy {year}' },
  'inbox.comment': { vi: 'Ý kiến cấp trên: {comment}', en: 'Comment from above: {comment}' },
  'inbox.loadFailed': { vi: 'Không tải được việc cần làm', en: 'Could not load your work' },
});

declare module '../../lib/messages' {
  interface MessageTables {
    inboxMessages: typeof inboxMessages;
  }
}
