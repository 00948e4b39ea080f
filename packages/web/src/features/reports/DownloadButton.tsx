import { useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { download } from '../../lib/api';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { saveFile } from './saveFile';

/** Fetches a file from the API and saves it under the server's name; a failure shows the server's message. */
export function DownloadButton({
  path,
  fallbackName,
  icon,
  children,
}: {
  path: string;
  fallbackName: string;
  icon: ReactNode;
  children: ReactNode;
}) {
  const handleError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const file = await download(path);
      saveFile(file.blob, file.fileName ?? fallbackName);
    } catch (error) {
      handleError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button icon={icon} loading={busy} onClick={run}>
      {children}
    </Button>
  );
}
