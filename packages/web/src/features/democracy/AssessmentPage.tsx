import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Collapse,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, PaperClipOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useParams } from 'react-router-dom';
import {
  democracyGroupCodes,
  democracyGroups,
  democracyRatingCodes,
  democracyRatings,
  entryStatusCodes,
  entryStatuses,
  formatDateVi,
  type AssessmentDetail,
  type AssessmentSaveInput,
  type DemocracyRating,
  type EntryStatus,
} from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { useIsPhone } from '../../lib/useIsPhone';
import {
  democracyKeys,
  evidencePath,
  fetchAssessment,
  rateAssessment,
  refreshAssessment,
  returnAssessment,
  saveAssessment,
  submitAssessment,
} from './api';
import { AssessmentHistory } from './AssessmentHistory';
import { AssessmentStatusTag, RatingTag } from './DemocracyTags';
import { DocumentPicker } from './DocumentPicker';
import { EvidenceUpload } from './EvidenceUpload';
import { AutosaveStatus } from './AutosaveStatus';
import { useAssessmentAutosave } from './useAssessmentAutosave';
import { PageTitle } from '../../components/PageTitle';
import { ConfirmPopover } from '../../components/ConfirmPopover';
import { democracyMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([democracyMessages]);

interface EntryValues {
  status?: EntryStatus;
  quantity?: number | null;
  meetings?: number | null;
  doneOn?: Dayjs | null;
  documentIds?: number[];
  note?: string;
}
interface Values {
  entries: Record<string, EntryValues>;
  selfRating?: DemocracyRating | null;
  selfComment?: string;
}

function toValues(detail: AssessmentDetail): Values {
  const entries: Record<string, EntryValues> = {};
  for (const { item, entry } of detail.items) {
    entries[item.id] = entry
      ? {
          ...entry,
          doneOn: entry.doneOn ? dayjs(entry.doneOn) : null,
          documentIds: entry.documents.map((doc) => doc.id),
        }
      : { documentIds: [], note: '' };
  }
  return { entries, selfRating: detail.selfRating, selfComment: detail.selfComment };
}

function toInput(values: Values): AssessmentSaveInput {
  return {
    entries: Object.entries(values.entries ?? {})
      .filter(([, entry]) => entry.status)
      .map(([itemId, entry]) => ({
        itemId: Number(itemId),
        status: entry.status as EntryStatus,
        quantity: entry.quantity ?? null,
        meetings: entry.meetings ?? null,
        doneOn: entry.doneOn ? toIsoDate(entry.doneOn) : null,
        documentIds: entry.documentIds ?? [],
        note: entry.note ?? '',
      })),
    selfRating: values.selfRating ?? null,
    selfComment: values.selfComment ?? '',
  };
}

/** /democracy/:unitId/:year — the checklist of the four groups with evidence, the self-assessment, and the upper unit's actions. */
export function AssessmentPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const unitId = Number(useParams().unitId);
  const year = Number(useParams().year);
  const isPhone = useIsPhone();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const [dialog, setDialog] = useState<'return' | 'rate' | null>(null);
  const detail = useQuery({
    queryKey: democracyKeys.detail(unitId, year),
    queryFn: () => fetchAssessment(unitId, year),
  });
  const data = detail.data;
  const initial = useMemo(() => (data ? toValues(data) : undefined), [data]);
  const saveDraft = useCallback(async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return false;
    await refreshAssessment(queryClient, await saveAssessment(unitId, year, toInput(values)));
    return true;
  }, [form, queryClient, unitId, year]);
  const showInvalid = useCallback(() => {
    const first = form.getFieldsError().find((field) => field.errors.length > 0);
    if (first) form.scrollToField(first.name, { block: 'center', focus: true });
  }, [form]);
  const autosave = useAssessmentAutosave({ enabled: Boolean(data?.abilities.edit), save: saveDraft, showInvalid });
  // The server's copy fills the form, unless edits not yet saved would be overwritten.
  useEffect(() => {
    if (initial && !autosave.dirty) form.setFieldsValue(initial);
  }, [form, initial, autosave.dirty]);

  // Submitting saves the form as it is first (the autosave may not have run yet).
  const submit = useMutation({
    mutationFn: async () => {
      const values = await form.validateFields();
      if (data?.abilities.edit) await saveAssessment(unitId, year, toInput(values));
      return submitAssessment(unitId, year);
    },
    onSuccess: async (saved) => {
      await refreshAssessment(queryClient, saved);
      message.success(t('democracy.submitted'));
    },
    onError: (error) => handleError(error, form),
  });

  if (detail.isError) return <ErrorAlert error={detail.error} onRetry={() => detail.refetch()} />;
  if (!data || !initial) return <Spin size="large" style={{ display: 'block', margin: '64px auto' }} />;
  const editing = data.abilities.edit;
  const countRules = numberViRules(t, { integer: true, min: 0 });
  const statusOptions = entryStatusCodes.map((status) => ({ value: status, label: pick(entryStatuses[status]) }));

  const actions = (
    <Flex gap={8} wrap justify="flex-end">
      {editing && (
        <Button
          onClick={() => void autosave.flush().then((saved) => saved && message.success(t('democracy.saved')))}
          loading={autosave.state.kind === 'saving'}
        >
          {t('democracy.saveDraft')}
        </Button>
      )}
      {(editing || data.abilities.submit) && (
        <ConfirmPopover
          title={t('democracy.submitConfirm')}
          okText={t('democracy.submit')}
          cancelText={t('common.cancel')}
          onConfirm={() => submit.mutate()}
        >
          <Button type="primary" loading={submit.isPending}>
            {t('democracy.submit')}
          </Button>
        </ConfirmPopover>
      )}
      {data.abilities.return && (
        <Button danger onClick={() => setDialog('return')}>
          {t('democracy.return')}
        </Button>
      )}
      {data.abilities.rate && (
        <Button type="primary" onClick={() => setDialog('rate')}>
          {t('democracy.rate')}
        </Button>
      )}
    </Flex>
  );

  const groups = democracyGroupCodes.map((group) => ({
    key: group,
    label: (
      <Space wrap>
        <Typography.Text strong>{pick(democracyGroups[group])}</Typography.Text>
        <Typography.Text type="secondary">({democracyGroups[group].law})</Typography.Text>
        <Typography.Text type="secondary">
          {t('democracy.groupDone', {
            done: data.items.filter(({ item, entry }) => item.group === group && entry?.status === 'done').length,
            total: data.items.filter(({ item }) => item.group === group).length,
          })}
        </Typography.Text>
      </Space>
    ),
    children: (
      <Flex vertical gap={12}>
        {data.items
          .filter(({ item }) => item.group === group)
          .map(({ item, entry, attachments }) => (
            <Card
              key={item.id}
              size="small"
              title={<Typography.Text style={{ whiteSpace: 'normal' }}>{item.title}</Typography.Text>}
              extra={<Typography.Text type="secondary">{item.legalRef}</Typography.Text>}
            >
              {item.guidance && <Typography.Paragraph type="secondary">{item.guidance}</Typography.Paragraph>}
              <Row gutter={[12, 0]}>
                <Col xs={24} md={12}>
                  <Form.Item name={['entries', String(item.id), 'status']} label={t('democracy.entryStatus')}>
                    {isPhone ? (
                      <Select
                        disabled={!editing}
                        options={statusOptions}
                        placeholder={t('democracy.entryStatusPlaceholder')}
                      />
                    ) : (
                      <Radio.Group disabled={!editing} optionType="button" size="small" options={statusOptions} />
                    )}
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item
                    name={['entries', String(item.id), 'quantity']}
                    label={t('democracy.quantity')}
                    rules={countRules}
                  >
                    <NumberInputVi integer disabled={!editing} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={4}>
                  <Form.Item
                    name={['entries', String(item.id), 'meetings']}
                    label={t('democracy.meetingsHeld')}
                    rules={countRules}
                  >
                    <NumberInputVi integer disabled={!editing} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={4}>
                  <Form.Item name={['entries', String(item.id), 'doneOn']} label={t('democracy.doneOn')}>
                    <DatePicker
                      format={dateFormat}
                      disabled={!editing}
                      placeholder={editing ? undefined : ''}
                      style={{ width: '100%' }}
                      disabledDate={(day) => day.year() !== year}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={['entries', String(item.id), 'documentIds']} label={t('democracy.documents')}>
                    <DocumentPicker known={entry?.documents ?? []} disabled={!editing} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={['entries', String(item.id), 'note']} label={t('democracy.note')}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} disabled={!editing} />
                  </Form.Item>
                </Col>
              </Row>
              <Flex gap={8} wrap align="center">
                {attachments.map((file) => (
                  <a key={file.id} href={evidencePath(unitId, year, file.id)} download={file.fileName}>
                    <PaperClipOutlined aria-hidden /> {file.fileName}
                  </a>
                ))}
                {editing && data.id !== null && <EvidenceUpload unitId={unitId} year={year} itemId={item.id} />}
                {editing && data.id === null && (
                  <Typography.Text type="secondary">{t('democracy.saveBeforeAttach')}</Typography.Text>
                )}
              </Flex>
            </Card>
          ))}
      </Flex>
    ),
  }));

  return (
    <Card>
      <Flex vertical gap={16}>
        <Link to={`/democracy?year=${year}`}>
          <ArrowLeftOutlined aria-hidden /> {t('democracy.backToList')}
        </Link>
        <Flex justify="space-between" align="center" gap={12} wrap>
          <PageTitle>{t('democracy.assessmentTitle', { unit: data.unitName, year })}</PageTitle>
          <AssessmentStatusTag status={data.status} />
        </Flex>
        {actions}
        {data.status === 'returned' && data.returnComment && (
          <Alert type="warning" showIcon message={t('democracy.returnedBecause')} description={data.returnComment} />
        )}
        {data.status === 'rated' && (
          <Descriptions bordered size="small" column={1} title={t('democracy.ratingResult')}>
            <Descriptions.Item label={t('democracy.rating')}>
              <RatingTag rating={data.rating} />
            </Descriptions.Item>
            <Descriptions.Item label={t('democracy.selfRating')}>
              <RatingTag rating={data.selfRating} />
            </Descriptions.Item>
            <Descriptions.Item label={t('democracy.ratedBy')}>
              {data.ratedByName}
              {data.ratedAt ? ` — ${formatDateVi(data.ratedAt.slice(0, 10))}` : ''}
            </Descriptions.Item>
            {data.ratingComment && (
              <Descriptions.Item label={t('democracy.comment')}>{data.ratingComment}</Descriptions.Item>
            )}
          </Descriptions>
        )}
        {data.items.length === 0 && <Alert type="info" showIcon message={t('democracy.noChecklist', { year })} />}
        <Form<Values>
          form={form}
          layout="vertical"
          name="democracy"
          initialValues={initial}
          onValuesChange={autosave.changed}
        >
          <Collapse items={groups} defaultActiveKey={[...democracyGroupCodes]} />
          <Card size="small" title={t('democracy.selfAssessment')} style={{ marginTop: 16 }}>
            <Form.Item name="selfRating" label={t('democracy.selfRating')}>
              <Select
                allowClear
                disabled={!editing}
                style={{ maxWidth: 240 }}
                options={democracyRatingCodes.map((rating) => ({
                  value: rating,
                  label: pick(democracyRatings[rating]),
                }))}
              />
            </Form.Item>
            <Form.Item name="selfComment" label={t('democracy.selfComment')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5000} disabled={!editing} />
            </Form.Item>
          </Card>
        </Form>
        {editing && (
          // Always in reach on a page of some thousand pixels: what is saved, and the actions.
          <Flex
            data-testid="democracy-save-bar"
            justify="space-between"
            align="center"
            gap={8}
            wrap
            style={{
              position: 'sticky',
              bottom: 0,
              zIndex: 10,
              padding: '8px 0',
              background: 'var(--ant-color-bg-container, #fff)',
              borderTop: '1px solid var(--ant-color-border-secondary, #f0f0f0)',
            }}
          >
            <AutosaveStatus state={autosave.state} />
            {actions}
          </Flex>
        )}
        {data.id !== null && me.abilities.readAudit && <AssessmentHistory assessmentId={data.id} />}
      </Flex>
      <FormModal<{ comment: string }, AssessmentDetail>
        open={dialog === 'return'}
        onClose={() => setDialog(null)}
        name="democracyReturn"
        title={t('democracy.return')}
        okText={t('democracy.return')}
        danger
        submit={(values) => returnAssessment(unitId, year, values.comment)}
        onSuccess={(saved) => refreshAssessment(queryClient, saved)}
        successMessage={t('democracy.returned')}
      >
        <Form.Item
          name="comment"
          label={t('democracy.returnReason')}
          rules={[{ required: true, whitespace: true, message: t('democracy.returnReasonRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
        </Form.Item>
      </FormModal>
      <FormModal<{ rating: DemocracyRating; comment?: string }, AssessmentDetail>
        open={dialog === 'rate'}
        onClose={() => setDialog(null)}
        name="democracyRate"
        title={t('democracy.rate')}
        okText={t('democracy.rate')}
        initialValues={{ rating: data.selfRating ?? undefined }}
        submit={(values) => rateAssessment(unitId, year, { rating: values.rating, comment: values.comment ?? '' })}
        onSuccess={(saved) => refreshAssessment(queryClient, saved)}
        successMessage={t('democracy.ratedDone')}
      >
        <Form.Item
          name="rating"
          label={t('democracy.rating')}
          rules={[{ required: true, message: t('democracy.ratingRequired') }]}
        >
          <Radio.Group
            options={democracyRatingCodes.map((rating) => ({ value: rating, label: pick(democracyRatings[rating]) }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('democracy.comment')}>
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={5000} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
