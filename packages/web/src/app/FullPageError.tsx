import { useI18n } from '../lib/i18n';
import { useErrorText } from '../lib/useErrorText';

/** The session could not be checked (the server or the network failed): plain HTML, before Ant Design is there. */
export function FullPageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const errorText = useErrorText();
  return (
    <main className="plain-page">
      <div className="plain-card">
        <p role="alert" className="plain-alert">
          {errorText(error)}
        </p>
        <button type="button" className="plain-button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </div>
    </main>
  );
}
