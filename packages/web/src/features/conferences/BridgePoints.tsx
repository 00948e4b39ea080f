import { useMemo, useState } from 'react';
import { Button, Checkbox, Col, DatePicker, Flex, Form, Input, Row, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import {
  attendanceCategories,
  attendanceCategoryCodes,
  formatDateTimeVi,
  type AttendanceCategory,
  type BridgePoint,
  type ConferenceDetail,
} from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { FormModal } from '../../components/FormModal';
import { useFitColumns, type FitColumn } from '../../components/fitColumns';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useUnits } from '../../lib/units';
import { fillBridgePoint, refreshConference, setBridgePoints } from './api';
import { useConferenceSave } from './useConferenceSave';

type PointValues = Omit<BridgePoint, 'id' | 'unitId' | 'unitName' | 'canEdit' | 'testAt' | 'connected'> & {
  testAt: Dayjs | null;
  connected: boolean;
};

/** The roster: the organiser picks the units; each point's unit (or the organiser) fills in its own point. */
export function BridgePoints({ conference: c }: { conference: ConferenceDetail }) {
  const { t, pick } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const units = useUnits();
  const [editing, setEditing] = useState<BridgePoint | null>(null);
  const [chosen, setChosen] = useState<number[]>(c.bridgePoints.map((p) => p.unitId));
  const save = useConferenceSave((unitIds: number[]) => setBridgePoints(c.id, unitIds));
  const options = useMemo(() => {
    const scope = (units.data ?? []).find((u) => u.id === me.scopeUnitId)?.path;
    return (units.data ?? [])
      .filter((u) => u.closedOn === null && scope !== undefined && (u.path === scope || u.path.startsWith(`${scope}.`)))
      .map((u) => ({ value: u.id, label: u.name }));
  }, [units.data, me.scopeUnitId]);
  const people = (p: BridgePoint) => attendanceCategoryCodes.reduce((sum, k) => sum + (p[k] ?? 0), 0);
  const columns: FitColumn<BridgePoint>[] = [
    { key: 'unit', title: t('conferences.points'), render: (_, p) => p.unitName },
    {
      key: 'room',
      hideBelow: 'phone',
      title: t('conferences.room'),
      render: (_, p) => [p.room, p.address].filter(Boolean).join(', ') || '—',
    },
    { key: 'host', hideBelow: 'phone', title: t('conferences.host'), render: (_, p) => p.host || '—' },
    {
      key: 'tech',
      hideBelow: 'wide',
      title: t('conferences.techName'),
      render: (_, p) => (p.techName ? `${p.techName}${p.techPhone ? ` (${p.techPhone})` : ''}` : '—'),
    },
    {
      key: 'test',
      hideBelow: 'wide',
      title: t('conferences.testAt'),
      render: (_, p) => (p.testAt ? formatDateTimeVi(p.testAt) : '—'),
    },
    {
      key: 'people',
      hideBelow: 'phone',
      title: t('conferences.attending'),
      align: 'right',
      render: (_, p) => people(p),
    },
    {
      key: 'connected',
      title: t('conferences.connected'),
      render: (_, p) =>
        p.connected === null ? '—' : <Tag color={p.connected ? 'green' : 'red'}>{p.connected ? '✓' : '✗'}</Tag>,
    },
    {
      key: 'edit',
      title: t('conferences.actions'),
      render: (_, p) =>
        p.canEdit ? (
          <Button size="small" onClick={() => setEditing(p)} aria-label={`${t('conferences.fillPoint')} ${p.unitName}`}>
            {t('conferences.fillPoint')}
          </Button>
        ) : null,
    },
  ];
  const fitted = useFitColumns(columns);

  return (
    <Flex vertical gap={12}>
      {c.abilities.update && (
        <Flex gap={8} wrap align="center">
          <Select
            mode="multiple"
            aria-label={t('conferences.pointsUnits')}
            placeholder={t('conferences.pointsUnits')}
            value={chosen}
            onChange={setChosen}
            options={options}
            showSearch={{ filterOption: (input, option) => foldIncludes(String(option?.label ?? ''), input) }}
            style={{ flex: 1, minWidth: 240 }}
          />
          <Button onClick={() => save.mutate(chosen)} loading={save.isPending}>
            {t('conferences.savePoints')}
          </Button>
        </Flex>
      )}
      <Table<BridgePoint>
        rowKey="id"
        size="small"
        pagination={false}
        // As wide as the page (its cells wrap): whether each point is connected and its button stay in view. A phone
        // shows the point, the connection and the button; a 1366 px screen leaves out the technician and the test.
        dataSource={c.bridgePoints}
        columns={fitted.columns}
        expandable={fitted.expandable}
      />
      {editing && (
        <FormModal<PointValues, ConferenceDetail>
          open
          onClose={() => setEditing(null)}
          title={`${t('conferences.fillPoint')}: ${editing.unitName}`}
          name="bridge-point"
          width={680}
          initialValues={{
            ...editing,
            testAt: editing.testAt ? dayjs(editing.testAt) : null,
            connected: editing.connected ?? false,
          }}
          submit={({ testAt, ...values }) =>
            fillBridgePoint(c.id, editing.id, { ...values, testAt: testAt ? testAt.toISOString() : null })
          }
          onSuccess={(saved) => refreshConference(queryClient, saved)}
          successMessage={t('conferences.saved')}
        >
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="room" label={t('conferences.room')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="address" label={t('conferences.address')}>
                <Input maxLength={500} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="host" label={t('conferences.host')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="techName" label={t('conferences.techName')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="techPhone" label={t('conferences.techPhone')}>
                <Input maxLength={20} inputMode="tel" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="testAt" label={t('conferences.testAt')}>
                <DatePicker showTime={{ format: 'HH:mm' }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            {attendanceCategoryCodes.map((key: AttendanceCategory) => (
              <Col xs={12} sm={6} key={key}>
                <Form.Item
                  name={key}
                  label={pick(attendanceCategories[key])}
                  rules={numberViRules(t, { integer: true, min: 0, max: 1_000_000 })}
                >
                  <NumberInputVi integer />
                </Form.Item>
              </Col>
            ))}
          </Row>
          <Form.Item name="connected" valuePropName="checked">
            <Checkbox>{t('conferences.connected')}</Checkbox>
          </Form.Item>
        </FormModal>
      )}
    </Flex>
  );
}
