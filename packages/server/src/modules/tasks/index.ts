// The tasks module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds the tasks given by a unit to the units below it and their follow-up (progress, evidence,
// completion accepted, extensions), counted in the four buckets of the follow-up reports.
// Owns tables: tasks, task_updates, task_attachments, task_extensions.

export { taskActions } from './tasks.policy.js';
export { taskRoutes } from './tasks.routes.js';
export { taskIndicators } from './tasks.indicators.js';
export { taskInbox } from './tasks-inbox.js';
export { createTask, getTask, giveTask, listTasks } from './tasks.service.js';
export { createTasksFromReport, type ReportLookup } from './task-from-report.service.js';
export { acceptCompletion, proposeCompletion, reportProgress, requestExtension } from './task-workflow.service.js';
export { cancelTask, editTask } from './task-edit.service.js';
export { previewTasksFromReport, nextPeriodEnd } from './task-from-report.service.js';
