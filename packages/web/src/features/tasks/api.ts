import type {
  AuditEntry,
  TaskBucket,
  TaskCreateInput,
  TaskDetail,
  TaskEditInput,
  TaskExtensionInput,
  TaskFromReportInput,
  TaskFromReportPreview,
  TaskProgressInput,
  TaskProposeInput,
  TaskSourceKind,
  TaskSummary,
} from '@danvan/shared';
import type { QueryClient } from '@tanstack/react-query';
import { api, upload } from '../../lib/api';

export type TaskSort = 'due' | '-due' | 'title' | 'unit' | '-assigned';

export interface TaskFilters {
  q: string;
  unitId?: number;
  bucket?: TaskBucket;
  role?: 'assigned' | 'owned';
  dueFrom?: string;
  dueTo?: string;
  /** A past period's tasks: due within it, or before its end and still not done. */
  periodFrom?: string;
  periodTo?: string;
  sourceKind?: TaskSourceKind;
  sourceRefId?: number;
  state?: 'active' | 'cancelled';
  flat?: boolean;
  sort: TaskSort;
}

export interface TaskPage {
  total: number;
  items: TaskSummary[];
}

export const taskKeys = {
  all: ['tasks'] as const,
  list: (filters: TaskFilters, limit: number, offset: number) => ['tasks', 'list', filters, limit, offset] as const,
  detail: (id: number) => ['tasks', 'detail', id] as const,
  history: (id: number) => ['tasks', 'history', id] as const,
  fromReport: (reportId: number) => ['tasks', 'from-report', reportId] as const,
};

/** The filters as the API's query string (also what export.xlsx takes); no paging. */
function filterQuery(filters: TaskFilters): Record<string, string | number | undefined> {
  return {
    q: filters.q.trim() || undefined,
    unitId: filters.unitId,
    bucket: filters.bucket,
    role: filters.role,
    dueFrom: filters.dueFrom,
    dueTo: filters.dueTo,
    periodFrom: filters.periodFrom,
    periodTo: filters.periodTo,
    sourceKind: filters.sourceKind,
    sourceRefId: filters.sourceRefId,
    state: filters.state,
    flat: filters.flat ? 'true' : undefined,
    sort: filters.sort,
  };
}

export function fetchTasks(filters: TaskFilters, limit: number, offset: number): Promise<TaskPage> {
  return api<TaskPage>('/api/tasks', { query: { ...filterQuery(filters), limit, offset } });
}

export function exportPath(filters: TaskFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filterQuery(filters))) {
    if (value !== undefined) params.set(key, String(value));
  }
  return `/api/tasks/export.xlsx?${params.toString()}`;
}

export const fetchTask = (id: number) => api<TaskDetail>(`/api/tasks/${id}`);
export const fetchTaskHistory = (id: number) => api<AuditEntry[]>(`/api/tasks/${id}/history`);
export const createTask = (input: TaskCreateInput) => api<TaskDetail>('/api/tasks', { method: 'POST', body: input });

const act = <T>(id: number, path: string, body: T) =>
  api<TaskDetail>(`/api/tasks/${id}/${path}`, { method: 'POST', body });

export const reportProgress = (id: number, input: TaskProgressInput) => act(id, 'progress', input);
export const proposeCompletion = (id: number, input: TaskProposeInput) => act(id, 'propose', input);
export const acceptCompletion = (id: number, comment: string) => act(id, 'accept', { comment });
export const sendBack = (id: number, comment: string) => act(id, 'send-back', { comment });
export const requestExtension = (id: number, input: TaskExtensionInput) => act(id, 'extensions', input);
export const decideExtension = (id: number, extensionId: number, approve: boolean, comment: string) =>
  act(id, `extensions/${extensionId}/${approve ? 'approve' : 'refuse'}`, { comment });

export const editTask = (id: number, input: Partial<TaskEditInput>) =>
  api<TaskDetail>(`/api/tasks/${id}`, { method: 'PATCH', body: input });
export const cancelTask = (id: number, reason: string) => act(id, 'cancel', { reason });

export const fetchFromReport = (reportId: number) => api<TaskFromReportPreview>(`/api/tasks/from-report/${reportId}`);
export const createFromReport = (input: TaskFromReportInput) =>
  api<{ items: TaskSummary[] }>('/api/tasks/from-report', { method: 'POST', body: input });

export const uploadTaskEvidence = (id: number, file: File, onProgress: (percent: number) => void) =>
  upload<TaskDetail>(`/api/tasks/${id}/attachments`, file, onProgress);

export const attachmentPath = (id: number, attachmentId: number) => `/api/tasks/${id}/attachments/${attachmentId}`;

/** After a change: the task's page shows the answer at once, lists, history and the inbox refetch. */
export async function refreshTask(queryClient: QueryClient, task: TaskDetail): Promise<void> {
  queryClient.setQueryData(taskKeys.detail(task.id), task);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['tasks', 'list'] }),
    queryClient.invalidateQueries({ queryKey: taskKeys.history(task.id) }),
    queryClient.invalidateQueries({ queryKey: ['inbox'] }),
  ]);
}
