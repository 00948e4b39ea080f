import { useState } from 'react';
import { Button, DatePicker, Form, Input, Select } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { documentNumberPattern, signings, type ReportView, type Signing } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { download } from '../../lib/api';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { reportFiles } from './api';
import { reportFileName } from './reportFileName';
import { saveFile } from './saveFile';

interface WordExportForm {
  number?: string;
  date: Dayjs;
  signing: Signing;
  headTitle?: string;
  signerTitle?: string;
  signerName?: string;
}

/** "Tải Word": the number, date of issue and signature block asked first, with today and a collective signature as defaults. */
export function WordExportButton({ view }: { view: ReportView }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<WordExportForm>();
  const signing = Form.useWatch('signing', form);

  const exportWord = async (values: WordExportForm) => {
    const query = new URLSearchParams({ date: toIsoDate(values.date), signing: values.signing });
    for (const key of ['number', 'headTitle', 'signerTitle', 'signerName'] as const) {
      const value = values[key]?.trim();
      if (value && (key !== 'headTitle' || values.signing === 'deputy')) query.set(key, value);
    }
    const file = await download(`${reportFiles.word(view.id)}?${query}`);
    saveFile(file.blob, file.fileName ?? reportFileName(view, 'docx'));
  };

  return (
    <>
      <Button icon={<FileWordOutlined aria-hidden />} onClick={() => setOpen(true)}>
        {t('report.downloadWord')}
      </Button>
      <FormModal
        open={open}
        onClose={() => setOpen(false)}
        title={t('word.title')}
        name="wordExport"
        okText={t('word.download')}
        form={form}
        initialValues={{ date: today(), signing: 'collective' }}
        submit={exportWord}
      >
        <Form.Item label={t('word.number')} name="number" extra={t('word.numberHint')} rules={[{ pattern: documentNumberPattern, message: t('word.numberInvalid') }]}>
          <Input maxLength={10} inputMode="numeric" />
        </Form.Item>
        <Form.Item label={t('word.date')} name="date" rules={[{ required: true, message: t('common.dateRequired') }]}>
          <DatePicker format={dateFormat} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('word.signing')} name="signing">
          <Select
            options={signings.map((value) => ({ value, label: t(`word.signing.${value}`) }))}
          />
        </Form.Item>
        {signing === 'deputy' && (
          <Form.Item label={t('word.headTitle')} name="headTitle" rules={[{ required: true, whitespace: true, message: t('word.headTitleRequired') }]}>
            <Input maxLength={100} placeholder={t('word.headTitlePlaceholder')} />
          </Form.Item>
        )}
        <Form.Item label={t('word.signerTitle')} name="signerTitle">
          <Input maxLength={100} placeholder={t('word.signerTitlePlaceholder')} />
        </Form.Item>
        <Form.Item label={t('word.signerName')} name="signerName">
          <Input maxLength={100} />
        </Form.Item>
      </FormModal>
    </>
  );
}
