import { useMemo, useState } from 'react';
import { Button, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import type { TaskDetail, TaskEditInput } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { toIsoDate } from '../../lib/dates';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useUnits } from '../../lib/units';
import { cancelTask, editTask, refreshTask } from './api';
import { DeadlinePriorityFields } from './DeadlinePriorityFields';

interface EditValues {
  title: string;
  expectedResult: string;
  priority: TaskEditInput['priority'];
  cooperatingUnitIds: number[];
  deadline: Dayjs;
  reason: string;
}

/**
 * What the giving unit may do to a task it gave, by the task's abilities: edit it (a new deadline
 * needs a reason and is kept with the extensions) and cancel it with a reason.
 */
export function TaskGiverActions({ task }: { task: TaskDetail }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'edit' | 'cancel' | null>(null);
  const [form] = Form.useForm<EditValues>();
  const deadline = Form.useWatch('deadline', form);
  const movesDeadline = deadline !== undefined && deadline !== null && toIsoDate(deadline) !== task.dueOn;
  const units = useUnits();
  const unitOptions = useMemo(
    () =>
      (units.data ?? []).filter((unit) => unit.closedOn === null).map((unit) => ({ value: unit.id, label: unit.name })),
    [units.data],
  );
  const close = () => setDialog(null);
  const done = (saved: TaskDetail) => refreshTask(queryClient, saved);
  if (!task.abilities.edit && !task.abilities.cancel) return null;

  return (
    <>
      {task.abilities.edit && <Button onClick={() => setDialog('edit')}>{t('tasks.edit')}</Button>}
      {task.abilities.cancel && (
        <Button danger onClick={() => setDialog('cancel')}>
          {t('tasks.cancel')}
        </Button>
      )}
      <FormModal<EditValues, TaskDetail>
        open={dialog === 'edit'}
        onClose={close}
        title={t('tasks.edit')}
        name="task-edit"
        form={form}
        width={640}
        initialValues={{
          title: task.title,
          expectedResult: task.expectedResult,
          priority: task.priority,
          cooperatingUnitIds: task.cooperatingUnits.map((unit) => unit.id),
          deadline: dayjs(task.dueOn),
          reason: '',
        }}
        submit={({ deadline: chosen, reason, ...values }) => {
          const newDeadline = toIsoDate(chosen);
          return editTask(task.id, newDeadline === task.dueOn ? values : { ...values, deadline: newDeadline, reason });
        }}
        onSuccess={done}
        successMessage={t('tasks.saved')}
      >
        <Form.Item
          name="title"
          label={t('tasks.titleField')}
          rules={[{ required: true, whitespace: true, message: t('tasks.titleRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} />
        </Form.Item>
        <DeadlinePriorityFields deadlineExtra={task.childCount > 0 ? t('tasks.editDeadlineChildren') : undefined} />
        {movesDeadline && (
          <Form.Item
            name="reason"
            label={t('tasks.deadlineReason')}
            rules={[{ required: true, whitespace: true, message: t('tasks.reasonRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
          </Form.Item>
        )}
        <Form.Item name="cooperatingUnitIds" label={t('tasks.cooperating')}>
          <Select
            mode="multiple"
            showSearch={{ filterOption: (input, option) => foldIncludes(String(option?.label ?? ''), input) }}
            options={unitOptions}
            loading={units.isPending}
          />
        </Form.Item>
        <Form.Item name="expectedResult" label={t('tasks.expectedResult')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ reason: string }, TaskDetail>
        open={dialog === 'cancel'}
        onClose={close}
        title={t('tasks.cancel')}
        name="task-cancel"
        danger
        okText={t('tasks.cancelOk')}
        initialValues={{ reason: '' }}
        submit={({ reason }) => cancelTask(task.id, reason)}
        onSuccess={done}
        successMessage={t('tasks.cancelled')}
      >
        <p>{task.childCount > 0 ? t('tasks.cancelHintChildren') : t('tasks.cancelHint')}</p>
        <Form.Item
          name="reason"
          label={t('tasks.reason')}
          rules={[{ required: true, whitespace: true, message: t('tasks.reasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
