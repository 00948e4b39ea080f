import { useState } from 'react';
import { App, Button, Col, Flex, Input, List, Radio, Row, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConferenceDetail } from '@danvan/shared';
import { DownloadButton } from '../../components/DownloadButton';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { filePath, refreshConference, setAgenda, uploadConferenceFile } from './api';
import { AttendanceEditor } from './AttendanceEditor';
import { useConferenceSave } from './useConferenceSave';

const cells = (line: string) => line.split('|').map((cell) => cell.trim());

/** Who attended (by category and by name), then the agenda, one line each. */
export function Attendance({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const editable = c.abilities.update;
  const [agenda, setAgendaText] = useState(() =>
    c.agenda.map((a) => [a.startsAt ?? '', a.item, a.presenter].join(' | ')).join('\n'),
  );
  const saveAgenda = useConferenceSave(() =>
    setAgenda(c.id, {
      items: agenda
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => {
          const [startsAt = '', item = '', presenter = ''] = cells(line);
          return { startsAt: startsAt || null, item, presenter };
        }),
    }),
  );
  return (
    <Flex vertical gap={12}>
      <AttendanceEditor conference={c} />
      <label>
        {t('conferences.agenda')}
        <Input.TextArea
          readOnly={!editable}
          autoSize={{ minRows: 2, maxRows: 10 }}
          value={agenda}
          onChange={(event) => setAgendaText(event.target.value)}
        />
      </label>
      {editable && (
        <Button onClick={() => saveAgenda.mutate(undefined)} loading={saveAgenda.isPending}>
          {t('conferences.save')}
        </Button>
      )}
    </Flex>
  );
}

/** Speeches (tham luận) and other documents: PDF, Word, JPEG or PNG, checked by the server from their bytes. */
export function Documents({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [meta, setMeta] = useState({
    kind: 'speech' as 'speech' | 'attachment',
    title: '',
    speaker: '',
    speakerUnit: '',
  });
  const upload = useMutation({
    mutationFn: (file: File) =>
      uploadConferenceFile(c.id, { ...meta, title: meta.title || file.name }, file, () => undefined),
    onSuccess: async (saved) => {
      await refreshConference(queryClient, saved);
      message.success(t('conferences.saved'));
    },
    onError: (error) => handleError(error),
  });
  return (
    <Flex vertical gap={12}>
      <List
        size="small"
        dataSource={c.files}
        locale={{ emptyText: '—' }}
        renderItem={(file) => (
          <List.Item key={file.id}>
            <Flex gap={8} wrap align="center">
              <Typography.Text strong>
                {file.kind === 'speech' ? t('conferences.speech') : t('conferences.attachment')}:
              </Typography.Text>
              <DownloadButton
                path={filePath(c.id, file.id)}
                fallbackName={file.fileName}
                icon={<PaperClipOutlined aria-hidden />}
              >
                {file.title}
              </DownloadButton>
              {file.speaker && (
                <Typography.Text type="secondary">
                  {file.speaker}
                  {file.speakerUnit ? `, ${file.speakerUnit}` : ''}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
      {c.abilities.update && (
        <Flex vertical gap={8}>
          <Radio.Group
            value={meta.kind}
            onChange={(event) => setMeta({ ...meta, kind: event.target.value })}
            options={[
              { value: 'speech', label: t('conferences.speech') },
              { value: 'attachment', label: t('conferences.attachment') },
            ]}
          />
          <Row gutter={8}>
            {(['title', 'speaker', 'speakerUnit'] as const).map((key) => (
              <Col xs={24} sm={8} key={key}>
                <Input
                  aria-label={t(
                    key === 'title'
                      ? 'conferences.fileTitle'
                      : key === 'speaker'
                        ? 'conferences.speaker'
                        : 'conferences.speakerUnit',
                  )}
                  placeholder={t(
                    key === 'title'
                      ? 'conferences.fileTitle'
                      : key === 'speaker'
                        ? 'conferences.speaker'
                        : 'conferences.speakerUnit',
                  )}
                  value={meta[key]}
                  onChange={(event) => setMeta({ ...meta, [key]: event.target.value })}
                />
              </Col>
            ))}
          </Row>
          <Upload
            accept=".pdf,.docx,.jpg,.jpeg,.png"
            showUploadList={false}
            disabled={upload.isPending}
            beforeUpload={(file) => {
              upload.mutate(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined aria-hidden />} loading={upload.isPending}>
              {t('conferences.upload')}
            </Button>
          </Upload>
        </Flex>
      )}
    </Flex>
  );
}
