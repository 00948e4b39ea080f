import { useState } from 'react';
import { Alert, Flex, Form, Radio, Spin, Typography } from 'antd';
import type { ImportUnitsInput } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { DryRunImportModal } from '../../components/DryRunImportModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { ImportFilePicker, type ImportFile } from './ImportFilePicker';
import { ImportProgress } from './ImportProgress';
import { ImportSummaryView } from './ImportSummaryView';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useImportJob } from './useImportJob';

interface ImportForm {
  parentId: number;
  source: ImportUnitsInput['source'];
  file?: ImportFile | null;
}

/**
 * Imports units under a parent from a file or an official list: a dry run first, then the real
 * import, allowed only when the dry run rejected no row. Any change to the inputs asks for a new check.
 */
export function ImportUnitsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, pick } = useI18n();
  const me = useMe();
  const [form] = Form.useForm<ImportForm>();
  const source = Form.useWatch('source', form);
  const { job, starting, error, run, reset } = useImportJob();
  const [dryRun, setDryRun] = useState(true);

  const running = starting || job?.status === 'running';
  const checked = job?.status === 'done' && job.summary?.applied === false ? job.summary : null;
  const canImport = checked !== null && checked.rejected.length === 0 && !running;
  const finished = job?.status === 'done' && job.summary?.applied === true;

  const submit = (asDryRun: boolean) => {
    form
      .validateFields()
      .then((values) => {
        setDryRun(asDryRun);
        run({
          parentId: values.parentId,
          source: values.source,
          fileName: values.source === 'file' ? values.file?.name : undefined,
          content: values.source === 'file' ? values.file?.content : undefined,
          dryRun: asDryRun,
        });
      })
      .catch(() => undefined);
  };

  const close = () => {
    if (running) return;
    reset();
    onClose();
  };

  return (
    <DryRunImportModal
      open={open}
      title={t('import.title')}
      width={760}
      running={running}
      finished={finished}
      check={{
        label: t('import.dryRun'),
        loading: running && dryRun,
        disabled: running && !dryRun,
        onClick: () => submit(true),
      }}
      run={{
        label: t('import.run'),
        loading: running && !dryRun,
        disabled: !canImport && !(running && !dryRun),
        onClick: () => submit(false),
      }}
      onClose={close}
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('import.hint')}
        </Typography.Paragraph>
        <Form<ImportForm>
          name="importUnits"
          form={form}
          layout="vertical"
          clearOnDestroy
          disabled={running || finished}
          initialValues={{ parentId: me.scopeUnitId, source: 'file' }}
          onValuesChange={reset}
        >
          <Form.Item
            label={t('import.parent')}
            name="parentId"
            rules={[{ required: true, message: t('unit.parentRequired') }]}
          >
            <UnitTreeSelect />
          </Form.Item>
          <Form.Item label={t('import.source')} name="source">
            <Radio.Group
              orientation="vertical"
              options={[
                { value: 'file', label: t('import.sourceFile') },
                { value: 'reference:post2025', label: t('import.sourcePost2025') },
                { value: 'reference:pre2025', label: t('import.sourcePre2025') },
              ]}
            />
          </Form.Item>
          {source === 'file' && (
            <Form.Item name="file" rules={[{ required: true, message: t('import.fileRequired') }]}>
              <ImportFilePicker />
            </Form.Item>
          )}
        </Form>
        {starting && (
          <Flex align="center" gap={12}>
            <Spin />
            <Typography.Text>{t(dryRun ? 'import.checking' : 'import.importing')}</Typography.Text>
          </Flex>
        )}
        {job?.status === 'running' && <ImportProgress job={job} />}
        {error && <ErrorAlert error={error} />}
        {job?.status === 'failed' && (
          <Alert type="error" showIcon title={t('import.failed')} description={job.error && pick(job.error)} />
        )}
        {job?.status === 'done' && job.summary && <ImportSummaryView summary={job.summary} />}
      </Flex>
    </DryRunImportModal>
  );
}
