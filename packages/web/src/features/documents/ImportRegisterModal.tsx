import { useState } from 'react';
import { Flex, Form, Progress, Skeleton, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatNumberVi, type DocumentImportResult } from '@danvan/shared';
import { DryRunImportModal } from '../../components/DryRunImportModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { DownloadButton } from '../../components/DownloadButton';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { documentKeys, importRegister, registerPath } from './api';
import { RegisterFilePicker } from './RegisterFilePicker';
import { RegisterImportResult } from './RegisterImportResult';
import { useDefaultUnitId } from './useDefaultUnitId';

interface ImportForm {
  unitId: number;
  file?: File | null;
}

/**
 * "Nhập sổ văn bản đi (Excel)": the unit whose register it is, the .xlsx, a check of every row
 * (nothing written), then the import of all rows at once, allowed only when the check rejected
 * none. Any change of unit or file asks for a new check.
 */
export function ImportRegisterModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const defaultUnit = useDefaultUnitId();
  const [form] = Form.useForm<ImportForm>();
  const unitId = Form.useWatch('unitId', form);
  const [result, setResult] = useState<DocumentImportResult | null>(null);
  const [sent, setSent] = useState<{ name: string; percent: number; dryRun: boolean; rows: number } | null>(null);
  const mutation = useMutation({
    mutationFn: (args: { unitId: number; file: File; dryRun: boolean }) =>
      importRegister({ ...args, onProgress: (percent) => setSent((current) => current && { ...current, percent }) }),
    onMutate: (args) => setSent({ name: args.file.name, percent: 0, dryRun: args.dryRun, rows: result?.total ?? 0 }),
    onSuccess: async (answer) => {
      setResult(answer);
      if (answer.applied) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: documentKeys.all }),
          queryClient.invalidateQueries({ queryKey: ['audit'] }),
        ]);
      }
    },
    onError: () => setResult(null),
    onSettled: () => setSent(null),
  });

  const running = mutation.isPending;
  const finished = result?.applied === true;
  const canImport = result !== null && !finished && result.total > 0 && result.rejected === 0 && !running;

  const submit = (dryRun: boolean) => {
    form
      .validateFields()
      .then((values) => values.file && mutation.mutate({ unitId: values.unitId, file: values.file, dryRun }))
      .catch(() => undefined);
  };

  const close = () => {
    if (running) return;
    setResult(null);
    mutation.reset();
    onClose();
  };

  return (
    <DryRunImportModal
      open={open}
      title={t('documentImport.title')}
      width={960}
      running={running}
      finished={finished}
      check={{
        label: t('documentImport.check'),
        loading: running && sent?.dryRun === true,
        disabled: running,
        onClick: () => submit(true),
      }}
      run={{
        label: t('documentImport.run'),
        loading: running && sent?.dryRun === false,
        disabled: !canImport,
        onClick: () => submit(false),
      }}
      onClose={close}
    >
      {defaultUnit.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('documentImport.hint')}
          </Typography.Paragraph>
          <Form<ImportForm>
            name="importRegister"
            form={form}
            layout="vertical"
            clearOnDestroy
            disabled={running || finished}
            initialValues={{ unitId: defaultUnit.unitId, file: null }}
            onValuesChange={() => {
              setResult(null);
              mutation.reset();
            }}
          >
            <Form.Item
              label={t('documentImport.unit')}
              name="unitId"
              rules={[{ required: true, message: t('document.unitRequired') }]}
            >
              <UnitTreeSelect />
            </Form.Item>
            <Form.Item
              label={t('documentImport.file')}
              name="file"
              rules={[{ required: true, message: t('documentImport.fileRequired') }]}
            >
              <RegisterFilePicker />
            </Form.Item>
          </Form>
          {unitId && (
            <div>
              <DownloadButton
                path={registerPath(unitId)}
                fallbackName="so-van-ban-di.xlsx"
                icon={<FileExcelOutlined aria-hidden />}
              >
                {t('documentImport.template')}
              </DownloadButton>
            </div>
          )}
          {sent && (
            <div role="status" data-testid="register-import-progress">
              <Typography.Text>
                {sent.percent < 100
                  ? t('documentImport.uploading', { name: sent.name })
                  : sent.dryRun
                    ? t('documentImport.checking')
                    : t('documentImport.importing', { count: formatNumberVi(sent.rows) })}
              </Typography.Text>
              <Progress percent={sent.percent} status="active" size="small" />
            </div>
          )}
          {mutation.isError && <ErrorAlert error={mutation.error} />}
          {result && (
            <RegisterImportResult key={`${result.applied}-${result.total}-${result.rejected}`} result={result} />
          )}
        </Flex>
      )}
    </DryRunImportModal>
  );
}
