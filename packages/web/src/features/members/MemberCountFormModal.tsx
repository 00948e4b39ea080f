import { useMemo } from 'react';
import { App, Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { useQueryClient } from '@tanstack/react-query';
import {
  organisationKindCodes,
  type MemberCountInput,
  type MemberCountSaved,
  type MemberCountSummary,
} from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { foldIncludes } from '../../lib/foldIncludes';
import { useUnits } from '../../lib/units';
import { createMemberCount, memberKeys, updateMemberCount } from './api';
import { useI18n } from '../../lib/i18n';
import { lastEndedQuarter } from './memberLabels';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The entry to edit; a new entry when absent. */
  entry?: MemberCountSummary;
}

const kinds: readonly string[] = organisationKindCodes;

/** Records or corrects one organisation's figures for a quarter or a month. */
export function MemberCountFormModal({ open, onClose, entry }: Props) {
  const { t, lang } = useI18n();
  const { notification } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MemberCountInput>();
  const periodKind = Form.useWatch('periodKind', form) ?? entry?.periodKind ?? 'quarter';
  const units = useUnits();
  const organisations = useMemo(() => {
    const list = units.data ?? [];
    const names = new Map(list.map((unit) => [unit.id, unit.name]));
    return list
      .filter((unit) => kinds.includes(unit.type) && unit.closedOn === null)
      .map((unit) => ({
        value: unit.id,
        label: unit.name,
        parent: unit.parentId === null ? '' : (names.get(unit.parentId) ?? ''),
      }));
  }, [units.data]);
  const defaults = lastEndedQuarter();
  const initialValues: Partial<MemberCountInput> = entry
    ? {
        unitId: entry.unitId,
        periodKind: entry.periodKind,
        year: entry.year,
        periodIndex: entry.periodIndex,
        members: entry.members,
        admitted: entry.admitted,
        left: entry.left,
        referredToParty: entry.referredToParty,
        note: entry.note,
      }
    : {
        periodKind: 'quarter',
        year: defaults.year,
        periodIndex: defaults.quarter,
        admitted: 0,
        left: 0,
        referredToParty: 0,
        note: '',
      };
  const indexOptions = Array.from({ length: periodKind === 'month' ? 12 : 4 }, (_, i) => ({
    value: i + 1,
    label: periodKind === 'month' ? `${t('members.month')} ${i + 1}` : `${t('members.quarter')} ${i + 1}`,
  }));
  const countInput = <NumberInputVi integer style={{ width: '100%' }} />;
  const countRules = [
    { required: true, message: t('members.numberRequired') },
    ...numberViRules(t, { integer: true, min: 0, max: 10_000_000 }),
  ];

  return (
    <FormModal<MemberCountInput, MemberCountSaved>
      open={open}
      onClose={onClose}
      title={entry ? `${t('members.edit')}: ${entry.unitName}` : t('members.add')}
      name="member-count"
      form={form}
      width={640}
      initialValues={initialValues}
      onValuesChange={(changed) => {
        if (changed.periodKind === 'quarter' && (form.getFieldValue('periodIndex') ?? 1) > 4)
          form.setFieldValue('periodIndex', 4);
      }}
      submit={(values) => (entry ? updateMemberCount(entry.id, values) : createMemberCount(values))}
      onSuccess={async (result) => {
        await queryClient.invalidateQueries({ queryKey: memberKeys.all });
        if (result.warnings.length > 0) {
          notification.warning({
            message: t('members.savedWithWarnings'),
            description: result.warnings.map((warning) => (lang === 'en' ? warning.en : warning.vi)).join('\n'),
            duration: 10,
          });
        }
      }}
      successMessage={t('members.saved')}
    >
      <Form.Item
        name="unitId"
        label={t('members.organisation')}
        rules={[{ required: true, message: t('members.organisationRequired') }]}
      >
        <Select
          showSearch={{
            filterOption: (input, option) => foldIncludes(`${option?.label ?? ''} ${option?.parent ?? ''}`, input),
          }}
          options={organisations}
          loading={units.isPending}
          optionRender={(option) => (
            <span>
              {option.data.label}
              {option.data.parent && <Typography.Text type="secondary"> — {option.data.parent}</Typography.Text>}
            </span>
          )}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <Form.Item name="periodKind" label={t('members.periodKind')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'quarter', label: t('members.quarter') },
                { value: 'month', label: t('members.month') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={7}>
          <Form.Item name="periodIndex" label={t('members.periodIndex')} rules={[{ required: true }]}>
            <Select options={indexOptions} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={7}>
          <Form.Item
            name="year"
            label={t('members.year')}
            rules={[
              { required: true, message: t('members.numberRequired') },
              ...numberViRules(t, { integer: true, min: 2000, max: 2100, plain: true }),
            ]}
          >
            <NumberInputVi integer plain style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="members" label={t('members.members')} extra={t('members.membersHint')} rules={countRules}>
            {countInput}
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name="admitted" label={t('members.admitted')} rules={countRules}>
            {countInput}
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}>
          <Form.Item name="left" label={t('members.left')} rules={countRules}>
            {countInput}
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="referredToParty" label={t('members.referredToParty')} rules={countRules.slice(1)}>
        {countInput}
      </Form.Item>
      <Form.Item name="note" label={t('members.note')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
