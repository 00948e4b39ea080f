import { Button, Result } from 'antd';
import { useI18n } from '../lib/i18n';
import { useErrorText } from '../lib/useErrorText';

export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (
    <Result
      status="warning"
      title={errorText(error)}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
