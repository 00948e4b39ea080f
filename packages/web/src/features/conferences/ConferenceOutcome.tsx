import { useMemo, useState } from 'react';
import { Button, DatePicker, Flex, Form, Input, List, Select, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { formatDateTimeVi, formatDateVi, taskBuckets, type ConferenceDetail, type TaskBucket } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { ConfirmPopover } from '../../components/ConfirmPopover';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useUnits } from '../../lib/units';
import { approveMinutes, conclusionToTasks, refreshConference, setConclusions, writeMinutes } from './api';
import { useConferenceSave } from './useConferenceSave';

/** The minutes: written while the conference is held, approved by the chair's side, then locked. */
export function Minutes({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const [text, setText] = useState(c.minutes.text);
  const [secretary, setSecretary] = useState(c.minutes.secretary);
  const save = useConferenceSave(() => writeMinutes(c.id, { text, secretary }));
  const approve = useConferenceSave(() => approveMinutes(c.id));
  const editable = c.abilities.writeMinutes;
  return (
    <Flex vertical gap={8}>
      <label>
        {t('conferences.secretary')}
        <Input
          readOnly={!editable}
          value={secretary}
          onChange={(event) => setSecretary(event.target.value)}
          maxLength={200}
        />
      </label>
      <label>
        {t('conferences.minutes')}
        <Input.TextArea
          readOnly={!editable}
          autoSize={{ minRows: 4, maxRows: 20 }}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      {c.minutes.approvedBy && (
        <Typography.Text type="success">
          {t('conferences.approvedBy')}: {c.minutes.approvedBy}
          {c.minutes.approvedAt ? `, ${formatDateTimeVi(c.minutes.approvedAt)}` : ''}
        </Typography.Text>
      )}
      <Flex gap={8} wrap>
        {editable && (
          <Button onClick={() => save.mutate(undefined)} loading={save.isPending}>
            {t('conferences.saveMinutes')}
          </Button>
        )}
        {c.abilities.approveMinutes && (
          <ConfirmPopover
            title={t('conferences.approveMinutes')}
            okText={t('conferences.yes')}
            cancelText={t('conferences.no')}
            onConfirm={() => approve.mutate(undefined)}
          >
            <Button type="primary" loading={approve.isPending}>
              {t('conferences.approveMinutes')}
            </Button>
          </ConfirmPopover>
        )}
      </Flex>
    </Flex>
  );
}

const bucketColors: Record<TaskBucket, string> = {
  on_time: 'green',
  late: 'orange',
  in_progress: 'blue',
  overdue: 'red',
};

/** The numbered conclusions; each becomes tasks for units below in one step, their status shown beside it. */
export function Conclusions({ conference: c }: { conference: ConferenceDetail }) {
  const { t, pick } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const units = useUnits();
  const [text, setText] = useState(c.conclusions.map((k) => k.text).join('\n'));
  const [giving, setGiving] = useState<number | null>(null);
  const save = useConferenceSave(() =>
    setConclusions(
      c.id,
      text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    ),
  );
  const below = useMemo(() => {
    const scope = (units.data ?? []).find((u) => u.id === me.scopeUnitId)?.path;
    return (units.data ?? [])
      .filter((u) => u.closedOn === null && scope !== undefined && u.path.startsWith(`${scope}.`))
      .map((u) => ({ value: u.id, label: u.name }));
  }, [units.data, me.scopeUnitId]);
  return (
    <Flex vertical gap={12}>
      {c.abilities.conclude && (
        <>
          <Input.TextArea
            aria-label={t('conferences.conclusions')}
            autoSize={{ minRows: 3, maxRows: 12 }}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <Button onClick={() => save.mutate(undefined)} loading={save.isPending} style={{ alignSelf: 'start' }}>
            {t('conferences.saveConclusions')}
          </Button>
        </>
      )}
      <List
        dataSource={c.conclusions}
        locale={{ emptyText: '—' }}
        renderItem={(k) => (
          <List.Item key={k.id}>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <span>
                {k.number}. {k.text}
              </span>
              {k.tasks
                .flatMap((task) => (task.children.length ? task.children : [task]))
                .map((task) => (
                  <Flex key={task.id} gap={8} wrap align="center">
                    <Link to={`/tasks/${task.id}`}>{task.ownerUnitName}</Link>
                    <span>{formatDateVi(task.deadline)}</span>
                    <Tag color={bucketColors[task.bucket as TaskBucket]}>
                      {pick(taskBuckets[task.bucket as TaskBucket])}
                    </Tag>
                  </Flex>
                ))}
              {c.abilities.toTasks && (
                <Button size="small" style={{ alignSelf: 'start' }} onClick={() => setGiving(k.id)}>
                  {t('conferences.toTasks')}
                </Button>
              )}
            </Flex>
          </List.Item>
        )}
      />
      {giving !== null && (
        <FormModal<{ ownerUnitIds: number[]; deadline: Dayjs }, ConferenceDetail>
          open
          onClose={() => setGiving(null)}
          title={t('conferences.toTasks')}
          name="conclusion-tasks"
          initialValues={{ ownerUnitIds: [], deadline: today().add(30, 'day') }}
          submit={(values) =>
            conclusionToTasks(c.id, giving, { ...values, deadline: toIsoDate(values.deadline), priority: 'normal' })
          }
          onSuccess={(saved) => refreshConference(queryClient, saved)}
          successMessage={t('conferences.tasksGiven')}
        >
          <Form.Item
            name="ownerUnitIds"
            label={t('conferences.taskUnits')}
            rules={[{ required: true, type: 'array', min: 1 }]}
          >
            <Select
              mode="multiple"
              options={below}
              showSearch={{ filterOption: (input, option) => foldIncludes(String(option?.label ?? ''), input) }}
            />
          </Form.Item>
          <Form.Item name="deadline" label={t('conferences.deadline')} rules={[{ required: true }]}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
