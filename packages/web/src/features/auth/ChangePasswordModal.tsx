import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../lib/i18n';
import { changePassword } from './api';

interface ChangePasswordForm {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('header.changePassword')}
      name="changePassword"
      submit={({ currentPassword, newPassword }: ChangePasswordForm) =>
        changePassword({ currentPassword, newPassword })
      }
      successMessage={t('password.changed')}
    >
      <Form.Item
        label={t('password.current')}
        name="currentPassword"
        rules={[{ required: true, message: t('password.currentRequired') }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        label={t('password.new')}
        name="newPassword"
        rules={[{ required: true, min: 10, message: t('password.minLength') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.repeat')}
        name="repeat"
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('password.mismatch') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('newPassword') === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
