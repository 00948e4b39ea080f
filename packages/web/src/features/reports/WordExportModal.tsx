import { DatePicker, Form, Input, Radio, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { documentNumberPattern, signings, type ReportView, type Signing } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { download } from '../../lib/api';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { reportFiles, reportKeys, saveExportSettings } from './api';
import { RecipientLines } from './RecipientLines';
import { reportFileName } from './reportFileName';
import { saveFile } from '../../lib/saveFile';
import { exportQuery, queryErrorsOnForm, recipientLines, toExportSettings } from './wordExportSettings';

interface WordExportForm {
  number?: string;
  date?: Dayjs | null;
  signing: Signing;
  collectiveName?: string;
  headTitle?: string;
  signerTitle?: string;
  signerName?: string;
  recipients: string[];
}

/**
 * The "Tải Word" form: number, date of issue, who signs and how, and "Nơi nhận", starting from the report's
 * stored settings; on download they are stored with the report (when the account may) and the
 * document is exported with them. A submitted or approved report needs its signer's name.
 */
export function WordExportModal({ view, open, onClose }: { view: ReportView; open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<WordExportForm>();
  const signing = Form.useWatch('signing', form);
  const stored = view.exportSettings;
  const final = view.status === 'submitted' || view.status === 'approved';

  const exportWord = async (values: WordExportForm) => {
    const settings = toExportSettings({ ...values, date: values.date ? toIsoDate(values.date) : null });
    if (view.abilities.configureExport) {
      const saved = await saveExportSettings(view.id, settings);
      queryClient.setQueryData<ReportView>(
        reportKeys.ofUnit(view.round.id, view.unit.id),
        (old) => old && { ...old, exportSettings: saved },
      );
    }
    const file = await download(`${reportFiles.word(view.id)}?${exportQuery(settings)}`).catch((error: unknown) => {
      throw queryErrorsOnForm(error);
    });
    saveFile(file.blob, file.fileName ?? reportFileName(view, 'docx'));
  };

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('word.title')}
      name="wordExport"
      okText={t('word.download')}
      form={form}
      initialValues={{
        number: stored.number ?? undefined,
        date: stored.date ? dayjs(stored.date) : today(),
        signing: stored.signing,
        collectiveName: stored.collectiveName ?? undefined,
        headTitle: stored.headTitle ?? undefined,
        signerTitle: stored.signerTitle ?? undefined,
        signerName: stored.signerName ?? undefined,
        recipients: recipientLines(stored),
      }}
      submit={exportWord}
    >
      {view.abilities.configureExport && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('wordExport.saveHint')}
        </Typography.Paragraph>
      )}
      <Form.Item
        label={t('word.number')}
        name="number"
        extra={t('word.numberHint')}
        rules={[{ pattern: documentNumberPattern, message: t('word.numberInvalid') }]}
      >
        <Input maxLength={10} inputMode="numeric" autoComplete="off" data-testid="word-number" />
      </Form.Item>
      <Form.Item label={t('word.date')} name="date" extra={t('wordExport.dateHint')}>
        <DatePicker format={dateFormat} style={{ width: '100%' }} data-testid="word-date" />
      </Form.Item>
      <Form.Item label={t('word.signing')} name="signing" rules={[{ required: true }]}>
        <Radio.Group
          data-testid="word-signing"
          options={signings.map((value) => ({ value, label: t(`word.signing.${value}`) }))}
        />
      </Form.Item>
      {signing === 'collective' && (
        <Form.Item
          label={t('wordExport.collectiveName')}
          name="collectiveName"
          extra={t('wordExport.collectiveNameHint', { body: view.body.name })}
        >
          <Input maxLength={100} autoComplete="off" data-testid="word-collective-name" />
        </Form.Item>
      )}
      {signing === 'deputy' && (
        <Form.Item
          label={t('word.headTitle')}
          name="headTitle"
          rules={[{ required: true, whitespace: true, message: t('word.headTitleRequired') }]}
        >
          <Input
            maxLength={100}
            placeholder={t('word.headTitlePlaceholder')}
            autoComplete="off"
            data-testid="word-head-title"
          />
        </Form.Item>
      )}
      <Form.Item label={t('word.signerTitle')} name="signerTitle">
        <Input
          maxLength={100}
          placeholder={t('word.signerTitlePlaceholder')}
          autoComplete="off"
          data-testid="word-signer-title"
        />
      </Form.Item>
      <Form.Item
        label={t('word.signerName')}
        name="signerName"
        rules={final ? [{ required: true, whitespace: true, message: t('wordExport.signerNameRequired') }] : []}
      >
        <Input maxLength={100} autoComplete="name" data-testid="word-signer-name" />
      </Form.Item>
      <RecipientLines />
    </FormModal>
  );
}
