import { Button, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import { NumberInputVi, numberViRules } from '../../components/NumberInputVi';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { ModelField, ModelInput, ModelSummary } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { FormModal } from '../../components/FormModal';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { fetchMovements, movementKeys, refreshModels, saveModel } from './api';
import { LoadingModal } from './LoadingModal';
import { fieldOptions } from './modelLabels';

interface ModelForm {
  movementId: number;
  unitId: number;
  name: string;
  field: ModelField;
  ownerPeople?: string;
  registeredOn: Dayjs;
  startOn?: Dayjs | null;
  description?: string;
  results?: string;
  resultFigures?: { label?: string; value?: number | null; unit?: string }[];
}

function toInput(values: ModelForm): ModelInput {
  return {
    movementId: values.movementId,
    unitId: values.unitId,
    name: values.name.trim(),
    field: values.field,
    ownerPeople: (values.ownerPeople ?? '').trim(),
    registeredOn: toIsoDate(values.registeredOn),
    startOn: values.startOn ? toIsoDate(values.startOn) : null,
    description: (values.description ?? '').trim(),
    results: (values.results ?? '').trim(),
    resultFigures: (values.resultFigures ?? [])
      .filter((figure) => figure.label?.trim() && typeof figure.value === 'number')
      .map((figure) => ({
        label: (figure.label ?? '').trim(),
        value: figure.value as number,
        unit: (figure.unit ?? '').trim(),
      })),
  };
}

function initialValues(
  model: ModelSummary | undefined,
  defaults: { movementId?: number; unitId: number },
): Partial<ModelForm> {
  if (!model) {
    return {
      movementId: defaults.movementId,
      unitId: defaults.unitId,
      field: 'economy',
      registeredOn: today(),
      resultFigures: [],
    };
  }
  return {
    movementId: model.movementId,
    unitId: model.unitId,
    name: model.name,
    field: model.field,
    ownerPeople: model.ownerPeople,
    registeredOn: dayjs(model.registeredOn),
    startOn: model.startOn ? dayjs(model.startOn) : null,
    description: model.description,
    results: model.results,
    resultFigures: model.resultFigures,
  };
}

/**
 * "Đăng ký mô hình" (no `model`) or "Sửa mô hình": the movement, the unit (by default the account's
 * own ward or commune), what the model is, and its results with figures.
 */
export function ModelFormModal({
  model,
  movementId,
  open,
  onClose,
}: {
  model?: ModelSummary;
  movementId?: number;
  open: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const movements = useQuery({ queryKey: movementKeys.list(), queryFn: () => fetchMovements() });
  const [form] = Form.useForm<ModelForm>();
  const unitId = Form.useWatch('unitId', form) ?? model?.unitId ?? me.scopeUnitId;
  const title = model ? t('models.editTitle', { name: model.name }) : t('models.add');
  if (movements.isPending) return <LoadingModal open={open} title={title} onClose={onClose} />;
  // A model is registered under a movement its unit is expected to take part in (the server refuses others):
  // those come first, the others are shown but cannot be chosen.
  const takesPart = (id: number | undefined, unit: number) =>
    (movements.data ?? []).some((m) => m.id === id && m.participation.unitIds.includes(unit));
  const movementOptions = (movements.data ?? [])
    .map((m) => {
      const taking = m.participation.unitIds.includes(unitId) || m.id === model?.movementId;
      return {
        value: m.id,
        label: taking ? m.name : `${m.name} (${t('models.notTakingPart')})`,
        disabled: !taking,
      };
    })
    .sort((a, b) => Number(a.disabled) - Number(b.disabled));
  const defaultMovement =
    movementId ?? (movements.data ?? []).find((m) => m.participation.unitIds.includes(me.scopeUnitId))?.id;

  return (
    <FormModal<ModelForm, ModelSummary>
      open={open}
      onClose={onClose}
      name={model ? 'editModel' : 'createModel'}
      form={form}
      title={title}
      width={760}
      initialValues={initialValues(model, {
        movementId: defaultMovement,
        unitId: me.scopeUnitId,
      })}
      submit={(values) => saveModel(toInput(values), model?.id)}
      onSuccess={async (saved) => {
        await refreshModels(queryClient, saved);
        if (!model) navigate(`/models/${saved.id}`);
      }}
      successMessage={(saved) => (model ? t('models.updatedDone') : t('models.createdDone', { name: saved.name }))}
    >
      <Form.Item
        label={t('models.movement')}
        name="movementId"
        dependencies={['unitId']}
        rules={[
          { required: true, message: t('models.movementRequired') },
          ({ getFieldValue }) => ({
            validator: async (_, value: number | undefined) => {
              const unit = getFieldValue('unitId') as number | undefined;
              const kept = model && value === model.movementId && unit === model.unitId;
              if (value !== undefined && unit !== undefined && !kept && !takesPart(value, unit))
                throw new Error(t('models.unitNotTakingPart'));
            },
          }),
        ]}
      >
        <Select
          options={movementOptions}
          showSearch={{ filterOption: (input, option) => foldIncludes(option?.label, input) }}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item
            label={t('models.unit')}
            name="unitId"
            rules={[{ required: true, message: t('models.unitRequired') }]}
          >
            <UnitTreeSelect />
          </Form.Item>
        </Col>
        <Col xs={24} sm={10}>
          <Form.Item label={t('models.field')} name="field" rules={[{ required: true }]}>
            <Select options={fieldOptions(lang)} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('models.name')}
        name="name"
        rules={[{ required: true, whitespace: true, max: 300, message: t('models.nameRequired') }]}
      >
        <Input autoComplete="off" placeholder={t('models.namePlaceholder')} />
      </Form.Item>
      <Form.Item label={t('models.ownerPeople')} name="ownerPeople" rules={[{ max: 1000 }]}>
        <Input autoComplete="off" placeholder={t('models.ownerPeoplePlaceholder')} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            label={t('models.registeredOn')}
            name="registeredOn"
            rules={[{ required: true, message: t('common.dateRequired') }]}
          >
            <DatePicker format={dateFormat} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item label={t('models.startOn')} name="startOn">
            <DatePicker format={dateFormat} style={{ width: '100%' }} allowClear />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('models.description')} name="description" rules={[{ max: 20_000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder={t('models.descriptionPlaceholder')} />
      </Form.Item>
      <Form.Item label={t('models.results')} name="results" rules={[{ max: 20_000 }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.List name="resultFigures">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            <span>{t('models.figures')}</span>
            {fields.map((field) => (
              <Row key={field.key} gutter={8} align="top">
                <Col xs={24} sm={12}>
                  <Form.Item
                    name={[field.name, 'label']}
                    rules={[{ required: true, whitespace: true, max: 200, message: t('models.figureLabelRequired') }]}
                  >
                    <Input placeholder={t('models.figureLabel')} aria-label={t('models.figureLabel')} />
                  </Form.Item>
                </Col>
                <Col xs={10} sm={5}>
                  <Form.Item
                    name={[field.name, 'value']}
                    rules={[{ required: true, message: t('models.figureValueRequired') }, ...numberViRules(t)]}
                  >
                    <NumberInputVi
                      style={{ width: '100%' }}
                      placeholder={t('models.figureValue')}
                      aria-label={t('models.figureValue')}
                    />
                  </Form.Item>
                </Col>
                <Col xs={10} sm={5}>
                  <Form.Item name={[field.name, 'unit']} rules={[{ max: 40 }]}>
                    <Input placeholder={t('models.figureUnit')} aria-label={t('models.figureUnit')} />
                  </Form.Item>
                </Col>
                <Col xs={4} sm={2}>
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('models.figureRemove')}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ label: '', value: null, unit: '' })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('models.figureAdd')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </FormModal>
  );
}
