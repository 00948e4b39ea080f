import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { CampaignDetail } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { decide, fetchPeople, ktKeys, nominate } from './api';

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

/** Nominates a person of the unit's register for one award of the campaign. */
export function NominationModal({ campaign, open, onClose }: Props) {
  const { t } = useI18n();
  const refresh = useRefresh();
  const people = useQuery({ queryKey: ktKeys.people('', 0), queryFn: () => fetchPeople('', 500, 0), enabled: open });
  return (
    <FormModal<{ awardTypeId: number; personId: number; achievements?: string }, CampaignDetail>
      open={open}
      onClose={onClose}
      title={t('kt.nominate')}
      name="nomination"
      initialValues={{ awardTypeId: campaign.awardTypes[0]?.id }}
      submit={(v) =>
        nominate(campaign.id, {
          awardTypeId: v.awardTypeId,
          personId: v.personId,
          collectiveUnitId: null,
          achievements: v.achievements ?? '',
        })
      }
      onSuccess={refresh}
      successMessage={t('kt.saved')}
    >
      <Form.Item name="awardTypeId" label={t('kt.awards')} rules={[{ required: true, message: t('kt.required') }]}>
        <Select options={campaign.awardTypes.map((a) => ({ value: a.id, label: a.name }))} />
      </Form.Item>
      <Form.Item name="personId" label={t('kt.person')} rules={[{ required: true, message: t('kt.personRequired') }]}>
        <Select
          showSearch
          optionFilterProp="label"
          loading={people.isFetching}
          options={(people.data?.items ?? []).map((p) => ({
            value: p.id,
            label: `${p.fullName} — ${p.unitName}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="achievements" label={t('kt.achievements')}>
        <Input.TextArea rows={3} />
      </Form.Item>
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
