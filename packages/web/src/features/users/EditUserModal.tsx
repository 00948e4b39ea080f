import { Form, Input, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { Role, User } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { useI18n } from '../../lib/i18n';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { updateUser, userKeys } from './api';
import { useRoleOptions } from './useRoleOptions';

interface EditUserForm {
  fullName: string;
  role: Role;
  unitId: number;
}

export function EditUserModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const roleOptions = useRoleOptions(user.role);

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('user.editTitle', { username: user.username })}
      name="editUser"
      initialValues={{ fullName: user.fullName, role: user.role, unitId: user.unitId }}
      submit={(values: EditUserForm) => updateUser(user.id, values)}
      onSuccess={() => queryClient.invalidateQueries({ queryKey: userKeys.all })}
      successMessage={t('user.updatedDone')}
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
    </FormModal>
  );
}
