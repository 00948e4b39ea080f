import { App, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDateVi, type Unit } from '@danvan/shared';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { closeUnit, invalidateUnits } from './api';

interface CloseUnitForm {
  closedOn: Dayjs;
  reason: string;
}

/** Closing asks for a date and a reason, then for confirmation. */
export function CloseUnitModal({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<CloseUnitForm>();
  const mutation = useMutation({
    mutationFn: (values: CloseUnitForm) =>
      closeUnit(unit.id, { closedOn: toIsoDate(values.closedOn), reason: values.reason }),
    onSuccess: async () => {
      await invalidateUnits(queryClient);
      message.success(t('unit.closedDone', { name: unit.name }));
      onClose();
    },
    onError: (error) => handleError(error, form),
  });

  const confirm = (values: CloseUnitForm) => {
    modal.confirm({
      title: t('unit.closeTitle', { name: unit.name }),
      content: t('unit.closeConfirm', { name: unit.name, date: formatDateVi(toIsoDate(values.closedOn)) }),
      okText: t('unit.close'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => mutation.mutateAsync(values).catch(() => undefined),
    });
  };

  return (
    <Modal
      open={open}
      title={t('unit.closeTitle', { name: unit.name })}
      okText={t('unit.close')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<CloseUnitForm>
        name="closeUnit"
        form={form}
        layout="vertical"
        clearOnDestroy
        initialValues={{ closedOn: today() }}
        onFinish={confirm}
      >
        <Form.Item
          label={t('unit.closedOn')}
          name="closedOn"
          rules={[{ required: true, message: t('common.dateRequired') }]}
        >
          <DatePicker format={dateFormat} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label={t('unit.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, max: 500, message: t('unit.reasonRequired') }]}
        >
          <Input.TextArea rows={3} autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
