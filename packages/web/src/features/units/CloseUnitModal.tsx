import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { formatDateVi, type Unit } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { closeUnit, invalidateUnits } from './api';

interface CloseUnitForm {
  closedOn: Dayjs;
  reason: string;
}

/** Closing asks for a date and a reason, then for confirmation. */
export function CloseUnitModal({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('unit.closeTitle', { name: unit.name })}
      name="closeUnit"
      okText={t('unit.close')}
      danger
      initialValues={{ closedOn: today() }}
      confirm={(values: CloseUnitForm) =>
        t('unit.closeConfirm', { name: unit.name, date: formatDateVi(toIsoDate(values.closedOn)) })
      }
      submit={(values: CloseUnitForm) =>
        closeUnit(unit.id, { closedOn: toIsoDate(values.closedOn), reason: values.reason })
      }
      onSuccess={() => invalidateUnits(queryClient)}
      successMessage={t('unit.closedDone', { name: unit.name })}
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
    </FormModal>
  );
}
