import { z } from 'zod';

/** admin: system; leader: lãnh đạo (approves, signs); specialist: chuyên viên (enters, submits); viewer. */
export const roles = ['admin', 'leader', 'specialist', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleNames: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  viewer: { vi: 'Xem', en: 'Viewer' },
};
