import { Flex, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../lib/i18n';
import type { AutosaveState } from './useAssessmentAutosave';

/** What the checklist's autosave has done: "Đang lưu…", "Đã lưu lúc 10:32", or what keeps it from saving. */
export function AutosaveStatus({ state }: { state: AutosaveState }) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'saving':
      return (
        <Flex align="center" gap={8} role="status">
          <Spin size="small" />
          <Typography.Text type="secondary">{t('autosave.saving')}</Typography.Text>
        </Flex>
      );
    case 'unsaved':
      return (
        <Typography.Text type="secondary" role="status">
          {t('autosave.pending')}
        </Typography.Text>
      );
    case 'saved':
      return (
        <Typography.Text type="success" role="status">
          {t('autosave.saved', { time: dayjs(state.at).format('HH:mm') })}
        </Typography.Text>
      );
    case 'invalid':
      return (
        <Typography.Text type="warning" role="status">
          {t('democracy.autosaveInvalid')}
        </Typography.Text>
      );
    case 'failed':
      return (
        <Typography.Text type="danger" role="status">
          {t('democracy.autosaveFailed')}
        </Typography.Text>
      );
    default:
      return (
        <Typography.Text type="secondary" role="status">
          {t('autosave.idle')}
        </Typography.Text>
      );
  }
}
