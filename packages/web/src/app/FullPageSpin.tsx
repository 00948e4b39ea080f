import { useI18n } from '../lib/i18n';

/** Shown while the session is checked or a part of the app loads: plain HTML, before Ant Design is there. */
export function FullPageSpin() {
  const { t } = useI18n();
  return (
    <div className="page-loading" role="status" aria-busy="true">
      <span className="spinner" aria-hidden />
      <span className="visually-hidden">{t('common.loading')}</span>
    </div>
  );
}
