import { App, Button, Flex, Typography, Upload } from 'antd';
import { FileExcelOutlined, UploadOutlined } from '@ant-design/icons';
import { DOCUMENT_IMPORT_MAX_BYTES, formatNumberVi } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Chooses one .xlsx of at most 5 MB, kept in the browser until it is sent for a check or an import. */
export function RegisterFilePicker({
  value,
  onChange,
  id,
}: {
  value?: File | null;
  onChange?: (file: File | null) => void;
  id?: string;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();

  const choose = (file: File) => {
    if (!/\.xlsx$/i.test(file.name) && file.type !== xlsxMime)
      message.error(t('documentImport.fileWrongType', { name: file.name }));
    else if (file.size > DOCUMENT_IMPORT_MAX_BYTES)
      message.error(t('documentImport.fileTooLarge', { name: file.name }));
    else onChange?.(file);
    return false;
  };

  return (
    <Flex align="center" gap={12} wrap>
      <Upload accept={`.xlsx,${xlsxMime}`} beforeUpload={choose} showUploadList={false} maxCount={1}>
        <Button id={id} icon={<UploadOutlined aria-hidden />}>
          {t('documentImport.chooseFile')}
        </Button>
      </Upload>
      {value && (
        <Typography.Text>
          <FileExcelOutlined aria-hidden /> {value.name}{' '}
          <Typography.Text type="secondary">({formatNumberVi(Math.ceil(value.size / 1024))} KB)</Typography.Text>
        </Typography.Text>
      )}
    </Flex>
  );
}
