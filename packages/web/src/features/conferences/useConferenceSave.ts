import { App } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConferenceDetail } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { refreshConference } from './api';

/** One write to the conference: the page shows the answer, "Đã lưu" confirms it, an error names its field. */
export function useConferenceSave<Input>(write: (input: Input) => Promise<ConferenceDetail>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  return useMutation({
    mutationFn: write,
    onSuccess: async (saved) => {
      await refreshConference(queryClient, saved);
      message.success(t('conferences.saved'));
    },
    onError: (error) => handleError(error),
  });
}
