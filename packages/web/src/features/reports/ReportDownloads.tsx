import { FileExcelOutlined } from '@ant-design/icons';
import type { ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { reportFiles } from './api';
import { DownloadButton } from '../../components/DownloadButton';
import { reportFileName } from './reportFileName';
import { WordExportButton } from './WordExportButton';

/** "Tải Word" and "Tải Excel" of a report, on its form and on its round's dashboard. */
export function ReportDownloads({ view }: { view: ReportView }) {
  const { t } = useI18n();
  return (
    <>
      <WordExportButton view={view} />
      <DownloadButton
        path={reportFiles.excel(view.id)}
        fallbackName={reportFileName(view, 'xlsx')}
        icon={<FileExcelOutlined aria-hidden />}
      >
        {t('report.downloadExcel')}
      </DownloadButton>
    </>
  );
}
