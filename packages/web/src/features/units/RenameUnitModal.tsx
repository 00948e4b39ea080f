import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit } from '@danvan/shared';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { invalidateUnits, renameUnit } from './api';
import { useCodeRule } from './useCodeRule';

interface RenameUnitForm {
  name: string;
  code?: string;
  effectiveOn: Dayjs;
}

export function RenameUnitModal({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const codeRule = useCodeRule();
  const [form] = Form.useForm<RenameUnitForm>();
  const mutation = useMutation({
    mutationFn: (values: RenameUnitForm) =>
      renameUnit(unit.id, {
        name: values.name,
        code: values.code?.trim() || null,
        effectiveOn: toIsoDate(values.effectiveOn),
      }),
    onSuccess: async () => {
      await invalidateUnits(queryClient);
      message.success(t('unit.renamedDone'));
      onClose();
    },
    onError: (error) => handleError(error, form),
  });

  return (
    <Modal
      open={open}
      title={t('unit.renameTitle', { name: unit.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<RenameUnitForm>
        name="renameUnit"
        form={form}
        layout="vertical"
        clearOnDestroy
        initialValues={{ name: unit.name, code: unit.code ?? undefined, effectiveOn: today() }}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item
          label={t('unit.name')}
          name="name"
          rules={[{ required: true, whitespace: true, max: 200, message: t('unit.nameRequired') }]}
        >
          <Input autoFocus />
        </Form.Item>
        <Form.Item label={t('unit.code')} name="code" extra={t('unit.codeHint')} rules={[codeRule]}>
          <Input />
        </Form.Item>
        <Form.Item
          label={t('unit.effectiveOn')}
          name="effectiveOn"
          rules={[{ required: true, message: t('common.dateRequired') }]}
        >
          <DatePicker format={dateFormat} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
