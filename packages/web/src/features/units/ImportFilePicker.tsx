import { App, Button, Flex, Typography, Upload } from 'antd';
import { FileTextOutlined, UploadOutlined } from '@ant-design/icons';
import { formatNumberVi } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

export interface ImportFile {
  name: string;
  size: number;
  content: string;
}

function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

/** Chooses a .json or .csv file and reads it as text in the browser; nothing is uploaded yet. */
export function ImportFilePicker({
  value,
  onChange,
  id,
}: {
  value?: ImportFile | null;
  onChange?: (file: ImportFile | null) => void;
  id?: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();

  const choose = (file: File) => {
    readText(file)
      .then((content) => onChange?.({ name: file.name, size: file.size, content }))
      .catch(() => message.error(t('import.fileRead', { name: file.name })));
    return false;
  };

  return (
    <Flex align="center" gap={12} wrap>
      <Upload accept=".json,.csv,application/json,text/csv" beforeUpload={choose} showUploadList={false} maxCount={1}>
        <Button id={id} icon={<UploadOutlined aria-hidden />}>
          {t('import.chooseFile')}
        </Button>
      </Upload>
      {value && (
        <Typography.Text>
          <FileTextOutlined aria-hidden /> {value.name}{' '}
          <Typography.Text type="secondary">({formatNumberVi(Math.ceil(value.size / 1024))} KB)</Typography.Text>
        </Typography.Text>
      )}
    </Flex>
  );
}
