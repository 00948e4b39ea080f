// The democracy module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds grassroots democracy checklists and their yearly assessments.
// Owns tables: democracy_checklist_items, democracy_assessments, democracy_entries, democracy_attachments.

export { democracyIndicators } from './democracy.indicators.js';
export { democracyActions } from './democracy.policy.js';
export { democracyRoutes } from './democracy.routes.js';
export { getChecklist } from './democracy-checklist.service.js';
export { rateAssessment, returnAssessment, saveAssessment, submitAssessment } from './democracy.service.js';
export { democracyInbox } from './democracy-inbox.js';
