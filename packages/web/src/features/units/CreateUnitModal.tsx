import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import type { Unit } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { foldIncludes } from '../../lib/foldIncludes';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { createUnit, invalidateUnits } from './api';
import { useUnitTypes } from '../../lib/units';
import { useCodeRule } from './useCodeRule';

interface CreateUnitForm {
  name: string;
  type: string;
  code?: string;
  openedOn: Dayjs;
}

export function CreateUnitModal({ parent, open, onClose }: { parent: Unit; open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const types = useUnitTypes();
  const codeRule = useCodeRule();

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('unit.addChildTitle', { name: parent.name })}
      name="createUnit"
      initialValues={{ openedOn: today() }}
      submit={(values: CreateUnitForm) =>
        createUnit({
          parentId: parent.id,
          name: values.name,
          type: values.type,
          code: values.code?.trim() || null,
          openedOn: toIsoDate(values.openedOn),
        })
      }
      onSuccess={() => invalidateUnits(queryClient)}
      successMessage={(created) => t('unit.createdDone', { name: created.name })}
    >
      <Form.Item
        label={t('unit.name')}
        name="name"
        rules={[{ required: true, whitespace: true, max: 200, message: t('unit.nameRequired') }]}
      >
        <Input autoFocus />
      </Form.Item>
      <Form.Item label={t('unit.type')} name="type" rules={[{ required: true, message: t('unit.typeRequired') }]}>
        <Select
          showSearch={{ filterOption: (input, option) => foldIncludes(option?.label, input) }}
          loading={types.isPending}
          options={(types.data ?? []).map((type) => ({
            value: type.code,
            label: lang === 'vi' ? type.nameVi : type.nameEn,
          }))}
        />
      </Form.Item>
      <Form.Item label={t('unit.code')} name="code" extra={t('unit.codeHint')} rules={[codeRule]}>
        <Input />
      </Form.Item>
      <Form.Item
        label={t('unit.openedOn')}
        name="openedOn"
        rules={[{ required: true, message: t('common.dateRequired') }]}
      >
        <DatePicker format={dateFormat} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
