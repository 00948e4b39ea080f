import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateUserInput } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { createUser, userKeys } from './api';
import { useRoleOptions } from './useRoleOptions';

const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,63}$/;

export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const roleOptions = useRoleOptions();
  const [form] = Form.useForm<CreateUserInput>();
  const mutation = useMutation({
    mutationFn: createUser,
    onSuccess: async (user) => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      message.success(t('user.createdDone', { username: user.username }));
      onClose();
    },
    onError: (error) => handleError(error, form),
  });

  return (
    <Modal
      open={open}
      title={t('users.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CreateUserInput>
        name="createUser"
        form={form}
        layout="vertical"
        clearOnDestroy
        initialValues={{ role: 'specialist' }}
        onFinish={(values) => mutation.mutate({ ...values, username: values.username.trim().toLowerCase() })}
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
          rules={[{ required: true, min: 8, message: t('password.minLength') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t('user.role')} name="role" rules={[{ required: true, message: t('user.roleRequired') }]}>
          <Select options={roleOptions} />
        </Form.Item>
        <Form.Item label={t('user.unit')} name="unitId" rules={[{ required: true, message: t('user.unitRequired') }]}>
          <UnitTreeSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
