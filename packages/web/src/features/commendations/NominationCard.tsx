import { useState } from 'react';
import { App, Button, Card, Flex, Form, Input, Tag, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { nominationStatuses, type CampaignDetail, type NominationSummary, type VoteInput } from '@danvan/shared';
import { DownloadButton } from '../../components/DownloadButton';
import { FormModal } from '../../components/FormModal';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { evidencePath, ktKeys, nominationStep, recordVote, uploadEvidence } from './api';
import { CheckTable, OutcomeTag } from './CheckTable';

/** One nomination: who, the check criterion by criterion, the vote, the evidence, and what the account may do. */
export function NominationCard({ campaignId, nomination: n }: { campaignId: number; nomination: NominationSummary }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [dialog, setDialog] = useState<'return' | 'vote' | null>(null);
  const refresh = async (saved: CampaignDetail) => {
    queryClient.setQueryData(ktKeys.campaign(campaignId), saved);
    await queryClient.invalidateQueries({ queryKey: ktKeys.all });
    message.success(t('kt.saved'));
  };
  const step = useMutation({
    mutationFn: (verb: 'submit' | 'approve') => nominationStep(n.id, verb),
    onSuccess: refresh,
    onError: (e) => handleError(e),
  });
  const attach = useMutation({
    mutationFn: (file: File) => uploadEvidence(n.id, file),
    onSuccess: refresh,
    onError: (e) => handleError(e),
  });
  const headingId = `nomination-${n.id}`;

  return (
    <Card size="small" aria-labelledby={headingId}>
      <Flex vertical gap={8}>
        <Flex gap={8} wrap align="center" justify="space-between">
          <Typography.Title level={3} id={headingId} style={{ margin: 0, fontSize: 16 }}>
            {n.nomineeName}
            {n.birthYear !== null && <Typography.Text type="secondary"> ({n.birthYear})</Typography.Text>}
          </Typography.Title>
          <Flex gap={4} wrap>
            {n.collectiveUnitId !== null && <Tag color="purple">{t('kt.collective')}</Tag>}
            <OutcomeTag outcome={n.checkOutcome} />
            <Tag>{pick(nominationStatuses[n.status])}</Tag>
          </Flex>
        </Flex>
        <Typography.Text>
          {n.position ? `${n.position} · ` : ''}
          {n.unitName} · {n.awardName}
        </Typography.Text>
        {n.status === 'submitted' && (
          <Typography.Text type="secondary">
            {t('kt.waitingAt')}: {n.atUnitName}
          </Typography.Text>
        )}
        {n.comment && (
          <Typography.Text type="secondary">
            {t('kt.comment')}: {n.comment}
          </Typography.Text>
        )}
        {n.ruleVersionName && (
          <Typography.Text type="secondary">
            {t('kt.ruleVersion')}: {n.ruleVersionName}
          </Typography.Text>
        )}
        <CheckTable nomination={n} />
        {n.votes && <Typography.Text>{t('kt.votes', n.votes)}</Typography.Text>}
        {n.evidence.length > 0 && (
          <Flex gap={8} wrap>
            {n.evidence.map((e) => (
              <DownloadButton
                key={e.id}
                path={evidencePath(n.id, e.id)}
                fallbackName={e.fileName}
                icon={<PaperClipOutlined aria-hidden />}
              >
                {e.fileName}
              </DownloadButton>
            ))}
          </Flex>
        )}
        <Flex gap={8} wrap>
          {n.abilities.attach && (
            <Upload
              showUploadList={false}
              beforeUpload={(file) => {
                attach.mutate(file);
                return false;
              }}
            >
              <Button icon={<UploadOutlined aria-hidden />} loading={attach.isPending}>
                {t('kt.attach')}
              </Button>
            </Upload>
          )}
          {n.abilities.submit && (
            <Button type="primary" loading={step.isPending} onClick={() => step.mutate('submit')}>
              {t('kt.submit')}
            </Button>
          )}
          {n.abilities.approve && (
            <Button type="primary" loading={step.isPending} onClick={() => step.mutate('approve')}>
              {t('kt.approve')}
            </Button>
          )}
          {n.abilities.return && <Button onClick={() => setDialog('return')}>{t('kt.return')}</Button>}
          {n.abilities.vote && <Button onClick={() => setDialog('vote')}>{t('kt.vote')}</Button>}
        </Flex>
      </Flex>
      <FormModal<{ comment: string }, CampaignDetail>
        open={dialog === 'return'}
        onClose={() => setDialog(null)}
        title={`${t('kt.return')}: ${n.nomineeName}`}
        name={`return-${n.id}`}
        submit={(v) => nominationStep(n.id, 'return', v.comment)}
        onSuccess={refresh}
      >
        <Form.Item
          name="comment"
          label={t('kt.comment')}
          rules={[{ required: true, message: t('kt.commentRequired') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </FormModal>
      <FormModal<VoteInput, CampaignDetail>
        open={dialog === 'vote'}
        onClose={() => setDialog(null)}
        title={`${t('kt.vote')}: ${n.nomineeName}`}
        name={`vote-${n.id}`}
        initialValues={n.votes ?? { members: undefined, inFavour: undefined, against: 0, abstaining: 0 }}
        submit={(v) => recordVote(n.id, v)}
        onSuccess={refresh}
      >
        {(['members', 'inFavour', 'against', 'abstaining'] as const).map((field) => (
          <Form.Item
            key={field}
            name={field}
            label={t(`kt.${field}`)}
            rules={[
              { required: true, message: t('kt.required') },
              ...numberViRules(t, { integer: true, min: 0, max: 10_000 }),
            ]}
          >
            <NumberInputVi integer />
          </Form.Item>
        ))}
      </FormModal>
    </Card>
  );
}
