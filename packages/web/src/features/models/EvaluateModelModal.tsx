import { DatePicker, Form, Input } from 'antd';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import type { ModelSummary } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { evaluateModel, refreshModels } from './api';

interface EvaluationForm {
  score: number;
  comment?: string;
  evaluatedOn: Dayjs;
}

/** "Đánh giá": the upper unit's score out of 100 and its comment. */
export function EvaluateModelModal({
  model,
  open,
  onClose,
}: {
  model: ModelSummary;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  return (
    <FormModal<EvaluationForm, ModelSummary>
      open={open}
      onClose={onClose}
      name="evaluateModel"
      title={t('models.evaluateTitle', { name: model.name })}
      okText={t('models.evaluate')}
      initialValues={{ evaluatedOn: today() }}
      submit={(values) =>
        evaluateModel(model.id, {
          score: values.score,
          comment: (values.comment ?? '').trim(),
          evaluatedOn: toIsoDate(values.evaluatedOn),
        })
      }
      onSuccess={(saved) => refreshModels(queryClient, saved)}
      successMessage={t('models.evaluatedDone')}
    >
      <Form.Item
        label={t('models.scoreLabel')}
        name="score"
        rules={[{ required: true, message: t('models.scoreRequired') }, ...numberViRules(t, { min: 0, max: 100 })]}
      >
        <NumberInputVi style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label={t('models.comment')} name="comment" rules={[{ max: 5000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
      <Form.Item
        label={t('models.evaluatedOn')}
        name="evaluatedOn"
        rules={[{ required: true, message: t('common.dateRequired') }]}
      >
        <DatePicker format={dateFormat} />
      </Form.Item>
    </FormModal>
  );
}
