import { useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { download } from '../../lib/api';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; give them time before releasing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
      save(file.blob, file.fileName ?? fallbackName);
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
