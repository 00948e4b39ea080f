import { auditActionNames, auditEntityNames, isAuditAction, isAuditEntityType, type AuditEntry } from '@danvan/shared';
import type { Lang } from './messages';

/** An audited action in words; the server records only named actions, so the code shows only for rows older than the names. */
export function actionLabel(action: string, lang: Lang): string {
  return isAuditAction(action) ? auditActionNames[action][lang] : action;
}

export function entityTypeLabel(entityType: string, lang: Lang): string {
  return isAuditEntityType(entityType) ? auditEntityNames[entityType][lang] : entityType;
}

// The fields by which people know a record, most telling first.
const nameFields = ['name', 'title', 'username', 'symbol', 'code'] as const;

/** The name of the audited record as the change left it (or as it was, when it was removed), if the change carries one. */
export function entityName(entry: Pick<AuditEntry, 'before' | 'after'>): string | null {
  for (const state of [entry.after, entry.before]) {
    if (typeof state !== 'object' || state === null) continue;
    for (const field of nameFields) {
      const value = (state as Record<string, unknown>)[field];
      if (typeof value === 'string' && value.trim()) return value;
    }
  }
  return null;
}
