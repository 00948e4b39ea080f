import { lazy, Suspense, useState } from 'react';
import { Button } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import type { ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { loadChunk } from '../../lib/loadChunk';

// The form brings Ant Design's date picker and radio group: fetched on the first click, not with the page.
const WordExportModal = lazy(() =>
  loadChunk(() => import('./WordExportModal')).then((module) => ({ default: module.WordExportModal })),
);

/** "Tải Word": opens the form (./WordExportModal.tsx) that sets the document's number, date, signer and recipients. */
export function WordExportButton({ view }: { view: ReportView }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // Kept mounted once opened so that the modal can play its closing animation.
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        icon={<FileWordOutlined aria-hidden />}
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
      >
        {t('report.downloadWord')}
      </Button>
      {opened && (
        <Suspense fallback={null}>
          <WordExportModal view={view} open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
