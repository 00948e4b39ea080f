import { useCallback } from 'react';
import { ApiError } from './api';
import { useI18n } from './i18n';

/** The text to show for a failed call, in the current language. */
export function useErrorText() {
  const { t, pick } = useI18n();
  return useCallback(
    (error: unknown) => {
      if (error instanceof ApiError) return pick(error.bilingual);
      return error instanceof TypeError ? t('error.network') : t('error.unexpected');
    },
    [t, pick],
  );
}
