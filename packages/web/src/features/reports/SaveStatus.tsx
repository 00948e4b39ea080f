import { Button, Flex, Spin, Typography } from 'antd';
import dayjs from 'dayjs';
import { formatNumberVi } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useErrorText } from '../../lib/useErrorText';
import type { ReportDraft } from './useReportDraft';

/** "Đang lưu…", "Đã lưu lúc 10:32", why a save failed, or what still waits for the user. */
export function SaveStatus({ draft }: { draft: ReportDraft }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { state, unsaved, waiting } = draft;

  if (state.kind === 'saving') {
    return (
      <Flex align="center" gap={8} role="status">
        <Spin size="small" />
        <Typography.Text type="secondary">{t('autosave.saving')}</Typography.Text>
      </Flex>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Flex align="center" gap={8} wrap role="status">
        <Typography.Text type="danger">{t('autosave.failed', { reason: errorText(state.error) })}</Typography.Text>
        <Button size="small" onClick={() => void draft.flush()}>
          {t('common.retry')}
        </Button>
      </Flex>
    );
  }
  if (waiting > 0) {
    return (
      <Typography.Text type="warning" role="status">
        {t('autosave.waiting', { count: formatNumberVi(waiting) })}
      </Typography.Text>
    );
  }
  if (unsaved > 0) {
    return (
      <Typography.Text type="secondary" role="status">
        {t('autosave.pending')}
      </Typography.Text>
    );
  }
  if (state.kind === 'saved') {
    return (
      <Typography.Text type="success" role="status">
        {t('autosave.saved', { time: dayjs(state.at).format('HH:mm') })}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type="secondary" role="status">
      {t('autosave.idle')}
    </Typography.Text>
  );
}
