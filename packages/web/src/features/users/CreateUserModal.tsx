import { Form, Input, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../lib/i18n';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { createUser, userKeys } from './api';
import { useRoleOptions } from './useRoleOptions';

const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions();

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('users.add')}
      name="createUser"
      initialValues={{ role: 'specialist' }}
      submit={(values: CreateUserInput) => createUser({ ...values, username: values.username.trim().toLowerCase() })}
      onSuccess={() => queryClient.invalidateQueries({ queryKey: userKeys.all })}
      successMessage={(user) => t('user.createdDone', { username: user.username })}
    >
      <Form.Item
        label={t('user.username')}
        name="username"
        normalize={(value: string) => value.toLowerCase()}
        rules={[{ required: true, pattern: usernamePattern, message: t('user.usernameInvalid') }]}
      >
        <Input autoFocus autoComplete="off" autoCapitalize="none" />
      </Form.Item>
      <Form.Item
        label={t('user.fullName')}
        name="fullName"
        rules={[{ required: true, whitespace: true, max: 120, message: t('user.fullNameRequired') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        label={t('user.password')}
        name="password"
        rules={[{ required: true, min: 10, message: t('password.minLength') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item label={t('user.role')} name="role" rules={[{ required: true, message: t('user.roleRequired') }]}>
        <Select options={roleOptions} />
      </Form.Item>
      <Form.Item label={t('user.unit')} name="unitId" rules={[{ required: true, message: t('user.unitRequired') }]}>
        <UnitTreeSelect />
      </Form.Item>
    </FormModal>
  );
}
