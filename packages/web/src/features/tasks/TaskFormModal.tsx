import { useMemo, useState } from 'react';
import { Col, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { taskSourceKindCodes, taskSourceKinds, type TaskCreateInput, type TaskDetail } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { FormModal } from '../../components/FormModal';
import { toIsoDate } from '../../lib/dates';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useUnits, useUnitTypes } from '../../lib/units';
import { createTask, taskKeys } from './api';
import { DeadlinePriorityFields } from './DeadlinePriorityFields';

interface Values {
  title: string;
  sourceKind: TaskCreateInput['sourceKind'];
  sourceText: string;
  mode: 'units' | 'type';
  ownerUnitIds: number[];
  ownerUnitType: string | null;
  ownerPerson: string;
  cooperatingUnitIds: number[];
  deadline: Dayjs;
  priority: TaskCreateInput['priority'];
  expectedResult: string;
}

/** Gives a task to units below the account's unit: chosen ones, or every unit of a type (one task each). */
export function TaskFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, pick, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [mode, setMode] = useState<Values['mode']>('units');
  const units = useUnits();
  const types = useUnitTypes();
  const { below, all } = useMemo(() => {
    const list = (units.data ?? []).filter((unit) => unit.closedOn === null);
    const scope = list.find((unit) => unit.id === me.scopeUnitId)?.path;
    const names = new Map(list.map((unit) => [unit.id, unit.name]));
    const option = (unit: (typeof list)[number]) => ({
      value: unit.id,
      label: unit.name,
      parent: unit.parentId === null ? '' : (names.get(unit.parentId) ?? ''),
      type: unit.type,
    });
    return {
      below: list.filter((unit) => scope !== undefined && unit.path.startsWith(`${scope}.`)).map(option),
      all: list.map(option),
    };
  }, [units.data, me.scopeUnitId]);
  const typeOptions = useMemo(() => {
    const present = new Set(below.map((unit) => unit.type));
    return (types.data ?? [])
      .filter((type) => present.has(type.code))
      .map((type) => ({ value: type.code, label: lang === 'en' ? type.nameEn : type.nameVi }));
  }, [below, types.data, lang]);
  const unitSelect = (options: typeof all) => (
    <Select
      mode="multiple"
      showSearch={{
        filterOption: (input, option) => foldIncludes(`${option?.label ?? ''} ${option?.parent ?? ''}`, input),
      }}
      options={options}
      loading={units.isPending}
    />
  );

  return (
    <FormModal<Values, TaskDetail>
      open={open}
      onClose={onClose}
      title={t('tasks.add')}
      name="task"
      form={form}
      width={720}
      initialValues={{
        sourceKind: 'direct',
        sourceText: '',
        mode: 'units',
        ownerUnitIds: [],
        ownerUnitType: null,
        ownerPerson: '',
        cooperatingUnitIds: [],
        priority: 'normal',
        expectedResult: '',
      }}
      onValuesChange={(changed: Partial<Values>) => {
        if (changed.mode) setMode(changed.mode);
      }}
      submit={({ mode: chosen, deadline, ...values }) =>
        createTask({
          ...values,
          sourceRefId: null,
          ownerUnitIds: chosen === 'units' ? values.ownerUnitIds : [],
          ownerUnitType: chosen === 'type' ? values.ownerUnitType : null,
          deadline: toIsoDate(deadline),
          unitDeadlines: [],
        })
      }
      onSuccess={async (task) => {
        await queryClient.invalidateQueries({ queryKey: taskKeys.all });
        navigate(`/tasks/${task.id}`);
      }}
      successMessage={t('tasks.created')}
    >
      <Form.Item
        name="title"
        label={t('tasks.titleField')}
        rules={[{ required: true, whitespace: true, message: t('tasks.titleRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item name="sourceKind" label={t('tasks.sourceKind')}>
            <Select
              options={taskSourceKindCodes.map((code) => ({ value: code, label: pick(taskSourceKinds[code]) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item name="sourceText" label={t('tasks.sourceText')}>
            <Input maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="mode" label={t('tasks.ownersMode')}>
        <Radio.Group
          options={[
            { value: 'units', label: t('tasks.ownersUnits') },
            { value: 'type', label: t('tasks.ownersType') },
          ]}
        />
      </Form.Item>
      {mode === 'units' ? (
        <Form.Item
          name="ownerUnitIds"
          label={t('tasks.owner')}
          rules={[{ required: true, type: 'array', min: 1, message: t('tasks.ownersRequired') }]}
        >
          {unitSelect(below)}
        </Form.Item>
      ) : (
        <Form.Item
          name="ownerUnitType"
          label={t('tasks.owner')}
          rules={[{ required: true, message: t('tasks.typeRequired') }]}
        >
          <Select options={typeOptions} loading={types.isPending} />
        </Form.Item>
      )}
      <DeadlinePriorityFields />
      <Form.Item name="ownerPerson" label={t('tasks.ownerPerson')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="cooperatingUnitIds" label={t('tasks.cooperating')}>
        {unitSelect(all)}
      </Form.Item>
      <Form.Item name="expectedResult" label={t('tasks.expectedResult')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
