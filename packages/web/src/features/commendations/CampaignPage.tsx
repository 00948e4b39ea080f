import { useState } from 'react';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { EditOutlined, FileExcelOutlined, FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { formatDateVi, type CampaignDetail } from '@danvan/shared';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle, SectionTitle } from '../../components/PageTitle';
import { useI18n } from '../../lib/i18n';
import { fetchCampaign, ktKeys, nominationsExportPath, recipientsPath } from './api';
import { DecisionModal, NominationModal, QuotasModal } from './CampaignForms';
import { DecisionRecipients } from './DecisionRecipients';
import { NominationsList } from './NominationsList';
import { commendationMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([commendationMessages]);

/** /commendations/campaigns/:id — quotas, nominations by unit with their check, the vote, the decision, the lists. */
export function CampaignPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const campaign = useQuery({ queryKey: ktKeys.campaign(id), queryFn: () => fetchCampaign(id) });
  const [dialog, setDialog] = useState<'nominate' | 'decide' | 'quotas' | null>(null);
  if (campaign.isPending) return <Skeleton active />;
  if (campaign.isError) return <ErrorAlert error={campaign.error} onRetry={() => campaign.refetch()} />;
  const c: CampaignDetail = campaign.data;
  if (!c) return <Result status="404" />;

  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex vertical gap={12}>
          <Link to="/commendations">← {t('kt.title')}</Link>
          <PageTitle>{c.title}</PageTitle>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'owner', label: t('kt.owner'), children: c.ownerName },
              { key: 'ref', label: t('kt.referenceDate'), children: formatDateVi(c.referenceDate) },
              { key: 'deadline', label: t('kt.deadline'), children: formatDateVi(c.deadline) },
              {
                key: 'status',
                label: t('kt.status'),
                children: c.status === 'open' ? t('kt.statusOpen') : t('kt.statusDecided'),
              },
              {
                key: 'awards',
                label: t('kt.awards'),
                children: c.awardTypes.map((a) => (
                  <Tag key={a.id} style={{ whiteSpace: 'normal' }}>
                    {a.name}
                  </Tag>
                )),
              },
            ]}
          />
          <Flex gap={8} wrap>
            {c.abilities.nominate && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('nominate')}>
                {t('kt.nominate')}
              </Button>
            )}
            {c.abilities.decide && <Button onClick={() => setDialog('decide')}>{t('kt.decision')}</Button>}
            {c.nominationCount > 0 && (
              <DownloadButton
                path={nominationsExportPath(c.id)}
                fallbackName="ho-so-de-nghi.xlsx"
                icon={<FileExcelOutlined aria-hidden />}
              >
                {t('kt.exportNominations')}
              </DownloadButton>
            )}
          </Flex>
        </Flex>
      </Card>
      {(c.quotas.length > 0 || c.abilities.setQuotas) && (
        <Card>
          <Flex gap={8} wrap align="center" justify="space-between">
            <SectionTitle>{t('kt.quotas')}</SectionTitle>
            {c.abilities.setQuotas && (
              <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('quotas')}>
                {t('kt.editQuotas')}
              </Button>
            )}
          </Flex>
          <Table
            size="small"
            rowKey="unitId"
            pagination={false}
            dataSource={c.quotas}
            columns={[
              { key: 'unit', title: t('kt.unit'), dataIndex: 'unitName' },
              { key: 'quota', title: t('kt.quota'), dataIndex: 'quota', align: 'right' },
              { key: 'nominated', title: t('kt.nominated'), dataIndex: 'nominated', align: 'right' },
            ]}
          />
        </Card>
      )}
      <Card>
        <NominationsList campaignId={c.id} />
      </Card>
      {c.decisions.length > 0 && (
        <Card>
          <SectionTitle>{t('kt.decisions')}</SectionTitle>
          {c.decisions.map((d) => (
            <Flex key={d.id} vertical gap={8}>
              <Typography.Text strong>
                {d.awardName}: {t('kt.number')} {d.number}, {formatDateVi(d.signedOn)} — {d.issuer}
              </Typography.Text>
              <DecisionRecipients recipients={d.recipients} />
              <Flex gap={8} wrap>
                <DownloadButton
                  path={recipientsPath(c.id, d.id, 'docx')}
                  fallbackName="danh-sach-khen-thuong.docx"
                  icon={<FileWordOutlined aria-hidden />}
                >
                  {t('kt.word')}
                </DownloadButton>
                <DownloadButton
                  path={recipientsPath(c.id, d.id, 'xlsx')}
                  fallbackName="danh-sach-khen-thuong.xlsx"
                  icon={<FileExcelOutlined aria-hidden />}
                >
                  {t('kt.excel')}
                </DownloadButton>
              </Flex>
            </Flex>
          ))}
        </Card>
      )}
      <NominationModal campaign={c} open={dialog === 'nominate'} onClose={() => setDialog(null)} />
      <DecisionModal campaign={c} open={dialog === 'decide'} onClose={() => setDialog(null)} />
      <QuotasModal campaign={c} open={dialog === 'quotas'} onClose={() => setDialog(null)} />
    </Flex>
  );
}
