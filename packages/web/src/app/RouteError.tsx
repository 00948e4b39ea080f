import { useRouteError } from 'react-router-dom';
import { useI18n } from '../lib/i18n';
import { useErrorText } from '../lib/useErrorText';

/** A failed import names the module it could not fetch: the app's code, not the server's answer to a request. */
function isChunkError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|module script failed|Unable to preload CSS|error loading dynamically/i.test(
      error.message,
    )
  );
}

/**
 * A screen that could not be shown: most often its code could not be fetched (the app was updated since this tab
 * opened it, or the connection dropped). Plain HTML, as Ant Design itself may be what failed to come. Inside the
 * signed-in frame it is the content of the frame's main landmark, not one of its own.
 */
export function RouteError({ inFrame = false }: { inFrame?: boolean }) {
  const error = useRouteError();
  const { t } = useI18n();
  const errorText = useErrorText();
  const Landmark = inFrame ? 'div' : 'main';
  return (
    <Landmark className="plain-page">
      <div className="plain-card">
        <h1>{t('error.pageTitle')}</h1>
        <p role="alert" className="plain-alert">
          {isChunkError(error) ? t('error.chunk') : errorText(error)}
        </p>
        <button type="button" className="plain-button" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </button>
      </div>
    </Landmark>
  );
}
