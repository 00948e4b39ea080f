import { useState } from 'react';
import { App, Col, DatePicker, Form, Input, Modal, Radio, Row, Select, Skeleton } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import {
  parseDocumentSymbol,
  type DocumentInput,
  type DocumentSummary,
  type DocumentTopic,
  type DocumentType,
} from '@danvan/shared';
import { dateFormat, toIsoDate, today } from '../../lib/dates';
import { foldIncludes } from '../../lib/foldIncludes';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { createDocument, refreshDocuments, updateDocument } from './api';
import { topicOptions, typeOptions } from './documentLabels';
import { normalizeSymbolInput } from './documentSymbol';
import { SymbolTypeMismatch } from './SymbolTypeMismatch';
import { useDefaultUnitId } from './useDefaultUnitId';

interface DocumentForm {
  unitId: number;
  type: DocumentType;
  symbol: string;
  issuedOn: Dayjs;
  signer: string;
  title: string;
  summary?: string;
  topics?: DocumentTopic[];
  role: DocumentInput['role'];
}

function toInput(values: DocumentForm): DocumentInput {
  return {
    unitId: values.unitId,
    type: values.type,
    symbol: values.symbol.normalize('NFC').trim(),
    issuedOn: toIsoDate(values.issuedOn),
    signer: values.signer.trim(),
    title: values.title.trim(),
    summary: (values.summary ?? '').trim(),
    topics: values.topics ?? [],
    role: values.role,
  };
}

function initialValues(doc: DocumentSummary | undefined, defaultUnitId: number | undefined): Partial<DocumentForm> {
  if (!doc) return { unitId: defaultUnitId, type: 'KH', issuedOn: today(), topics: [], role: 'issued' };
  return {
    unitId: doc.unitId,
    type: doc.type,
    symbol: doc.symbol,
    issuedOn: dayjs(doc.issuedOn),
    signer: doc.signer,
    title: doc.title,
    summary: doc.summary,
    topics: doc.topics,
    role: doc.role,
  };
}

/** "Vào sổ văn bản" (no `doc`) or "Sửa" (with `doc`): every field of the register, checked before sending. */
export function DocumentFormModal({
  doc,
  open,
  onClose,
}: {
  doc?: DocumentSummary;
  open: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const defaultUnit = useDefaultUnitId();
  const [form] = Form.useForm<DocumentForm>();
  const type = Form.useWatch('type', form);
  const symbol = Form.useWatch('symbol', form);
  const [changed, setChanged] = useState<'type' | 'symbol' | null>(null);
  const mutation = useMutation({
    mutationFn: (input: DocumentInput) => (doc ? updateDocument(doc.id, input) : createDocument(input)),
    onSuccess: async (saved) => {
      await refreshDocuments(queryClient, saved);
      message.success(doc ? t('document.updatedDone') : t('document.createdDone', { symbol: saved.symbol }));
      onClose();
      if (!doc) navigate(`/documents/${saved.id}`);
    },
    onError: (error) => handleError(error, form),
  });
  const waiting = !doc && defaultUnit.isPending;

  return (
    <Modal
      open={open}
      title={doc ? t('document.editTitle', { symbol: doc.symbol }) : t('documents.add')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: waiting }}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) setChanged(null);
      }}
      width={720}
      destroyOnHidden
    >
      {waiting ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Form<DocumentForm>
          name={doc ? 'editDocument' : 'createDocument'}
          form={form}
          layout="vertical"
          clearOnDestroy
          initialValues={initialValues(doc, defaultUnit.unitId)}
          onValuesChange={(values: Partial<DocumentForm>) => {
            if ('type' in values) setChanged('type');
            else if ('symbol' in values) setChanged('symbol');
          }}
          onFinish={(values) => mutation.mutate(toInput(values))}
        >
          <Form.Item
            label={t('document.unit')}
            name="unitId"
            rules={[{ required: true, message: t('document.unitRequired') }]}
          >
            <UnitTreeSelect />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item
                label={t('documents.type')}
                name="type"
                rules={[{ required: true, message: t('document.typeRequired') }]}
              >
                <Select
                  options={typeOptions(lang)}
                  showSearch={{ filterOption: (input, option) => foldIncludes(option?.label, input) }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                label={t('document.symbol')}
                name="symbol"
                normalize={normalizeSymbolInput}
                dependencies={['type']}
                rules={[
                  { required: true, whitespace: true, message: t('document.symbolRequired') },
                  ({ getFieldValue }) => ({
                    validator: (_, value: string | undefined) => {
                      if (!value?.trim()) return Promise.resolve();
                      const parsed = parseDocumentSymbol(value);
                      if (!parsed) return Promise.reject(new Error(t('document.symbolInvalid')));
                      const chosen: DocumentType | undefined = getFieldValue('type');
                      if (chosen && parsed.type.toUpperCase() !== chosen.toUpperCase()) {
                        return Promise.reject(
                          new Error(t('document.symbolTypeMismatch', { symbolType: parsed.type, type: chosen })),
                        );
                      }
                      return Promise.resolve();
                    },
                  }),
                ]}
              >
                <Input placeholder="53-KH/BDVTU" autoComplete="off" autoCapitalize="characters" spellCheck={false} />
              </Form.Item>
            </Col>
          </Row>
          <SymbolTypeMismatch
            symbol={symbol}
            type={type}
            changed={changed}
            onFixSymbol={(fixed) => {
              form.setFieldValue('symbol', fixed);
              void form.validateFields(['symbol']);
            }}
            onFixType={(fixed) => {
              form.setFieldValue('type', fixed);
              void form.validateFields(['symbol']);
            }}
          />
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item
                label={t('document.issuedOn')}
                name="issuedOn"
                rules={[{ required: true, message: t('common.dateRequired') }]}
              >
                <DatePicker format={dateFormat} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item
                label={t('document.signer')}
                name="signer"
                rules={[{ required: true, whitespace: true, max: 120, message: t('document.signerRequired') }]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            label={t('document.title')}
            name="title"
            rules={[{ required: true, whitespace: true, max: 500, message: t('document.titleRequired') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Form.Item
            label={t('document.summary')}
            name="summary"
            rules={[{ max: 20_000, message: t('document.summaryTooLong') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
          </Form.Item>
          <Form.Item label={t('document.topics')} name="topics">
            <Select
              mode="multiple"
              options={topicOptions(lang)}
              showSearch={{ filterOption: (input, option) => foldIncludes(option?.label, input) }}
            />
          </Form.Item>
          <Form.Item label={t('document.role')} name="role">
            <Radio.Group
              options={[
                { value: 'issued', label: t('document.role.issued') },
                { value: 'advised', label: t('document.role.advised') },
              ]}
            />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
