import type {
  AgendaInput,
  AttendanceInput,
  AuditEntry,
  BridgePointInput,
  ConclusionTasksInput,
  ConferenceDetail,
  ConferenceInput,
  ConferenceKind,
  ConferenceStatus,
  ConferenceSummary,
  InviteeInput,
  IssueInput,
  MinutesInput,
  RoundSummary,
} from '@danvan/shared';
import type { QueryClient } from '@tanstack/react-query';
import { api, upload } from '../../lib/api';

export type ConferenceSort = '-heldOn' | 'heldOn' | 'title';

export interface ConferenceFilters {
  q: string;
  kind?: string;
  year?: number;
  unitId?: number;
  status?: ConferenceStatus;
  sort: ConferenceSort;
}

export const conferenceKeys = {
  all: ['conferences'] as const,
  kinds: ['conferences', 'kinds'] as const,
  rounds: ['conferences', 'rounds'] as const,
  list: (filters: ConferenceFilters, limit: number, offset: number) =>
    ['conferences', 'list', filters, limit, offset] as const,
  detail: (id: number) => ['conferences', 'detail', id] as const,
  history: (id: number) => ['conferences', 'history', id] as const,
};

function filterQuery(filters: ConferenceFilters): Record<string, string | number | undefined> {
  return {
    q: filters.q.trim() || undefined,
    kind: filters.kind,
    year: filters.year,
    unitId: filters.unitId,
    status: filters.status,
    sort: filters.sort,
  };
}

export const fetchKinds = () => api<ConferenceKind[]>('/api/conferences/kinds');
/** The reporting rounds the account sees; the form offers those of its unit. */
export const fetchRounds = () => api<RoundSummary[]>('/api/rounds');
export const fetchConferences = (filters: ConferenceFilters, limit: number, offset: number) =>
  api<{ total: number; items: ConferenceSummary[] }>('/api/conferences', {
    query: { ...filterQuery(filters), limit, offset },
  });

export function exportPath(filters: ConferenceFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filterQuery(filters))) {
    if (value !== undefined) params.set(key, String(value));
  }
  return `/api/conferences/export.xlsx?${params.toString()}`;
}

export const fetchConference = (id: number) => api<ConferenceDetail>(`/api/conferences/${id}`);
export const fetchConferenceHistory = (id: number) => api<AuditEntry[]>(`/api/conferences/${id}/history`);
export const createConference = (input: ConferenceInput) =>
  api<ConferenceDetail>('/api/conferences', { method: 'POST', body: input });

const write = (id: number, path: string, method: 'PUT' | 'POST', body?: unknown) =>
  api<ConferenceDetail>(`/api/conferences/${id}${path}`, { method, body });

export const updateConference = (id: number, input: ConferenceInput) => write(id, '', 'PUT', input);
export const setBridgePoints = (id: number, unitIds: number[]) => write(id, '/bridge-points', 'PUT', { unitIds });
export const fillBridgePoint = (id: number, pointId: number, input: BridgePointInput) =>
  write(id, `/bridge-points/${pointId}`, 'PUT', input);
export const setInvitees = (id: number, invitees: InviteeInput[]) => write(id, '/invitees', 'PUT', { invitees });
export const setAttendance = (id: number, input: AttendanceInput) => write(id, '/attendance', 'PUT', input);
export const setAgenda = (id: number, input: AgendaInput) => write(id, '/agenda', 'PUT', input);
export const holdConference = (id: number) => write(id, '/hold', 'POST');
export const writeMinutes = (id: number, input: MinutesInput) => write(id, '/minutes', 'PUT', input);
export const approveMinutes = (id: number) => write(id, '/minutes/approve', 'POST');
export const setConclusions = (id: number, lines: string[]) => write(id, '/conclusions', 'PUT', { lines });
export const conclusionToTasks = (id: number, conclusionId: number, input: ConclusionTasksInput) =>
  write(id, `/conclusions/${conclusionId}/tasks`, 'POST', input);
export const issueDocument = (id: number, which: 'invitation' | 'notice', input: IssueInput) =>
  write(id, `/${which}`, 'POST', input);

export const uploadConferenceFile = (
  id: number,
  meta: { kind: 'speech' | 'attachment'; title: string; speaker: string; speakerUnit: string },
  file: File,
  onProgress: (percent: number) => void,
) => {
  const query = new URLSearchParams(meta).toString();
  return upload<ConferenceDetail>(`/api/conferences/${id}/files?${query}`, file, onProgress);
};

export const filePath = (id: number, fileId: number) => `/api/conferences/${id}/files/${fileId}`;

/** After a change: the page shows the answer at once; lists, history and the inbox refetch. */
export async function refreshConference(queryClient: QueryClient, conference: ConferenceDetail): Promise<void> {
  queryClient.setQueryData(conferenceKeys.detail(conference.id), conference);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['conferences', 'list'] }),
    queryClient.invalidateQueries({ queryKey: conferenceKeys.history(conference.id) }),
    queryClient.invalidateQueries({ queryKey: ['inbox'] }),
    queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  ]);
}
