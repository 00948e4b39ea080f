/**
 * What other features use of tasks: the report page's conversion of its directions and its last period's tasks,
 * and the strings they show.
 */
export { ReportTasksCard } from './ReportTasksCard';
export { PeriodTasksPanel } from './PeriodTasksPanel';
export { taskMessages } from './messages';
