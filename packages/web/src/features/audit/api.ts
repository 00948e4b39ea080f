import type { AuditEntry } from '@danvan/shared';
import { api } from '../../lib/api';

export interface AuditFilters {
  action?: string;
  entityType?: string;
  /** One record's history, with entityType. */
  entityId?: string;
  actor?: string;
  unitId?: number;
  from?: string;
  to?: string;
}

export interface AuditPage {
  total: number;
  items: AuditEntry[];
}

export const auditKeys = {
  page: (filters: AuditFilters, limit: number, offset: number) => ['audit', filters, limit, offset] as const,
};

export function fetchAudit(filters: AuditFilters, limit: number, offset: number): Promise<AuditPage> {
  return api<AuditPage>('/api/audit', { query: { ...filters, limit, offset } });
}
