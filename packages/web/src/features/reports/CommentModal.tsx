import { Form, Input, Modal } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { useI18n } from '../../lib/i18n';

interface Props {
  open: boolean;
  onClose: () => void;
  title: string;
  /** The body field the server checks: "comment" (return) or "reason" (reopen). */
  field: 'comment' | 'reason';
  label: string;
  requiredMessage: string;
  okText: string;
  onSubmit: (text: string) => Promise<unknown>;
}

/** A workflow step that needs a written comment or reason (return, reopen). */
export function CommentModal({ open, onClose, title, field, label, requiredMessage, okText, onSubmit }: Props) {
  const { t } = useI18n();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Record<string, string>>();
  const mutation = useMutation({
    mutationFn: (text: string) => onSubmit(text),
    onSuccess: onClose,
    onError: (error) => handleError(error, form),
  });

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        name={`report-${field}`}
        form={form}
        layout="vertical"
        clearOnDestroy
        onFinish={(values) => mutation.mutate(values[field].trim())}
      >
        <Form.Item
          label={label}
          name={field}
          rules={[{ required: true, whitespace: true, max: 2000, message: requiredMessage }]}
        >
          <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
