import { useEffect, useMemo } from 'react';
import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { conferenceFormats, type ConferenceDetail, type ConferenceFormat, type ConferenceKind } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { useUnits } from '../../lib/units';
import { conferenceKeys, createConference, fetchRounds } from './api';
import { defaultRound, roundsOfUnit } from './roundChoices';

interface Values {
  kind: string;
  title: string;
  heldOn: Dayjs;
  startsAt: string;
  endsAt: string;
  place: string;
  chairs: string;
  format: ConferenceFormat;
  content: string;
  roundId: number | null;
}

/** The review due now: 6 months until June, 9 months until September, the year after. */
function defaultKind(month: number): string {
  if (month <= 7) return 'so_ket_6';
  if (month <= 10) return 'so_ket_9';
  return 'tong_ket';
}

const titles: Record<string, (year: number) => string> = {
  so_ket_6: (year) => `Hội nghị sơ kết công tác dân vận 6 tháng đầu năm ${year}`,
  so_ket_9: (year) => `Hội nghị sơ kết công tác dân vận 9 tháng đầu năm ${year}`,
  tong_ket: (year) => `Hội nghị tổng kết công tác dân vận năm ${year}`,
};

/** Records a conference of the account's own unit, planned; the title follows the kind until it is edited. */
export function ConferenceFormModal({
  open,
  onClose,
  kinds,
}: {
  open: boolean;
  onClose: () => void;
  kinds: ConferenceKind[];
}) {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const me = useMe();
  const units = useUnits();
  const roundList = useQuery({ queryKey: conferenceKeys.rounds, queryFn: fetchRounds, enabled: open });
  const rounds = useMemo(
    () => roundsOfUnit(roundList.data ?? [], units.data ?? [], me.scopeUnitId),
    [roundList.data, units.data, me.scopeUnitId],
  );
  const now = today();
  const kind = defaultKind(now.month() + 1);
  // The rounds arrive after the form opens: the default is set then, unless someone chose already.
  useEffect(() => {
    if (!open || form.isFieldTouched('roundId')) return;
    const heldOn = form.getFieldValue('heldOn') as Dayjs | undefined;
    form.setFieldValue('roundId', defaultRound(rounds, form.getFieldValue('kind') as string, (heldOn ?? now).year()));
    // `now` changes every render; the year it gives does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, rounds, form]);
  return (
    <FormModal<Values, ConferenceDetail>
      open={open}
      onClose={onClose}
      title={t('conferences.add')}
      name="conference"
      form={form}
      width={720}
      initialValues={{
        kind,
        title: titles[kind]?.(now.year()) ?? '',
        heldOn: now.add(7, 'day'),
        startsAt: '08:00',
        endsAt: '11:30',
        place: '',
        chairs: '',
        format: 'in_person',
        content: '',
        roundId: null,
      }}
      onValuesChange={(changed: Partial<Values>) => {
        const year = (form.getFieldValue('heldOn') as Dayjs | undefined)?.year() ?? now.year();
        const make = changed.kind ? titles[changed.kind] : undefined;
        if (make) form.setFieldValue('title', make(year));
        if ((changed.kind || changed.heldOn) && !form.isFieldTouched('roundId'))
          form.setFieldValue('roundId', defaultRound(rounds, form.getFieldValue('kind') as string, year));
      }}
      submit={({ heldOn, endsAt, roundId, ...values }) =>
        createConference({
          ...values,
          heldOn: toIsoDate(heldOn),
          endsAt: endsAt.trim() || null,
          roundId: roundId ?? null,
        })
      }
      onSuccess={async (conference) => {
        await queryClient.invalidateQueries({ queryKey: conferenceKeys.all });
        navigate(`/conferences/${conference.id}`);
      }}
      successMessage={t('conferences.created')}
    >
      <Form.Item name="kind" label={t('conferences.kind')}>
        <Select options={kinds.map((k) => ({ value: k.code, label: pick(k) }))} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('conferences.name')}
        rules={[{ required: true, whitespace: true, message: t('conferences.nameRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="heldOn" label={t('conferences.heldOn')} rules={[{ required: true }]}>
            <DatePicker format={dateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name="startsAt"
            label={t('conferences.startsAt')}
            rules={[{ required: true, pattern: /^\d{2}:\d{2}$/ }]}
          >
            <Input maxLength={5} inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="endsAt" label={t('conferences.endsAt')} rules={[{ pattern: /^(\d{2}:\d{2})?$/ }]}>
            <Input maxLength={5} inputMode="numeric" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="roundId" label={t('conferences.round')} extra={t('conferences.roundHelp')}>
        <Select
          allowClear
          placeholder={t('conferences.noRound')}
          loading={roundList.isPending}
          options={rounds.map((r) => ({ value: r.id, label: `${r.title} — ${r.openerUnitName}` }))}
        />
      </Form.Item>
      <Form.Item name="format" label={t('conferences.format')}>
        <Select
          options={(Object.keys(conferenceFormats) as ConferenceFormat[]).map((code) => ({
            value: code,
            label: pick(conferenceFormats[code]),
          }))}
        />
      </Form.Item>
      <Form.Item name="place" label={t('conferences.place')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="chairs" label={t('conferences.chairs')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="content" label={t('conferences.content')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
