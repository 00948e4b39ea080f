import { Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { formatNumberVi } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

/** "📎 2" for a document with files, a dash without. */
export function AttachmentCount({ count }: { count: number }) {
  const { t } = useI18n();
  if (count === 0) {
    return (
      <Typography.Text type="secondary" aria-label={t('document.noAttachments')}>
        —
      </Typography.Text>
    );
  }
  return (
    <Typography.Text
      aria-label={t('document.attachmentCount', { count: formatNumberVi(count) })}
      style={{ whiteSpace: 'nowrap' }}
    >
      <PaperClipOutlined aria-hidden /> {formatNumberVi(count)}
    </Typography.Text>
  );
}
