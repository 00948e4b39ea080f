import { useState } from 'react';
import { Alert, Button, Checkbox, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  attendanceCategories,
  attendanceCategoryCodes,
  type AttendanceCategory,
  type ConferenceDetail,
} from '@danvan/shared';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { useFitColumns } from '../../components/fitColumns';
import { useIsPhone } from '../../lib/useIsPhone';
import { useI18n } from '../../lib/i18n';
import { setAttendance } from './api';
import { attendanceSums, parsePastedAttendees, type AttendeeRow } from './attendeeRows';
import { useConferenceSave } from './useConferenceSave';

type Values = Partial<Record<AttendanceCategory, number | null>> & { attendees?: Partial<AttendeeRow>[] };
type SumRow = { key: AttendanceCategory | 'total'; label: string } & Record<
  'hall' | 'points' | 'total' | 'named',
  number
>;

/**
 * Who attended, by category: the main hall's count (typed), the bridge points' (filled by each point),
 * their total, which is the conference's "people attending", and the named attendees, each with a
 * category and present or absent. Names can be pasted from Excel (or typed with "|").
 */
export function AttendanceEditor({ conference: c }: { conference: ConferenceDetail }) {
  const { t, pick } = useI18n();
  const editable = c.abilities.update;
  const [form] = Form.useForm<Values>();
  const [pasted, setPasted] = useState<string | null>(null);
  const hall = Form.useWatch([], form) ?? {};
  const rows = (Form.useWatch('attendees', form) ?? c.attendees).filter(
    (row): row is AttendeeRow => row?.category !== undefined,
  );
  const sums = attendanceSums(editable ? hall : c, c.bridgePoints, rows);
  const over = attendanceCategoryCodes.filter((k) => sums.named[k] > sums.total[k]);
  const save = useConferenceSave((values: Values) =>
    setAttendance(c.id, {
      leaders: values.leaders ?? null,
      officials: values.officials ?? null,
      front: values.front ?? null,
      citizens: values.citizens ?? null,
      attendees: (values.attendees ?? [])
        .filter((row) => row.fullName?.trim())
        .map((row) => ({
          fullName: row.fullName?.trim() ?? '',
          position: row.position?.trim() ?? '',
          unitName: row.unitName?.trim() ?? '',
          category: row.category ?? 'officials',
          present: row.present ?? true,
        })),
    }),
  );
  const whole = (part: 'atHall' | 'atPoints' | 'total' | 'named') =>
    attendanceCategoryCodes.reduce((sum, k) => sum + sums[part][k], 0);
  const sumRows: SumRow[] = [
    ...attendanceCategoryCodes.map((k) => ({
      key: k,
      label: pick(attendanceCategories[k]),
      hall: sums.atHall[k],
      points: sums.atPoints[k],
      total: sums.total[k],
      named: sums.named[k],
    })),
    {
      key: 'total',
      label: t('conferences.totalRow'),
      hall: whole('atHall'),
      points: whole('atPoints'),
      total: whole('total'),
      named: whole('named'),
    },
  ];
  const categoryOptions = attendanceCategoryCodes.map((k) => ({ value: k, label: pick(attendanceCategories[k]) }));

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        ...Object.fromEntries(attendanceCategoryCodes.map((k) => [k, c[k]])),
        attendees: c.attendees.map(({ fullName, position, unitName, category, present }) => ({
          fullName,
          position,
          unitName,
          category,
          present,
        })),
      }}
      onFinish={(values) => save.mutate(values)}
    >
      <Flex vertical gap={12}>
        <Table<SumRow>
          size="small"
          pagination={false}
          dataSource={sumRows}
          aria-label={t('conferences.countsByCategory')}
          columns={[
            {
              key: 'label',
              title: t('conferences.category'),
              render: (_, row) => (row.key === 'total' ? <strong>{row.label}</strong> : row.label),
            },
            {
              key: 'hall',
              title: t('conferences.mainHall'),
              align: 'right',
              render: (_, row) =>
                row.key === 'total' || !editable ? (
                  row.hall
                ) : (
                  <Form.Item
                    name={row.key}
                    rules={numberViRules(t, { integer: true, min: 0, max: 1_000_000 })}
                    style={{ marginBottom: 0, width: 80, marginLeft: 'auto' }}
                  >
                    <NumberInputVi integer aria-label={`${t('conferences.mainHall')}: ${row.label}`} />
                  </Form.Item>
                ),
            },
            { key: 'points', title: t('conferences.atPoints'), align: 'right', render: (_, row) => row.points },
            {
              key: 'total',
              title: t('conferences.totalPeople'),
              align: 'right',
              render: (_, row) => <strong>{row.total}</strong>,
            },
            { key: 'named', title: t('conferences.namedPresent'), align: 'right', render: (_, row) => row.named },
          ]}
        />
        {over.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t('conferences.namedOver', {
              categories: over.map((k) => pick(attendanceCategories[k]).toLocaleLowerCase('vi')).join(', '),
            })}
          />
        )}
        <Typography.Text strong>{t('conferences.attendeeList')}</Typography.Text>
        {!editable && <AttendeeTable attendees={c.attendees} />}
        {editable && (
          <Form.List name="attendees">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.length === 0 && (
                  <Typography.Text type="secondary">{t('conferences.noAttendees')}</Typography.Text>
                )}
                {fields.map((field, index) => (
                  // A line under each attendee: on a phone its fields wrap over several lines.
                  <Flex
                    key={field.key}
                    gap={8}
                    wrap
                    align="end"
                    style={{ borderBottom: '1px solid rgba(5, 5, 5, 0.06)', paddingBottom: 8 }}
                  >
                    <Form.Item
                      name={[field.name, 'fullName']}
                      label={index === 0 ? t('conferences.fullName') : undefined}
                      rules={[{ required: true, whitespace: true, message: t('conferences.fullNameRequired') }]}
                      style={{ marginBottom: 0, flex: '2 1 180px' }}
                    >
                      <Input
                        maxLength={200}
                        placeholder={t('conferences.fullName')}
                        aria-label={`${t('conferences.fullName')} ${index + 1}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'position']}
                      label={index === 0 ? t('conferences.position') : undefined}
                      style={{ marginBottom: 0, flex: '1 1 140px' }}
                    >
                      <Input
                        maxLength={300}
                        placeholder={t('conferences.position')}
                        aria-label={`${t('conferences.position')} ${index + 1}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'unitName']}
                      label={index === 0 ? t('conferences.speakerUnit') : undefined}
                      style={{ marginBottom: 0, flex: '2 1 180px' }}
                    >
                      <Input
                        maxLength={300}
                        placeholder={t('conferences.speakerUnit')}
                        aria-label={`${t('conferences.speakerUnit')} ${index + 1}`}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'category']}
                      label={index === 0 ? t('conferences.category') : undefined}
                      style={{ marginBottom: 0, flex: '1 1 150px' }}
                    >
                      <Select
                        options={categoryOptions}
                        aria-label={`${t('conferences.category')} ${index + 1}`}
                        popupMatchSelectWidth={false}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'present']} valuePropName="checked" style={{ marginBottom: 4 }}>
                      <Checkbox aria-label={`${t('conferences.present')} ${index + 1}`}>
                        {t('conferences.present')}
                      </Checkbox>
                    </Form.Item>
                    <Button
                      type="text"
                      aria-label={`${t('conferences.removeAttendee')} ${index + 1}`}
                      icon={<MinusCircleOutlined aria-hidden />}
                      onClick={() => remove(field.name)}
                    />
                  </Flex>
                ))}
                <Flex gap={8} wrap>
                  <Button
                    icon={<PlusOutlined aria-hidden />}
                    onClick={() => add({ category: 'officials', present: true })}
                  >
                    {t('conferences.addAttendee')}
                  </Button>
                  <Button onClick={() => setPasted(pasted === null ? '' : null)}>{t('conferences.pasteOpen')}</Button>
                  <Button type="primary" htmlType="submit" loading={save.isPending}>
                    {t('conferences.saveAttendance')}
                  </Button>
                </Flex>
                {pasted !== null && (
                  <Flex vertical gap={8}>
                    <label>
                      {t('conferences.pasteHelp')}
                      <Input.TextArea
                        autoSize={{ minRows: 3, maxRows: 10 }}
                        value={pasted}
                        onChange={(event) => setPasted(event.target.value)}
                      />
                    </label>
                    <div>
                      <Button
                        onClick={() => {
                          parsePastedAttendees(pasted, 'officials').forEach((row) => add(row));
                          setPasted(null);
                        }}
                      >
                        {t('conferences.pasteAdd')}
                      </Button>
                    </div>
                  </Flex>
                )}
              </Flex>
            )}
          </Form.List>
        )}
      </Flex>
    </Form>
  );
}

