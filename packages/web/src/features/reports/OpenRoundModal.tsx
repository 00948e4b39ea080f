import { Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import {
  defaultRoundTitle,
  reportOutlineCodes,
  reportOutlines,
  templates,
  type ReportOutline,
  type RoundSummary,
  type Template,
} from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useUnitTypes } from '../../lib/units';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { openRound, reportKeys } from './api';
import { KeyIndicatorsSelect } from './KeyIndicatorsSelect';
import { defaultRoundDates, nextRoundToOpen, periodCount } from './roundDefaults';

interface OpenRoundForm {
  openerUnitId: number;
  template: Template;
  year: number;
  periodIndex: number;
  period: [Dayjs, Dayjs];
  deadline: Dayjs;
  reportingUnitTypes: string[];
  title?: string;
  outline: ReportOutline;
  keyIndicators?: string[];
}

/** The years a round may be opened for (the server's rule). */
const yearBounds = { min: 2000, max: 2100 };
/** The year typed, once it is one: "20" on its way to 2026 is none yet, and nothing is derived from it. */
const roundYear = (typed: number | undefined) =>
  typed !== undefined && Number.isInteger(typed) && typed >= yearBounds.min && typed <= yearBounds.max
    ? typed
    : undefined;

function initialValues(scopeUnitId: number, rounds: readonly RoundSummary[]): OpenRoundForm {
  const next = nextRoundToOpen(rounds, today());
  return {
    openerUnitId: scopeUnitId,
    ...next,
    ...defaultRoundDates(next.template, next.year, next.periodIndex),
    reportingUnitTypes: ['ward', 'commune'],
    outline: 'standard',
  };
}

/** Opens a reporting round for a unit's subtree; dates follow the template until the user changes them. */
export function OpenRoundModal({
  open,
  onClose,
  rounds,
}: {
  open: boolean;
  onClose: () => void;
  /** The rounds already open, so that the proposed one is one that does not exist yet. */
  rounds: readonly RoundSummary[];
}) {
  const { t, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const types = useUnitTypes();
  const [form] = Form.useForm<OpenRoundForm>();
  const template = Form.useWatch('template', form);
  const year = roundYear(Form.useWatch('year', form));
  const periodIndex = Form.useWatch('periodIndex', form);

  const refreshDates = (changed: Partial<OpenRoundForm>) => {
    if (!('template' in changed || 'year' in changed || 'periodIndex' in changed)) return;
    const values = form.getFieldsValue(['template', 'year', 'periodIndex']);
    const chosenYear = roundYear(values.year);
    if (!values.template || !chosenYear) return;
    form.setFieldsValue(defaultRoundDates(values.template, chosenYear, values.periodIndex ?? 1));
  };

  const count = template ? periodCount(template) : 1;

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('round.open')}
      name="openRound"
      okText={t('round.openSubmit')}
      width={640}
      form={form}
      initialValues={initialValues(me.scopeUnitId, rounds)}
      onValuesChange={refreshDates}
      submit={(values: OpenRoundForm) =>
        openRound({
          openerUnitId: values.openerUnitId,
          template: values.template,
          year: values.year,
          periodIndex: periodCount(values.template) > 1 ? values.periodIndex : 1,
          periodStart: toIsoDate(values.period[0]),
          periodEnd: toIsoDate(values.period[1]),
          deadline: toIsoDate(values.deadline),
          reportingUnitTypes: values.reportingUnitTypes,
          title: values.title?.trim() || undefined,
          outline: values.outline,
          keyIndicators: values.keyIndicators?.length ? values.keyIndicators : undefined,
        })
      }
      onSuccess={async (round) => {
        await queryClient.invalidateQueries({ queryKey: reportKeys.all });
        navigate(`/reports/${round.id}`);
      }}
      successMessage={(round) => t('round.openedDone', { title: round.title })}
    >
      <Form.Item
        label={t('round.opener')}
        name="openerUnitId"
        rules={[{ required: true, message: t('round.openerRequired') }]}
      >
        <UnitTreeSelect />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={count > 1 ? 10 : 16}>
          <Form.Item label={t('round.template')} name="template">
            <Select options={templates.map((value) => ({ value, label: t(`round.templateKind.${value}`) }))} />
          </Form.Item>
        </Col>
        {count > 1 && (
          <Col xs={12} sm={6}>
            <Form.Item
              label={t(template === 'monthly' ? 'round.month' : 'round.quarter')}
              name="periodIndex"
              rules={[
                { required: true, message: t('round.periodIndexInvalid', { max: count }) },
                ...numberViRules(t, { integer: true, min: 1, max: count }),
              ]}
            >
              <NumberInputVi integer style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
        <Col xs={12} sm={8}>
          <Form.Item
            label={t('round.year')}
            name="year"
            rules={[
              { required: true, message: t('round.yearInvalid') },
              ...numberViRules(t, { integer: true, ...yearBounds, plain: true }),
            ]}
          >
            <NumberInputVi integer plain style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={16}>
          <Form.Item
            label={t('round.period')}
            name="period"
            rules={[{ required: true, message: t('common.dateRequired') }]}
          >
            <DatePicker.RangePicker format={dateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item
            label={t('round.deadline')}
            name="deadline"
            dependencies={['period']}
            rules={[
              { required: true, message: t('common.dateRequired') },
              ({ getFieldValue }) => ({
                validator: (_, value: Dayjs | undefined) => {
                  const period = getFieldValue('period') as [Dayjs, Dayjs] | undefined;
                  return !value || !period || !value.isBefore(period[1], 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('round.deadlineBeforeEnd')));
                },
              }),
            ]}
          >
            <DatePicker format={dateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('round.reportingUnitTypes')}
        name="reportingUnitTypes"
        extra={t('round.reportingUnitTypesHint')}
        rules={[{ required: true, type: 'array', min: 1, message: t('round.reportingUnitTypesRequired') }]}
      >
        <Select
          mode="multiple"
          loading={types.isPending}
          showSearch={{ filterOption: (input, option) => foldIncludes(option?.label, input) }}
          options={(types.data ?? []).map((type) => ({
            value: type.code,
            label: lang === 'vi' ? type.nameVi : type.nameEn,
          }))}
        />
      </Form.Item>
      <Form.Item
        label={t('round.titleLabel')}
        name="title"
        extra={
          // The title the round gets when left empty, for the period chosen (not always the 9 months' example).
          template && year
            ? t('round.titleHint', {
                title: defaultRoundTitle({
                  template,
                  year,
                  periodIndex: periodCount(template) > 1 && Number.isInteger(periodIndex) ? periodIndex : 1,
                }),
              })
            : undefined
        }
        rules={[{ max: 300 }]}
      >
        <Input />
      </Form.Item>
      <Form.Item label={t('round.outline')} name="outline" extra={t('round.outlineHint')}>
        <Select
          options={reportOutlineCodes.map((value) => ({
            value,
            label: reportOutlines[value][lang === 'vi' ? 'vi' : 'en'],
          }))}
          data-testid="round-outline"
        />
      </Form.Item>
      <Form.Item label={t('round.keyIndicators')} name="keyIndicators" extra={t('round.keyIndicatorsHint')}>
        <KeyIndicatorsSelect year={year} />
      </Form.Item>
    </FormModal>
  );
}
