import type { CreateUserInput, UpdateUserInput, User } from '@danvan/shared';
import { api } from '../../lib/api';

export const userKeys = {
  all: ['users'] as const,
  list: (includeDisabled: boolean) => ['users', 'list', { includeDisabled }] as const,
};

export function fetchUsers(includeDisabled: boolean): Promise<User[]> {
  return api<User[]>('/api/users', { query: { includeDisabled: includeDisabled ? 'true' : undefined } });
}

export function createUser(input: CreateUserInput): Promise<User> {
  return api<User>('/api/users', { method: 'POST', body: input });
}

export function updateUser(id: number, input: UpdateUserInput): Promise<User> {
  return api<User>(`/api/users/${id}`, { method: 'PATCH', body: input });
}
