import { useMemo, useState } from 'react';
import { Button, Card, Checkbox, DatePicker, Flex, Form, List, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import type { TaskFromReportPreview } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useUnits } from '../../lib/units';
import { createFromReport, fetchFromReport, taskKeys } from './api';

const sourceListPath = (reportId: number) => `/tasks?sourceKind=report&sourceRefId=${reportId}`;

/**
 * On an approved report: its "directions and tasks" lines, those already given as tasks (linked),
 * and for the reporting unit's people (the preview's `canCreate`, from the tasks policy) the button
 * that gives the others in one step.
 */
export function ReportTasksCard({ reportId }: { reportId: number }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const preview = useQuery({ queryKey: taskKeys.fromReport(reportId), queryFn: () => fetchFromReport(reportId) });
  const data = preview.data;
  if (!data?.approved || data.lines.length === 0) return null;
  const made = data.lines.filter((line) => line.taskId !== null).length;
  const left = data.lines.length - made;

  return (
    <Card title={t('tasks.fromReport.title')}>
      <Flex vertical gap={12}>
        <Typography.Text>{t('tasks.fromReport.summary', { made, count: data.lines.length })}</Typography.Text>
        {made > 0 && <Link to={sourceListPath(reportId)}>{t('tasks.fromReport.viewList')}</Link>}
        {data.canCreate && left > 0 && (
          <div>
            <Button type="primary" onClick={() => setOpen(true)}>
              {t('tasks.fromReport.open')}
            </Button>
          </div>
        )}
      </Flex>
      {data.canCreate && <FromReportModal open={open} onClose={() => setOpen(false)} preview={data} />}
    </Card>
  );
}

interface Values {
  /** By the line's index: the units below that carry it out. */
  owners: Record<string, number[]>;
}

/** The lines as a checklist, each with its deadline and the units below that carry it out (every ward and commune unless changed). */
function FromReportModal({
  open,
  onClose,
  preview,
}: {
  open: boolean;
  onClose: () => void;
  preview: TaskFromReportPreview;
}) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const units = useUnits();
  const fallback = preview.defaultDeadline ? dayjs(preview.defaultDeadline) : today().add(3, 'month');
  const [chosen, setChosen] = useState<Set<number>>(
    () => new Set(preview.lines.flatMap((line, index) => (line.taskId === null ? [index] : []))),
  );
  const [deadlines, setDeadlines] = useState<Record<number, Dayjs | null>>({});
  const { options, wards } = useMemo(() => {
    const list = (units.data ?? []).filter((unit) => unit.closedOn === null);
    const scope = list.find((unit) => unit.id === me.scopeUnitId)?.path;
    const below = list.filter((unit) => scope !== undefined && unit.path.startsWith(`${scope}.`));
    return {
      options: below.map((unit) => ({ value: unit.id, label: unit.name })),
      // The default owners: every ward and commune below (the usual receivers of a district's directions).
      wards: below.filter((unit) => unit.type === 'ward' || unit.type === 'commune').map((unit) => unit.id),
    };
  }, [units.data, me.scopeUnitId]);
  const deadlineOf = (index: number) => deadlines[index] ?? fallback;
  const toggle = (index: number, checked: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (checked) next.add(index);
      else next.delete(index);
      return next;
    });

  return (
    <FormModal<Values, { items: unknown[] }>
      open={open && !units.isPending}
      onClose={onClose}
      title={t('tasks.fromReport.open')}
      name="tasks-from-report"
      width={760}
      okText={t('tasks.fromReport.ok', { count: chosen.size })}
      initialValues={{ owners: Object.fromEntries(preview.lines.map((_, index) => [String(index), wards])) }}
      submit={({ owners }) => {
        const lines = [...chosen]
          .sort((a, b) => a - b)
          .map((index) => ({
            text: preview.lines[index].text,
            deadline: toIsoDate(deadlineOf(index)),
            ownerUnitIds: owners[String(index)] ?? [],
          }));
        return createFromReport({
          reportId: preview.reportId,
          lines,
          ownerUnitIds: [],
          ownerUnitType: null,
          deadline: lines[0]?.deadline ?? toIsoDate(fallback),
          priority: 'normal',
        });
      }}
      onSuccess={async () => {
        await queryClient.invalidateQueries({ queryKey: taskKeys.all });
        navigate(sourceListPath(preview.reportId));
      }}
      successMessage={t('tasks.fromReport.done')}
    >
      <Typography.Text strong>{t('tasks.fromReport.lines')}</Typography.Text>
      <List
        size="small"
        dataSource={preview.lines.map((line, index) => ({ ...line, index }))}
        renderItem={(line) => (
          <List.Item key={line.index}>
            <Flex gap={8} wrap align="start" justify="space-between" style={{ width: '100%' }}>
              <Checkbox
                checked={line.taskId === null && chosen.has(line.index)}
                disabled={line.taskId !== null}
                onChange={(event) => toggle(line.index, event.target.checked)}
                style={{ flex: '1 1 100%' }}
              >
                {line.text}
              </Checkbox>
              {line.taskId === null && (
                <Form.Item
                  name={['owners', String(line.index)]}
                  rules={
                    chosen.has(line.index)
                      ? [{ required: true, type: 'array', min: 1, message: t('tasks.ownersRequired') }]
                      : []
                  }
                  style={{ flex: '1 1 260px', marginBottom: 0 }}
                >
                  <Select
                    mode="multiple"
                    maxTagCount="responsive"
                    aria-label={t('tasks.fromReport.ownersOf', { line: line.index + 1 })}
                    placeholder={t('tasks.owner')}
                    disabled={!chosen.has(line.index)}
                    showSearch={{ filterOption: (input, option) => foldIncludes(String(option?.label ?? ''), input) }}
                    options={options}
                  />
                </Form.Item>
              )}
              {line.taskId === null ? (
                <DatePicker
                  aria-label={t('tasks.fromReport.deadlineOf', { line: line.index + 1 })}
                  format={dateFormat}
                  allowClear={false}
                  value={deadlineOf(line.index)}
                  disabled={!chosen.has(line.index)}
                  onChange={(day) => setDeadlines((current) => ({ ...current, [line.index]: day }))}
                  disabledDate={(day) => day.isBefore(today(), 'day')}
                  style={{ width: 150 }}
                />
              ) : (
                <Link to={`/tasks/${line.taskId}`}>
                  <Tag color="green">{t('tasks.fromReport.made')}</Tag>
                </Link>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </FormModal>
  );
}
