import { DatePicker, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import type { Unit } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { invalidateUnits, moveUnit } from './api';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';

interface MoveUnitForm {
  parentId: number;
  effectiveOn: Dayjs;
}

export function MoveUnitModal({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('unit.moveTitle', { name: unit.name })}
      name="moveUnit"
      initialValues={{ effectiveOn: today() }}
      submit={(values: MoveUnitForm) =>
        moveUnit(unit.id, { parentId: values.parentId, effectiveOn: toIsoDate(values.effectiveOn) })
      }
      onSuccess={() => invalidateUnits(queryClient)}
      successMessage={t('unit.movedDone')}
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
    </FormModal>
  );
}
