import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import type { RoundSummary } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { changeRound, reportKeys } from './api';

interface ChangeRoundForm {
  title: string;
  deadline: Dayjs;
}

/** The opener changes a round's title or extends its deadline; lateness is judged against the new one. */
export function ChangeRoundModal({
  round,
  open,
  onClose,
}: {
  round: RoundSummary;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const periodEnd = dayjs(round.periodEnd);

  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={t('round.change')}
      name="changeRound"
      initialValues={{ title: round.title, deadline: dayjs(round.deadline) }}
      submit={(values: ChangeRoundForm) =>
        changeRound(round.id, { title: values.title.trim(), deadline: toIsoDate(values.deadline) })
      }
      onSuccess={() => queryClient.invalidateQueries({ queryKey: reportKeys.all })}
      successMessage={t('round.changedDone')}
    >
      <Form.Item
        label={t('round.titleLabel')}
        name="title"
        rules={[{ required: true, whitespace: true, message: t('round.titleRequired') }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        label={t('round.deadline')}
        name="deadline"
        rules={[
          { required: true, message: t('common.dateRequired') },
          {
            validator: (_, value: Dayjs | undefined) =>
              !value || !value.isBefore(periodEnd, 'day')
                ? Promise.resolve()
                : Promise.reject(new Error(t('round.deadlineBeforeEnd'))),
          },
        ]}
      >
        <DatePicker
          format={dateFormat}
          style={{ width: '100%' }}
          disabledDate={(day) => day.isBefore(periodEnd, 'day')}
        />
      </Form.Item>
    </FormModal>
  );
}
