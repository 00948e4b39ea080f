import { isMessageKey, type Translate } from '../../lib/i18n';

/** The audited actions the server writes today; the filter suggests them, any text still works. */
export const knownActions = [
  'auth.login',
  'auth.login_failed',
  'auth.logout',
  'unit.create',
  'unit.rename',
  'unit.move',
  'unit.close',
  'unit.import',
  'unit.documentNames',
  'user.create',
  'user.update',
  'user.disable',
  'user.enable',
  'user.reset_password',
  'user.change_password',
  'document.create',
  'document.update',
  'document.attach',
  'document.import',
  'democracy.create',
  'democracy.update',
  'democracy.attach',
  'democracy.submit',
  'democracy.return',
  'democracy.rate',
  'democracy.checklist_add',
  'democracy.checklist_update',
  'democracy.checklist_retire',
  'democracy.checklist_restore',
  'democracy.checklist_copy',
  'movement.create',
  'movement.update',
  'model.register',
  'model.update',
  'model.evaluate',
  'model.recognise',
  'model.reject',
  'model.photo.add',
  'model.photo.remove',
];

export function actionLabel(action: string, t: Translate): string | null {
  const key = `action.${action}`;
  return isMessageKey(key) ? t(key) : null;
}

export function entityLabel(entityType: string, t: Translate): string {
  const key = `audit.entity.${entityType}`;
  return isMessageKey(key) ? t(key) : entityType;
}
