import { useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { download } from '../lib/api';
import { saveFile } from '../lib/saveFile';
import { useApiErrorHandler } from '../lib/useApiErrorHandler';

/** Fetches a file from the API and saves it under the server's name (or `fallbackName`), busy meanwhile; a failure shows the server's message. */
function useDownload() {
  const handleError = useApiErrorHandler();
  const [busy, setBusy] = useState(false);
  const run = async (path: string, fallbackName: string) => {
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
  return { busy, run };
}

/** A button that downloads a file of the API (exports, templates): spinning while it comes, the server's message if it fails. */
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
  const { busy, run } = useDownload();

  return (
    <Button icon={icon} loading={busy} onClick={() => run(path, fallbackName)}>
      {children}
    </Button>
  );
}
