/** What other features use of tasks: the report page's conversion of its directions and its last period's tasks. */
export { ReportTasksCard } from './ReportTasksCard';
export { PeriodTasksPanel } from './PeriodTasksPanel';
