import { App, Button, Flex, Input, Typography } from 'antd';
import { BulbOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { narrativeSectionNames, narrativeSections, type ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { fetchNarrativeDraft, type NarrativeDraft } from './api';
import type { ReportDraft } from './useReportDraft';

const drafted = ['situation', 'results'] as const;

/**
 * The six narrative sections: text areas while the report is editable (with a draft of the
 * situation and results written from the figures), plain text otherwise.
 */
export function NarrativeEditor({ view, draft }: { view: ReportView; draft: ReportDraft | null }) {
  const { t, lang } = useI18n();
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const generate = useMutation({
    mutationFn: () => fetchNarrativeDraft(view.id),
    onError: (error) => handleError(error),
  });

  if (!draft) {
    return (
      <Flex vertical gap={12}>
        {narrativeSections.map((section) => (
          <div key={section}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {narrativeSectionNames[section][lang]}
            </Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {view.narrative[section]?.trim() || '—'}
            </Typography.Paragraph>
          </div>
        ))}
      </Flex>
    );
  }

  const fill = (text: NarrativeDraft) => {
    for (const section of drafted) {
      const value = text[section];
      if (value) draft.setNarrative(section, value);
    }
  };
  const insertDraft = async () => {
    // The draft is written from the stored figures: what was just typed is saved first.
    if (!(await draft.flush())) {
      message.error(t('report.fixBeforeContinue'));
      return;
    }
    const text = await generate.mutateAsync().catch(() => null);
    if (!text) return;
    const overwritten = drafted.filter((section) => text[section] && draft.narrative(section).trim());
    if (overwritten.length === 0) {
      fill(text);
      return;
    }
    modal.confirm({
      title: t('narrative.overwriteTitle'),
      content: t('narrative.overwriteContent', {
        sections: overwritten.map((section) => narrativeSectionNames[section][lang]).join(', '),
      }),
      okText: t('narrative.overwrite'),
      cancelText: t('common.cancel'),
      onOk: () => fill(text),
    });
  };

  return (
    <Flex vertical gap={16}>
      <Flex gap={12} align="center" wrap>
        <Button icon={<BulbOutlined aria-hidden />} loading={generate.isPending} onClick={insertDraft}>
          {t('narrative.generate')}
        </Button>
        <Typography.Text type="secondary">{t('narrative.generateHint')}</Typography.Text>
      </Flex>
      {narrativeSections.map((section) => {
        const id = `narrative-${section}`;
        const error = draft.narrativeError(section);
        return (
          <Flex key={section} vertical gap={4}>
            <label htmlFor={id}>
              <Typography.Text strong>{narrativeSectionNames[section][lang]}</Typography.Text>
            </label>
            <Input.TextArea
              id={id}
              value={draft.narrative(section)}
              onChange={(event) => draft.setNarrative(section, event.target.value)}
              autoSize={{ minRows: 3, maxRows: 16 }}
              maxLength={50_000}
              status={error ? 'error' : undefined}
            />
            {error && <Typography.Text type="danger">{error}</Typography.Text>}
          </Flex>
        );
      })}
    </Flex>
  );
}
