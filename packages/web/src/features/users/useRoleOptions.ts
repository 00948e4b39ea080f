import { roleNames, roles, type Role } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { useI18n } from '../../lib/i18n';

/**
 * Roles the account may hand out, named in the current language: only administrators see
 * "admin", unless it is the role the edited account already has.
 */
export function useRoleOptions(current?: Role): { value: Role; label: string }[] {
  const { lang } = useI18n();
  const me = useMe();
  return roles
    .filter((role) => role !== 'admin' || me.role === 'admin' || role === current)
    .map((role) => ({ value: role, label: roleNames[role][lang] }));
}
