import { DatePicker, Form, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import type { ModelSummary, RecognitionLevel } from '@danvan/shared';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { decideOnModel, refreshModels } from './api';
import { levelOptions } from './modelLabels';

interface DecisionForm {
  recognised: boolean;
  level?: RecognitionLevel;
  decidedOn: Dayjs;
}

/** "Công nhận": recognise an evaluated model at a level, or decide not to; asked once more before sending. */
export function DecideModelModal({
  model,
  open,
  onClose,
}: {
  model: ModelSummary;
  open: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DecisionForm>();
  const recognised = Form.useWatch('recognised', form);
  const levelName = (level?: RecognitionLevel) =>
    levelOptions(lang).find((option) => option.value === level)?.label ?? '';

  return (
    <FormModal<DecisionForm, ModelSummary>
      open={open}
      onClose={onClose}
      name="decideModel"
      form={form}
      title={t('models.decideTitle', { name: model.name })}
      okText={t('models.decide')}
      initialValues={{ recognised: true, level: 'commune', decidedOn: today() }}
      confirm={(values) =>
        values.recognised
          ? t('models.decideConfirmYes', { level: levelName(values.level) })
          : t('models.decideConfirmNo')
      }
      submit={(values) =>
        decideOnModel(
          model.id,
          values.recognised
            ? { recognised: true, level: values.level as RecognitionLevel, decidedOn: toIsoDate(values.decidedOn) }
            : { recognised: false, decidedOn: toIsoDate(values.decidedOn) },
        )
      }
      onSuccess={(saved) => refreshModels(queryClient, saved)}
      successMessage={(saved) =>
        saved.status === 'recognised' ? t('models.recognisedDone') : t('models.rejectedDone')
      }
    >
      <Form.Item label={t('models.decision')} name="recognised">
        <Radio.Group
          options={[
            { value: true, label: t('models.recognise') },
            { value: false, label: t('models.reject') },
          ]}
        />
      </Form.Item>
      {recognised !== false && (
        <Form.Item
          label={t('models.level')}
          name="level"
          rules={[{ required: true, message: t('models.levelRequired') }]}
        >
          <Select options={levelOptions(lang)} style={{ maxWidth: 240 }} />
        </Form.Item>
      )}
      <Form.Item
        label={t('models.decidedOn')}
        name="decidedOn"
        rules={[{ required: true, message: t('common.dateRequired') }]}
      >
        <DatePicker format={dateFormat} />
      </Form.Item>
    </FormModal>
  );
}
