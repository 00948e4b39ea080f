import { useState } from 'react';
import { Button, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import type { ConferenceDetail } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { issueDocument, refreshConference } from './api';

interface Values {
  number: number;
  issuedOn: Dayjs;
  signer: string;
}

/** Issues the invitation or the notice with its number: it goes into the documents register (a number used twice is refused). */
export function IssueButton({ conference, which }: { conference: ConferenceDetail; which: 'invitation' | 'notice' }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const title = which === 'invitation' ? t('conferences.issueInvitation') : t('conferences.issueNotice');
  return (
    <>
      <Button onClick={() => setOpen(true)}>{title}</Button>
      <FormModal<Values, ConferenceDetail>
        open={open}
        onClose={() => setOpen(false)}
        title={title}
        name={`issue-${which}`}
        // The next free number of the year, as the register holds it now; still editable.
        initialValues={{ number: conference.nextNumbers?.[which] ?? undefined, issuedOn: today(), signer: '' }}
        submit={(values) => issueDocument(conference.id, which, { ...values, issuedOn: toIsoDate(values.issuedOn) })}
        onSuccess={(saved) => refreshConference(queryClient, saved)}
        successMessage={t('conferences.saved')}
      >
        <Form.Item
          name="number"
          label={t('conferences.number')}
          rules={[{ required: true }, ...numberViRules(t, { integer: true, min: 1, max: 99_999, plain: true })]}
        >
          <NumberInputVi integer plain />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('conferences.issuedOn')} rules={[{ required: true }]}>
          <DatePicker format={dateFormat} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="signer" label={t('conferences.signer')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={120} />
        </Form.Item>
      </FormModal>
    </>
  );
}
