import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, DatePicker, Flex, Form, Input, Select, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  awardLevels,
  awardRecipientKinds,
  awardReportClasses,
  commendationRuleKinds,
  formatDateVi,
  type AwardLevel,
  type AwardRecipientKind,
  type AwardReportClass,
  type AwardType,
  type CommendationRule,
} from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { PageTitle } from '../../components/PageTitle';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { addRuleVersion, createAwardType, editAwardType, fetchAwardTypes, ktKeys } from './api';
import { CommendationsNav } from './CommendationsNav';
import { commendationMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([commendationMessages]);

/** A rule in words, with its figures: "Thời gian công tác…: 20 năm, kiêm nhiệm × 0,5, vùng khó khăn × 1,5". */
function ruleText(
  rule: CommendationRule,
  pick: (m: { vi: string; en: string }) => string,
  nameOf: (code: string) => string,
): string {
  const name = pick(commendationRuleKinds[rule.kind]);
  const n = (x: number) => x.toLocaleString('vi-VN');
  switch (rule.kind) {
    case 'service_years':
      return `${name}: ${n(rule.minYears)} năm, kiêm nhiệm × ${n(rule.partTimeCoefficient)}, vùng khó khăn × ${n(rule.difficultAreaFactor)}`;
    case 'posthumous':
      return `${name}: ${rule.allowed ? 'có' : 'không'}`;
    case 'no_discipline':
      return `${name}: ${rule.lookbackYears} năm`;
    case 'priority_reduction':
      return `${name}: ${nameOf(rule.awardTypeCode)} giảm ${n(rule.reduceYears)} năm`;
    case 'once_per_person':
      return name;
  }
}

interface VersionValues {
  effectiveFrom: Dayjs;
  name: string;
  legalBasis?: string;
  minYears?: number;
  partTimeCoefficient?: string;
  difficultAreaFactor?: string;
  oncePerPerson?: boolean;
  posthumousAllowed?: boolean;
  lookbackYears?: number;
  reductions?: { awardTypeCode?: string; reduceYears?: string }[];
}

const decimal = (text: string | undefined, fallback: number) => {
  const value = Number((text ?? '').replace(',', '.'));
  return text && Number.isFinite(value) ? value : fallback;
};

function rulesOf(v: VersionValues): CommendationRule[] {
  const rules: CommendationRule[] = [];
  if (v.minYears !== undefined && v.minYears !== null)
    rules.push({
      kind: 'service_years',
      minYears: Number(v.minYears),
      partTimeCoefficient: decimal(v.partTimeCoefficient, 1),
      difficultAreaFactor: decimal(v.difficultAreaFactor, 1),
    });
  if (v.oncePerPerson) rules.push({ kind: 'once_per_person' });
  rules.push({ kind: 'posthumous', allowed: v.posthumousAllowed ?? false });
  if (v.lookbackYears) rules.push({ kind: 'no_discipline', lookbackYears: Number(v.lookbackYears) });
  // Rows left without an award are dropped; the server refuses reductions without years of service.
  for (const r of v.reductions ?? [])
    if (r.awardTypeCode)
      rules.push({
        kind: 'priority_reduction',
        awardTypeCode: r.awardTypeCode,
        reduceYears: decimal(r.reduceYears, 0),
      });
  return rules;
}

/** /commendations/award-types — administrators: award types and their rule versions by effective date. */
export function AwardTypesPage() {
  const { t, pick } = useI18n();
  const queryClient = useQueryClient();
  const types = useQuery({ queryKey: ktKeys.awardTypes, queryFn: fetchAwardTypes });
  const [adding, setAdding] = useState(false);
  const [versionOf, setVersionOf] = useState<AwardType | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ktKeys.all });
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  // The class a type is counted as in the reports, changed in place: one indicator per class.
  const classify = useMutation({
    mutationFn: ({ type, reportAs }: { type: AwardType; reportAs: AwardReportClass | null }) => {
      const { id, versions: _versions, ...input } = type;
      return editAwardType(id, { ...input, reportAs });
    },
    onSuccess: () => {
      message.success(t('kt.saved'));
      return refresh();
    },
    onError: (e) => handleError(e),
  });
  // A reduction names the award held by its code; the screen names it.
  const nameOf = (code: string) => types.data?.find((x) => x.code === code)?.name ?? code;
  const reportAsOptions = [
    { value: '', label: t('kt.reportAsNone') },
    ...Object.entries(awardReportClasses).map(([value, label]) => ({ value, label: pick(label) })),
  ];

  return (
    <Card>
      <Flex vertical gap={16}>
        <PageTitle>{t('kt.awardTypes')}</PageTitle>
        <CommendationsNav />
        <Alert type="warning" showIcon message={t('kt.exampleWarning')} />
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setAdding(true)}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('kt.addType')}
        </Button>
        <Table<AwardType>
          rowKey="id"
          loading={types.isFetching}
          dataSource={types.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { key: 'code', title: t('kt.code'), dataIndex: 'code' },
            {
              key: 'name',
              title: t('kt.name'),
              render: (_, x) => (
                <Flex vertical style={{ maxWidth: 320, whiteSpace: 'normal' }}>
                  <strong>{x.name}</strong>
                  <Typography.Text type="secondary">{x.issuer}</Typography.Text>
                </Flex>
              ),
            },
            { key: 'level', title: t('kt.level'), render: (_, x) => pick(awardLevels[x.level]) },
            { key: 'recipients', title: t('kt.recipients'), render: (_, x) => pick(awardRecipientKinds[x.recipients]) },
            {
              key: 'reportAs',
              title: t('kt.reportAs'),
              render: (_, x) => (
                <Select
                  aria-label={`${t('kt.reportAs')}: ${x.name}`}
                  value={x.reportAs ?? ''}
                  options={reportAsOptions}
                  disabled={classify.isPending}
                  onChange={(value: string) =>
                    classify.mutate({ type: x, reportAs: value === '' ? null : (value as AwardReportClass) })
                  }
                  style={{ width: 260 }}
                  popupMatchSelectWidth={false}
                />
              ),
            },
            {
              key: 'versions',
              title: t('kt.versions'),
              render: (_, x) => (
                <Flex vertical gap={4} style={{ maxWidth: 420, whiteSpace: 'normal' }}>
                  {x.versions.map((v) => (
                    <div key={v.id}>
                      <strong>
                        {t('kt.effectiveFrom')} {formatDateVi(v.effectiveFrom)} — {v.name}
                      </strong>
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {v.rules.map((r, i) => (
                          <li key={i}>{ruleText(r, pick, nameOf)}</li>
                        ))}
                      </ul>
                    </div>
                  ))}
                  <Button size="small" onClick={() => setVersionOf(x)} style={{ alignSelf: 'flex-start' }}>
                    {t('kt.addVersion')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Flex>
      <FormModal<
        {
          code: string;
          name: string;
          issuer: string;
          level: AwardLevel;
          recipients: AwardRecipientKind;
          isMedal?: boolean;
          reportAs?: AwardReportClass | '';
        },
        AwardType
      >
        open={adding}
        onClose={() => setAdding(false)}
        title={t('kt.addType')}
        name="awardType"
        initialValues={{ level: 'central', recipients: 'individual', reportAs: '' }}
        submit={(v) =>
          createAwardType({ ...v, isMedal: v.isMedal ?? false, reportAs: v.reportAs || null, active: true })
        }
        onSuccess={refresh}
      >
        <Form.Item name="code" label={t('kt.code')} rules={[{ required: true, message: t('kt.required') }]}>
          <Input placeholder="KNC_DAN_VAN" />
        </Form.Item>
        <Form.Item name="name" label={t('kt.name')} rules={[{ required: true, message: t('kt.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="issuer" label={t('kt.issuer')} rules={[{ required: true, message: t('kt.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="level" label={t('kt.level')}>
          <Select options={Object.entries(awardLevels).map(([value, label]) => ({ value, label: pick(label) }))} />
        </Form.Item>
        <Form.Item name="recipients" label={t('kt.recipients')}>
          <Select
            options={Object.entries(awardRecipientKinds).map(([value, label]) => ({ value, label: pick(label) }))}
          />
        </Form.Item>
        <Form.Item name="isMedal" valuePropName="checked">
          <Checkbox>Kỷ niệm chương</Checkbox>
        </Form.Item>
        <Form.Item name="reportAs" label={t('kt.reportAs')}>
          <Select options={reportAsOptions} />
        </Form.Item>
      </FormModal>
      <FormModal<VersionValues, AwardType>
        open={versionOf !== null}
        onClose={() => setVersionOf(null)}
        title={`${t('kt.addVersion')}: ${versionOf?.name ?? ''}`}
        name="ruleVersion"
        submit={(v) =>
          addRuleVersion(versionOf?.id ?? 0, {
            effectiveFrom: toIsoDate(v.effectiveFrom),
            name: v.name,
            legalBasis: v.legalBasis ?? '',
            rules: rulesOf(v),
          })
        }
        onSuccess={refresh}
      >
        <Form.Item
          name="effectiveFrom"
          label={t('kt.effectiveFrom')}
          rules={[{ required: true, message: t('kt.required') }]}
        >
          <DatePicker format={dateFormat} />
        </Form.Item>
        <Form.Item name="name" label={t('kt.name')} rules={[{ required: true, message: t('kt.required') }]}>
          <Input />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('kt.legalBasis')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="minYears" label={t('kt.minYears')}>
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item name="partTimeCoefficient" label={t('kt.partTimeCoefficient')}>
          <Input inputMode="decimal" placeholder="0,5" />
        </Form.Item>
        <Form.Item name="difficultAreaFactor" label={t('kt.difficultAreaFactor')}>
          <Input inputMode="decimal" placeholder="1,5" />
        </Form.Item>
        <Form.Item name="lookbackYears" label={t('kt.lookbackYears')}>
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item name="oncePerPerson" valuePropName="checked">
          <Checkbox>{t('kt.oncePerPerson')}</Checkbox>
        </Form.Item>
        <Form.Item name="posthumousAllowed" valuePropName="checked">
          <Checkbox>{t('kt.posthumousAllowed')}</Checkbox>
        </Form.Item>
        <Form.List name="reductions">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              <Typography.Text strong>{t('kt.reductions')}</Typography.Text>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} wrap align="start">
                  <Form.Item name={[field.name, 'awardTypeCode']} noStyle>
                    <Select
                      aria-label={`${t('kt.reductionAward')} ${i + 1}`}
                      placeholder={t('kt.reductionAward')}
                      style={{ width: 260 }}
                      options={(types.data ?? [])
                        .filter((x) => x.id !== versionOf?.id)
                        .map((x) => ({ value: x.code, label: x.name }))}
                    />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reduceYears']} noStyle>
                    <Input
                      aria-label={`${t('kt.reduceYears')} ${i + 1}`}
                      placeholder={t('kt.reduceYears')}
                      inputMode="decimal"
                      style={{ width: 120 }}
                    />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>{t('kt.removeReduction')}</Button>
                </Flex>
              ))}
              <Button onClick={() => add({})} style={{ alignSelf: 'flex-start' }}>
                {t('kt.addReduction')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </FormModal>
    </Card>
  );
}
