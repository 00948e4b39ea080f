import { useState } from 'react';
import { DatePicker, Form, Input, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { AwardRecipientKind, CampaignDetail } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { decide, fetchPeople, ktKeys, nominate, setQuotas } from './api';
import { QuotaFields, quotasOf, type QuotaValues } from './QuotaFields';

interface Props {
  campaign: CampaignDetail;
  open: boolean;
  onClose: () => void;
}

const useRefresh = () => {
  const queryClient = useQueryClient();
  return (saved: CampaignDetail) => {
    queryClient.setQueryData(ktKeys.campaign(saved.id), saved);
    return queryClient.invalidateQueries({ queryKey: ktKeys.all });
  };
};

interface NominationValues {
  awardTypeId: number;
  kind: 'individual' | 'collective';
  personId?: number;
  collectiveUnitId?: number;
  achievements?: string;
}

/**
 * Nominates a person of the unit's register, or a collective (a unit of its scope: "tập thể"), for an
 * award of the campaign: the award's recipients say which of the two it may be. People are searched on
 * the server, not loaded whole.
 */
export function NominationModal({ campaign, open, onClose }: Props) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const [form] = Form.useForm<NominationValues>();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 300);
  const query = { q, sort: 'name' as const, limit: 50, offset: 0 };
  const people = useQuery({ queryKey: ktKeys.people(query), queryFn: () => fetchPeople(query), enabled: open });
  const awardTypeId = Form.useWatch('awardTypeId', form);
  const kind = Form.useWatch('kind', form);
  const recipients = campaign.awardTypes.find((a) => a.id === awardTypeId)?.recipients ?? 'individual';
  const first = campaign.awardTypes[0];
  const kindFor = (r: AwardRecipientKind) => (r === 'collective' ? 'collective' : 'individual');
  return (
    <FormModal<NominationValues, CampaignDetail>
      open={open}
      onClose={onClose}
      title={t('kt.nominate')}
      name="nomination"
      form={form}
      initialValues={{ awardTypeId: first?.id, kind: kindFor(first?.recipients ?? 'individual') }}
      onValuesChange={(changed: Partial<NominationValues>) => {
        const type = campaign.awardTypes.find((a) => a.id === changed.awardTypeId);
        // An award for one kind only sets the kind; one for both leaves the user's choice.
        if (type && type.recipients !== 'both') form.setFieldValue('kind', kindFor(type.recipients));
      }}
      submit={(v) =>
        nominate(campaign.id, {
          awardTypeId: v.awardTypeId,
          personId: v.kind === 'individual' ? (v.personId ?? null) : null,
          collectiveUnitId: v.kind === 'collective' ? (v.collectiveUnitId ?? null) : null,
          achievements: v.achievements ?? '',
        })
      }
      onSuccess={refresh}
      successMessage={t('kt.saved')}
    >
      <Form.Item name="awardTypeId" label={t('kt.awards')} rules={[{ required: true, message: t('kt.required') }]}>
        <Select options={campaign.awardTypes.map((a) => ({ value: a.id, label: a.name }))} />
      </Form.Item>
      <Form.Item name="kind" label={t('kt.nomineeKind')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'individual', label: t('kt.individual'), disabled: recipients === 'collective' },
            { value: 'collective', label: t('kt.collective'), disabled: recipients === 'individual' },
          ]}
        />
      </Form.Item>
      {kind === 'collective' ? (
        <Form.Item
          name="collectiveUnitId"
          label={t('kt.collectiveUnit')}
          rules={[{ required: true, message: t('kt.collectiveRequired') }]}
        >
          <UnitTreeSelect />
        </Form.Item>
      ) : (
        <Form.Item name="personId" label={t('kt.person')} rules={[{ required: true, message: t('kt.personRequired') }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={people.isFetching}
            options={(people.data?.items ?? []).map((p) => ({
              value: p.id,
              label: `${p.fullName} — ${p.unitName}`,
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="achievements" label={t('kt.achievements')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}

/**
 * The owner changes the quotas while the campaign is open; the server refuses a quota below what a
 * unit has already nominated and says so on that row.
 */
export function QuotasModal({ campaign, open, onClose }: Props) {
  const { t } = useI18n();
  const refresh = useRefresh();
  return (
    <FormModal<{ quotas?: QuotaValues[] }, CampaignDetail>
      open={open}
      onClose={onClose}
      title={t('kt.editQuotas')}
      name="quotas"
      width={640}
      initialValues={{ quotas: campaign.quotas.map((q) => ({ unitId: q.unitId, quota: q.quota })) }}
      submit={(v) => setQuotas(campaign.id, { quotas: quotasOf(v.quotas) })}
      onSuccess={refresh}
      successMessage={t('kt.saved')}
    >
      <Typography.Paragraph type="secondary">{t('kt.quotasHint')}</Typography.Paragraph>
      <QuotaFields />
    </FormModal>
  );
}

/** The decision for one award of the campaign: every nomination the council passed becomes a recipient. */
export function DecisionModal({ campaign, open, onClose }: Props) {
  const { t } = useI18n();
  const refresh = useRefresh();
  return (
    <FormModal<
      { awardTypeId: number; number: string; signedOn: Dayjs; issuer: string; signer?: string },
      CampaignDetail
    >
      open={open}
      onClose={onClose}
      title={t('kt.decision')}
      name="decision"
      initialValues={{ awardTypeId: campaign.awardTypes[0]?.id }}
      submit={(v) =>
        decide(campaign.id, {
          awardTypeId: v.awardTypeId,
          number: v.number,
          signedOn: toIsoDate(v.signedOn),
          issuer: v.issuer,
          signer: v.signer ?? '',
        })
      }
      onSuccess={refresh}
      successMessage={t('kt.saved')}
    >
      <Form.Item name="awardTypeId" label={t('kt.awards')} rules={[{ required: true, message: t('kt.required') }]}>
        <Select options={campaign.awardTypes.map((a) => ({ value: a.id, label: a.name }))} />
      </Form.Item>
      <Form.Item name="number" label={t('kt.number')} rules={[{ required: true, message: t('kt.required') }]}>
        <Input placeholder="125-QĐ/TU" />
      </Form.Item>
      <Form.Item name="signedOn" label={t('kt.signedOn')} rules={[{ required: true, message: t('kt.required') }]}>
        <DatePicker format={dateFormat} />
      </Form.Item>
      <Form.Item name="issuer" label={t('kt.issuer')} rules={[{ required: true, message: t('kt.required') }]}>
        <Input placeholder="Ban Thường vụ Thành ủy" />
      </Form.Item>
      <Form.Item name="signer" label={t('kt.signer')}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