/** The named attendees as read once the conference can no longer be edited. */
function AttendeeTable({ attendees }: { attendees: ConferenceDetail['attendees'] }) {
  const { t, pick } = useI18n();
  const isPhone = useIsPhone();
  type Attendee = ConferenceDetail['attendees'][number];
  // A phone shows the name and whether the person came; position, unit and category behind each row's expander.
  const fitted = useFitColumns<Attendee>([
    { key: 'n', title: 'TT', render: (_, _a, index) => index + 1 },
    { key: 'name', title: t('conferences.fullName'), dataIndex: 'fullName' },
    { key: 'position', title: t('conferences.position'), dataIndex: 'position', hideBelow: 'phone' },
    { key: 'unit', title: t('conferences.speakerUnit'), dataIndex: 'unitName', hideBelow: 'phone' },
    {
      key: 'category',
      title: t('conferences.category'),
      hideBelow: 'phone',
      render: (_, a) => pick(attendanceCategories[a.category]),
    },
    {
      key: 'present',
      title: t('conferences.present'),
      render: (_, a) => (a.present ? t('conferences.present') : <Tag color="orange">{t('conferences.absent')}</Tag>),
    },
  ]);
  return (
    <Table<Attendee>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={isPhone ? undefined : { x: 'max-content' }}
      dataSource={attendees}
      locale={{ emptyText: t('conferences.noAttendees') }}
      columns={fitted.columns}
      expandable={fitted.expandable}
    />
  );
}
