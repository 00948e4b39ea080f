import { Form } from 'antd';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useI18n } from '../../lib/i18n';
import { EditableRows } from './EditableRows';

export interface QuotaValues {
  unitId?: number;
  quota?: number | null;
}

/** The rows of a campaign's quotas, a unit and its number each: on opening a campaign and when changing them. */
export function QuotaFields() {
  const { t } = useI18n();
  return (
    <EditableRows<QuotaValues>
      name="quotas"
      title={t('kt.quotas')}
      addLabel={t('kt.addQuota')}
      removeLabel={t('kt.removeQuota')}
    >
      {(row) => (
        <>
          <Form.Item
            name={[row.name, 'unitId']}
            label={`${t('kt.unit')} ${row.number}`}
            rules={[{ required: true, message: t('kt.required') }]}
            style={{ marginBottom: 0, minWidth: 220, flex: 1 }}
          >
            <UnitTreeSelect />
          </Form.Item>
          <Form.Item
            name={[row.name, 'quota']}
            label={t('kt.quota')}
            rules={[
              { required: true, message: t('kt.required') },
              ...numberViRules(t, { integer: true, min: 0, max: 10_000 }),
            ]}
            style={{ marginBottom: 0, width: 140 }}
          >
            <NumberInputVi integer />
          </Form.Item>
        </>
      )}
    </EditableRows>
  );
}

/** The quotas as the API takes them: rows left without a unit or a number are dropped. */
export const quotasOf = (rows: QuotaValues[] | undefined) =>
  (rows ?? []).flatMap((q) =>
    q.unitId && q.quota !== undefined && q.quota !== null ? [{ unitId: q.unitId, quota: q.quota }] : [],
  );
