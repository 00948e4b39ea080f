import { Alert, Button } from 'antd';
import { ApiError } from '../lib/api';
import { useI18n } from '../lib/i18n';
import { useErrorText } from '../lib/useErrorText';

const shownFields = 10;

/** A failed call as an alert: the server's message, the first field errors, and a retry button. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t, pick } = useI18n();
  const errorText = useErrorText();
  const fields = error instanceof ApiError ? error.fields : [];
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error)}
      description={
        fields.length > 0 && (
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {fields.slice(0, shownFields).map((field) => (
              <li key={`${field.path}-${field.vi}`}>{pick(field)}</li>
            ))}
            {fields.length > shownFields && <li>…</li>}
          </ul>
        )
      }
      action={
        onRetry && (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
