import type { FormRule } from 'antd';
import { useI18n } from '../../lib/i18n';

const codePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/** The unit code rule of the API (optional; plain letters, digits and . _ -). */
export function useCodeRule(): FormRule {
  const { t } = useI18n();
  return {
    validator: (_, value: unknown) =>
      typeof value !== 'string' || value.trim() === '' || codePattern.test(value.trim())
        ? Promise.resolve()
        : Promise.reject(new Error(t('unit.codeInvalid'))),
  };
}
