import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import type { Unit } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { invalidateUnits, renameUnit } from './api';
import { useCodeRule } from './useCodeRule';

interface RenameUnitForm {
  name: string;
  code?: string;
  effectiveOn: Dayjs;
}

export function RenameUnitModal({ unit, open, onClose }: { unit: Unit; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const codeRule = useCodeRule();

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('unit.renameTitle', { name: unit.name })}
      name="renameUnit"
      initialValues={{ name: unit.name, code: unit.code ?? undefined, effectiveOn: today() }}
      submit={(values: RenameUnitForm) =>
        renameUnit(unit.id, {
          name: values.name,
          code: values.code?.trim() || null,
          effectiveOn: toIsoDate(values.effectiveOn),
        })
      }
      onSuccess={() => invalidateUnits(queryClient)}
      successMessage={t('unit.renamedDone')}
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
    </FormModal>
  );
}
