import type { Me } from '@danvan/shared';
import { api, ApiError } from '../../lib/api';

interface MeResponse {
  user: Me;
}

/** The signed-in account, or null when there is no valid session. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return (await api<MeResponse>('/api/auth/me')).user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function login(input: { username: string; password: string }): Promise<Me> {
  return (await api<MeResponse>('/api/auth/login', { method: 'POST', body: input })).user;
}

export function logout(): Promise<void> {
  return api<undefined>('/api/auth/logout', { method: 'POST' });
}

export function changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
  return api<undefined>('/api/auth/change-password', { method: 'POST', body: input });
}
