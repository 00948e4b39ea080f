import { AutoComplete, Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { ClearOutlined, FilterOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { foldIncludes } from '../../lib/foldIncludes';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { actionLabel, knownActions } from './auditLabels';
import type { AuditFilters } from './api';

interface FilterForm {
  action?: string;
  entityType?: string;
  actor?: string;
  unitId?: number | null;
  range?: [Dayjs | null, Dayjs | null] | null;
}

const entityTypes: { value: string; label: MessageKey }[] = [
  { value: 'unit', label: 'audit.entity.unit' },
  { value: 'user', label: 'audit.entity.user' },
  { value: 'session', label: 'audit.entity.session' },
  { value: 'import', label: 'audit.entity.import' },
  { value: 'document', label: 'audit.entity.document' },
];

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
  const { t } = useI18n();
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
              options={knownActions.map((action) => ({
                value: action,
                label: `${actionLabel(action, t) ?? action} (${action})`,
              }))}
              showSearch={{ filterOption: (input, option) => foldIncludes(option?.label, input) }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12} lg={6}>
          <Form.Item label={t('audit.entityType')} name="entityType">
            <Select allowClear options={entityTypes.map((type) => ({ value: type.value, label: t(type.label) }))} />
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
