import { Button, Flex, Form, Input, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useI18n } from '../../lib/i18n';

const maxLines = 20;

/** "Nơi nhận" of the Word export: one recipient a line, lines added, removed and moved up or down. */
export function RecipientLines() {
  const { t } = useI18n();
  const legendId = 'word-recipients-legend';
  return (
    <Form.List
      name="recipients"
      rules={[
        {
          validator: async (_, lines: (string | undefined)[] | undefined) => {
            if (!lines?.some((line) => line?.trim())) throw new Error(t('wordExport.recipientsRequired'));
          },
        },
      ]}
    >
      {(fields, { add, remove, move }, { errors }) => (
        <fieldset
          aria-labelledby={legendId}
          style={{ border: 0, padding: 0, margin: '0 0 16px' }}
          data-testid="word-recipients"
        >
          <Typography.Text id={legendId} style={{ display: 'block', marginBottom: 4 }}>
            {t('wordExport.recipients')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8, fontSize: 13 }}>
            {t('wordExport.recipientsHint')}
          </Typography.Text>
          {fields.map((field, index) => {
            const line = index + 1;
            return (
              <Flex key={field.key} gap={4} align="start">
                <Form.Item
                  name={field.name}
                  rules={[{ required: true, whitespace: true, message: t('wordExport.recipientRequired') }]}
                  style={{ flex: 1, minWidth: 0, marginBottom: 8 }}
                >
                  <Input
                    aria-label={t('wordExport.recipientLine', { line })}
                    maxLength={200}
                    data-testid={`word-recipient-${index}`}
                  />
                </Form.Item>
                <Button
                  icon={<ArrowUpOutlined aria-hidden />}
                  aria-label={t('wordExport.recipientUp', { line })}
                  disabled={index === 0}
                  onClick={() => move(index, index - 1)}
                  data-testid={`word-recipient-up-${index}`}
                />
                <Button
                  icon={<ArrowDownOutlined aria-hidden />}
                  aria-label={t('wordExport.recipientDown', { line })}
                  disabled={index === fields.length - 1}
                  onClick={() => move(index, index + 1)}
                  data-testid={`word-recipient-down-${index}`}
                />
                <Button
                  danger
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={t('wordExport.recipientRemove', { line })}
                  disabled={fields.length === 1}
                  onClick={() => remove(field.name)}
                  data-testid={`word-recipient-remove-${index}`}
                />
              </Flex>
            );
          })}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined aria-hidden />}
            disabled={fields.length >= maxLines}
            onClick={() => add('')}
            data-testid="word-recipient-add"
          >
            {t('wordExport.recipientAdd')}
          </Button>
          <Form.ErrorList errors={errors} />
        </fieldset>
      )}
    </Form.List>
  );
}
