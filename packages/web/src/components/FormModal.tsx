import type { ReactNode } from 'react';
import { App, Form, Modal, type FormInstance, type FormProps } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useI18n } from '../lib/i18n';
import { useApiErrorHandler } from '../lib/useApiErrorHandler';

interface Props<Values, Result> {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The Form's name; antd prefixes the fields' ids with it. */
  name: string;
  /** The OK button's text; "Lưu" / "Save" when not given. */
  okText?: string;
  /** A red OK button, here and in the `confirm` dialog. */
  danger?: boolean;
  width?: number;
  /** To watch or set fields from outside; without it the modal makes its own form. */
  form?: FormInstance<Values>;
  initialValues?: FormProps<Values>['initialValues'];
  onValuesChange?: FormProps<Values>['onValuesChange'];
  /** When given, nothing is sent until the user confirms this question (shown with the modal's title and OK button). */
  confirm?: (values: Values) => ReactNode;
  /** The API call, with the checked values of the form. */
  submit: (values: Values) => Promise<Result>;
  /** Awaited after a successful call while OK still spins, before the message and closing: refresh what shows it. */
  onSuccess?: (result: Result) => unknown;
  /** Shown once the call succeeded. */
  successMessage?: string | ((result: Result) => string);
  children: ReactNode;
}

/**
 * A form in a modal that sends its values to the server: OK submits the form and spins while the call runs;
 * success closes the modal, which clears the fields; the server's `body.<name>` field errors land on the
 * matching fields and any other error becomes a message.
 */
export function FormModal<Values, Result>({
  open,
  onClose,
  title,
  name,
  okText,
  danger = false,
  width,
  form: givenForm,
  initialValues,
  onValuesChange,
  confirm,
  submit,
  onSuccess,
  successMessage,
  children,
}: Props<Values, Result>) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const handleError = useApiErrorHandler();
  const [form] = Form.useForm<Values>(givenForm);
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: async (result) => {
      await onSuccess?.(result);
      if (successMessage !== undefined) {
        message.success(typeof successMessage === 'string' ? successMessage : successMessage(result));
      }
      onClose();
    },
    onError: (error) => handleError(error, form),
  });
  const ok = okText ?? t('common.save');
  const okButtonProps = danger ? { danger: true } : undefined;

  const finish = (values: Values) => {
    if (!confirm) {
      mutation.mutate(values);
      return;
    }
    modal.confirm({
      title,
      content: confirm(values),
      okText: ok,
      okButtonProps,
      cancelText: t('common.cancel'),
      onOk: () => mutation.mutateAsync(values).catch(() => undefined),
    });
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={ok}
      okButtonProps={okButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={width}
      destroyOnHidden
    >
      <Form<Values>
        name={name}
        form={form}
        layout="vertical"
        clearOnDestroy
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={finish}
      >
        {children}
      </Form>
    </Modal>
  );
}
