import { useI18n } from '../lib/i18n';

/** The star and the app's name; plain HTML (app/plain.css), as the sign-in page loads no Ant Design. */
export function Brand({ compact = false }: { compact?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="brand">
      <span aria-hidden className="brand-mark">
        ★
      </span>
      {!compact && <strong className="brand-name">{t('app.name')}</strong>}
    </span>
  );
}
