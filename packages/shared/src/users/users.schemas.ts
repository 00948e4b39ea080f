import { z } from 'zod';
import { idSchema } from '../ids.js';
import { viLine } from '../text/text.schemas.js';
import { roleSchema } from '../roles.js';

const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/);
const fullName = viLine(120);
/** The server also refuses passwords that are easy to guess (auth/password-strength.ts). */
export const newPassword = z.string().min(10).max(200);

export const userListQuery = z.object({
  q: z.string().max(200).optional(),
  unitId: idSchema.optional(),
  includeDisabled: z.enum(['true', 'false']).optional(),
});

export const userSchema = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: roleSchema,
  unitId: z.number(),
  unitName: z.string(),
  disabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  abilities: z.object({ update: z.boolean(), disable: z.boolean(), resetPassword: z.boolean() }),
});
export type User = z.infer<typeof userSchema>;

export const createUserBody = z.object({
  username,
  fullName,
  password: newPassword,
  role: roleSchema,
  unitId: idSchema,
});
export type CreateUserInput = z.infer<typeof createUserBody>;

export const updateUserBody = z
  .object({
    fullName: fullName.optional(),
    role: roleSchema.optional(),
    unitId: idSchema.optional(),
    disabled: z.boolean().optional(),
    password: newPassword.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, {
    message: 'empty',
    params: { vi: 'Chưa có thay đổi nào', en: 'Nothing to change' },
  });
export type UpdateUserInput = z.infer<typeof updateUserBody>;
