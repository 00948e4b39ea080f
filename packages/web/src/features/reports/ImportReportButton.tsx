import { useState } from 'react';
import { App, Button, Modal, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import type { FieldError, ReportView } from '@danvan/shared';
import { ApiError } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { importReportXlsx } from './api';

/**
 * "Nhập từ Excel": uploads a filled-in form (after saving pending changes); every bad cell the
 * server names is listed with its place in the workbook.
 */
export function ImportReportButton({
  view,
  beforeImport,
  onImported,
}: {
  view: ReportView;
  beforeImport: () => Promise<boolean>;
  onImported: (view: ReportView) => void;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const handleError = useApiErrorHandler();
  const [cells, setCells] = useState<FieldError[] | null>(null);
  const mutation = useMutation({
    mutationFn: (file: File) => importReportXlsx(view.id, file),
    onSuccess: (imported) => {
      onImported(imported);
      message.success(t('reportImport.done'));
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 422 && error.fields.length > 0) setCells(error.fields);
      else handleError(error);
    },
  });

  const choose = async (file: File) => {
    if (await beforeImport()) mutation.mutate(file);
    else message.error(t('report.fixBeforeContinue'));
  };

  return (
    <>
      <Upload
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        maxCount={1}
        beforeUpload={(file) => {
          void choose(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined aria-hidden />} loading={mutation.isPending}>
          {t('report.importExcel')}
        </Button>
      </Upload>
      <Modal
        open={cells !== null}
        title={t('reportImport.rejected')}
        onCancel={() => setCells(null)}
        footer={<Button onClick={() => setCells(null)}>{t('common.close')}</Button>}
        width={640}
      >
        <Typography.Paragraph type="secondary">{t('reportImport.fix')}</Typography.Paragraph>
        <Table<FieldError>
          rowKey={(cell) => `${cell.path}-${cell.vi}`}
          size="small"
          dataSource={cells ?? []}
          pagination={{ defaultPageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('reportImport.cell'),
              dataIndex: 'path',
              width: 140,
              // Cells are named like "Số liệu!D12"; anything else is about the whole file.
              render: (path: string) => (path.includes('!') ? path : t('reportImport.wholeFile')),
            },
            { title: t('reportImport.reason'), key: 'reason', render: (_, cell) => pick(cell) },
          ]}
        />
      </Modal>
    </>
  );
}
