import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';

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
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={title}
      name={`report-${field}`}
      okText={okText}
      submit={(values: Record<string, string>) => onSubmit(values[field].trim())}
    >
      <Form.Item
        label={label}
        name={field}
        rules={[{ required: true, whitespace: true, max: 2000, message: requiredMessage }]}
      >
        <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 10 }} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
