import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { ApiError } from './api';
import { useI18n } from './i18n';
import { useErrorText } from './useErrorText';

const bodyPrefix = 'body.';

/**
 * Shows a failed call to the user: field errors whose path is `body.<name>` go onto the
 * matching Form.Item of `form`, everything else becomes a message in the current language.
 */
export function useApiErrorHandler() {
  const { message } = App.useApp();
  const { pick } = useI18n();
  const errorText = useErrorText();

  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (!(error instanceof ApiError)) {
        message.error(errorText(error));
        return;
      }
      const registered = new Set((form?.getFieldsError() ?? []).map((field) => field.name.join('.')));
      const onForm = new Map<string, string[]>();
      const elsewhere: string[] = [];
      for (const field of error.fields) {
        const name = field.path.startsWith(bodyPrefix) ? field.path.slice(bodyPrefix.length) : '';
        if (form && registered.has(name)) {
          onForm.set(name, [...(onForm.get(name) ?? []), pick(field)]);
        } else {
          elsewhere.push(pick(field));
        }
      }
      // A row of a list field is a number in the form's name path ('quotas.0.quota' → ['quotas', 0, 'quota']).
      const namePath = (name: string) => name.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      form?.setFields([...onForm].map(([name, errors]) => ({ name: namePath(name), errors })));
      if (onForm.size === 0 || elsewhere.length > 0) {
        message.error([pick(error.bilingual), ...elsewhere].join(' — '));
      }
    },
    [message, pick, errorText],
  );
}
