import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { ClearOutlined, FilterOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { auditActionNames, auditEntityNames } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { actionLabel, entityTypeLabel } from '../../lib/auditLabels';
import { foldIncludes } from '../../lib/foldIncludes';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import type { AuditFilters } from './api';

interface FilterForm {
  action?: string;
  entityType?: string;
  actor?: string;
  unitId?: number | null;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toFilters(values: FilterForm): AuditFilters {
  const [from, to] = values.range ?? [null, null];
  return {
    action: values.action?.trim() || undefined,
    entityType: values.entityType || undefined,
    actor: values.actor?.trim() || undefined,
    unitId: values.unitId ?? undefined,
    from: from ? toIsoDate(from) : undefined,
    to: to ? toIsoDate(to) : undefined,
  };
}

/** The server-side filters of the audit log; applied on "Lọc", cleared on "Xóa bộ lọc". */
export function AuditFilterForm({ onChange }: { onChange: (filters: AuditFilters) => void }) {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<FilterForm>();

  return (
    <Form<FilterForm>
      name="auditFilter"
      form={form}
      layout="vertical"
      onFinish={(values) => onChange(toFilters(values))}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('audit.action')} name="action">
            <AutoComplete
              allowClear
              options={Object.keys(auditActionNames).map((action) => ({
                value: action,
                label: `${actionLabel(action, lang)} (${action})`,
              }))}
              showSearch={{ filterOption: (input, option) => foldIncludes(option?.label, input) }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('audit.entityType')} name="entityType">
            <Select
              allowClear
              options={Object.keys(auditEntityNames).map((type) => ({
                value: type,
                label: entityTypeLabel(type, lang),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('audit.actor')} name="actor">
            <Input allowClear autoCapitalize="none" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('audit.unit')} name="unitId">
            <UnitTreeSelect allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Form.Item label={t('audit.dateRange')} name="range">
            <DatePicker.RangePicker
              format={dateFormat}
              allowEmpty={[true, true]}
              placeholder={[t('audit.from'), t('audit.to')]}
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={16} style={{ display: 'flex', alignItems: 'flex-end', gap: 8, paddingBottom: 24 }}>
          <Button type="primary" htmlType="submit" icon={<FilterOutlined aria-hidden />}>
            {t('audit.search')}
          </Button>
          <Button
            icon={<ClearOutlined aria-hidden />}
            onClick={() => {
              form.resetFields();
              onChange({});
            }}
          >
            {t('audit.reset')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
