import { z } from 'zod';
import { roleSchema } from '../roles.js';
import { newPassword } from '../users/users.schemas.js';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
});

export const changePasswordBody = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword,
});

export const meSchema = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  unitId: z.number(),
  unitName: z.string(),
  /** The root of what this account may see: its unit, or the area its leading body governs. */
  scopeUnitId: z.number(),
  abilities: z.object({
    manageUnits: z.boolean(),
    manageUsers: z.boolean(),
    readAudit: z.boolean(),
    importUnits: z.boolean(),
    manageCatalogue: z.boolean(),
    launchMovements: z.boolean(),
    manageDemocracyChecklist: z.boolean(),
    recordDocuments: z.boolean(),
    registerModels: z.boolean(),
    recordMemberCounts: z.boolean(),
    assignTasks: z.boolean(),
    /** Record the conferences of the account's own unit. */
    recordConferences: z.boolean(),
    /** Award types and their rule versions (administrators). */
    manageAwardTypes: z.boolean(),
    /** Open commendation campaigns and edit the people register. */
    runCommendations: z.boolean(),
  }),
});
export type Me = z.infer<typeof meSchema>;
