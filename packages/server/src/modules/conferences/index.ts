// The conferences module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds the review conferences a unit organises: bridge points, the invited and attending, agenda,
// speeches and attachments, minutes approved by the chair, conclusions turned into tasks, and their
// Party-format invitation, minutes and notice of conclusions.
// Owns tables: conference_kinds, conferences, conference_bridge_points, conference_invitees,
// conference_attendees, conference_agenda_items, conference_files, conference_conclusions.

export { conferenceActions } from './conferences.policy.js';
export { conferenceRoutes } from './conferences.routes.js';
export { conferenceIndicators } from './conferences.indicators.js';
export { conferenceInbox } from './conferences-inbox.js';
export { createConference, getConference, type RoundLookup } from './conferences.service.js';
export {
  approveMinutes,
  conclusionToTasks,
  fillBridgePoint,
  holdConference,
  linkConclusionTasks,
  setAgenda,
  setAttendance,
  setBridgePoints,
  setConclusions,
  setInvitees,
  writeMinutes,
} from './conference-workflow.service.js';
export { issueConferenceDocument } from './conference-export.service.js';
