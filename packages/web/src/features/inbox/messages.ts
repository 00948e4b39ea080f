import { defineMessages } from '../../lib/messages';

/**
 * The UI strings of the home screen ("Việc cần làm"), every feature's groups on it included (the menu's entry and
 * badge are common: lib/messages.ts), Vietnamese and English side by side.
 */
export const inboxMessages = defineMessages({
  'inbox.title': { vi: 'Việc cần làm', en: 'To do' },
  'inbox.intro': {
    vi: 'Những việc đang chờ anh/chị, việc có hạn sớm nhất ở trên cùng.',
    en: 'What is waiting for you, the earliest deadline first.',
  },
  'inbox.empty': { vi: 'Hiện không có việc nào cần làm.', en: 'There is nothing for you to do right now.' },
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
  'inbox.group.nominationsToApprove': { vi: 'Hồ sơ khen thưởng chờ duyệt', en: 'Nominations to approve' },
  'inbox.group.nominationsDue': {
    vi: 'Đợt xét khen thưởng sắp hết hạn, đơn vị chưa đề nghị',
    en: 'Campaigns due without a nomination',
  },
  'inbox.group.bridgePointsToFill': { vi: 'Điểm cầu hội nghị cần cập nhật', en: 'Bridge points to fill in' },
  'inbox.group.minutesToApprove': { vi: 'Biên bản hội nghị chờ duyệt', en: 'Conference minutes to approve' },
  'inbox.group.tasksOverdue': { vi: 'Nhiệm vụ quá hạn', en: 'Overdue tasks' },
  'inbox.group.tasksDueSoon': { vi: 'Nhiệm vụ đến hạn trong 7 ngày', en: 'Tasks due within 7 days' },
  'inbox.group.tasksToAccept': { vi: 'Nhiệm vụ đề nghị công nhận hoàn thành', en: 'Tasks proposed as done' },
  'inbox.group.taskExtensionsToDecide': { vi: 'Đề nghị gia hạn nhiệm vụ', en: 'Task extensions to decide' },
  'inbox.group.tasksGivenOverdue': {
    vi: 'Nhiệm vụ đã giao bị quá hạn, cần đôn đốc',
    en: 'Tasks given that are overdue',
  },
});

declare module '../../lib/messages' {
  interface MessageTables {
    inboxMessages: typeof inboxMessages;
  }
}
