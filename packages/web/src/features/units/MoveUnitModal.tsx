import { App, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit } from '@danvan/shared';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { invalidateUnits, moveUnit } from './api';
import { UnitTreeSelect } from './UnitTreeSelect';

interface MoveUnitForm {
  parentId: number;
  effectiveOn: Dayjs;
}

export function MoveUnitModal({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<MoveUnitForm>();
  const mutation = useMutation({
    mutationFn: (values: MoveUnitForm) =>
      moveUnit(unit.id, { parentId: values.parentId, effectiveOn: toIsoDate(values.effectiveOn) }),
    onSuccess: async () => {
      await invalidateUnits(queryClient);
      message.success(t('unit.movedDone'));
      onClose();
    },
    onError: (error) => handleError(error, form),
  });

  return (
    <Modal
      open={open}
      title={t('unit.moveTitle', { name: unit.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<MoveUnitForm>
        name="moveUnit"
        form={form}
        layout="vertical"
        clearOnDestroy
        initialValues={{ effectiveOn: today() }}
        onFinish={(values) => mutation.mutate(values)}
      >
        <Form.Item
          label={t('unit.newParent')}
          name="parentId"
          rules={[{ required: true, message: t('unit.parentRequired') }]}
        >
          <UnitTreeSelect excludeSubtreeOf={unit.path} />
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
