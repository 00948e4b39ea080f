import { z } from 'zod';
import { idSchema, wholeNumber } from '../ids.js';

export const auditListQuery = z.object({
  action: z.string().max(80).optional(),
  entityType: z.string().max(40).optional(),
  /** One record's history, with entityType. */
  entityId: z.string().max(80).optional(),
  actor: z.string().max(64).optional(),
  unitId: idSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: wholeNumber(1, 500).default(50),
  offset: wholeNumber(0, 1_000_000_000).default(0),
});
export type AuditListQuery = z.infer<typeof auditListQuery>;

export const auditEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  /** The full name of who acted (null: the system). */
  actorName: z.string().nullable(),
  unitId: z.number().nullable(),
  unitName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  /** The record's name where its changes carry none ("Báo cáo … 9 tháng đầu năm 2026 – Phường 1"). */
  recordName: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  total: z.number(),
  items: z.array(auditEntrySchema),
});
