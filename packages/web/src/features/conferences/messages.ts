import { defineMessages } from '../../lib/messages';

/** The UI strings of conferences (hội nghị) and their inbox groups, Vietnamese and English side by side. */
export const conferenceMessages = defineMessages({
  'inbox.group.bridgePointsToFill': {
    vi: 'Điểm cầu hội nghị cần cập nhật',
    en: 'Bridge points to fill in',
  },
  'inbox.group.minutesToApprove': { vi: 'Biên bản hội nghị chờ duyệt', en: 'Conference minutes to approve' },
});

declare module '../../lib/messages' {
  interface MessageTables {
    conferenceMessages: typeof conferenceMessages;
  }
}
