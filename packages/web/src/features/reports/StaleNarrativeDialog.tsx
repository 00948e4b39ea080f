import { Button, Modal, Typography } from 'antd';
import { SendOutlined, SyncOutlined } from '@ant-design/icons';
import { useI18n } from '../../lib/i18n';

interface Props {
  open: boolean;
  submitting: boolean;
  onRedraft: () => void;
  onSubmitAnyway: () => void;
  onClose: () => void;
}

/** The submission was refused because the narrative was drafted from other figures: redraft it, or submit it as it is. */
export function StaleNarrativeDialog({ open, submitting, onRedraft, onSubmitAnyway, onClose }: Props) {
  const { t } = useI18n();
  return (
    <Modal
      open={open}
      title={t('staleSubmit.title')}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="redraft" icon={<SyncOutlined aria-hidden />} onClick={onRedraft} data-testid="stale-redraft">
          {t('staleSubmit.redraft')}
        </Button>,
        <Button
          key="submit"
          type="primary"
          icon={<SendOutlined aria-hidden />}
          loading={submitting}
          onClick={onSubmitAnyway}
          data-testid="stale-submit-anyway"
        >
          {t('staleSubmit.submitAnyway')}
        </Button>,
      ]}
    >
      <Typography.Paragraph style={{ margin: 0 }}>{t('staleSubmit.content')}</Typography.Paragraph>
    </Modal>
  );
}
