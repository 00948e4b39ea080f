import { Form, Input } from 'antd';
import type { User } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../lib/i18n';
import { updateUser } from './api';

interface SetPasswordForm {
  password: string;
  repeat: string;
}

export function SetPasswordModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const { t } = useI18n();

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('user.setPasswordTitle', { username: user.username })}
      name="setPassword"
      submit={({ password }: SetPasswordForm) => updateUser(user.id, { password })}
      successMessage={t('user.passwordSetDone', { username: user.username })}
    >
      <Form.Item
        label={t('password.new')}
        name="password"
        rules={[{ required: true, min: 10, message: t('password.minLength') }]}
      >
        <Input.Password autoFocus autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        label={t('password.repeat')}
        name="repeat"
        dependencies={['password']}
        rules={[
          { required: true, message: t('password.mismatch') },
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || getFieldValue('password') === value
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
