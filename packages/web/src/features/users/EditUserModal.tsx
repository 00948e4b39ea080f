import { App, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role, User } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { updateUser, userKeys } from './api';
import { useRoleOptions } from './useRoleOptions';

interface EditUserForm {
  fullName: string;
  role: Role;
  unitId: number;
}

export function EditUserModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const roleOptions = useRoleOptions(user.role);
  const [form] = Form.useForm<EditUserForm>();
  const mutation = useMutation({
    mutationFn: (values: EditUserForm) => updateUser(user.id, values),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: userKeys.all });
      message.success(t('user.updatedDone'));
      onClose();
    },
    onError: (error) => handleError(error, form),
  });

  return (
    <Modal
      open={open}
      title={t('user.editTitle', { username: user.username })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<EditUserForm>
        name="editUser"
        form={form}
        layout="vertical"
        clearOnDestroy
        initialValues={{ fullName: user.fullName, role: user.role, unitId: user.unitId }}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item
          label={t('user.fullName')}
          name="fullName"
          rules={[{ required: true, whitespace: true, max: 120, message: t('user.fullNameRequired') }]}
        >
          <Input autoFocus />
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
