import { Alert, Button, Flex, Input, Typography } from 'antd';
import { BulbOutlined, SyncOutlined } from '@ant-design/icons';
import { outlineSections, type ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import type { NarrativeDrafting } from './useNarrativeDrafting';
import type { ReportDraft } from './useReportDraft';
import { SectionTitle } from '../../components/PageTitle';

interface Props {
  view: ReportView;
  draft: ReportDraft | null;
  drafting: NarrativeDrafting;
}

/**
 * The six narrative sections: text areas while the report is editable (with a draft of the
 * situation and results written from the figures), plain text otherwise; a warning when the figures
 * changed after the text was drafted, with a redraft while it can still be edited.
 */
export function NarrativeEditor({ view, draft, drafting }: Props) {
  const { t, lang } = useI18n();
  // The sections of the round's outline, in its order and under its names.
  const sections = outlineSections(view.round.outline);
  const stale = view.narrativeStale && !draft?.basisPending;
  const staleAlert = stale && (
    <Alert
      type="warning"
      showIcon
      data-testid="narrative-stale"
      title={t('narrative.staleTitle')}
      description={
        <Flex vertical gap={8} align="start">
          <span>{t('narrative.staleHint')}</span>
          {draft && (
            <Button
              icon={<SyncOutlined aria-hidden />}
              loading={drafting.pending}
              onClick={() => void drafting.redraft()}
            >
              {t('narrative.redraft')}
            </Button>
          )}
        </Flex>
      }
    />
  );

  if (!draft) {
    return (
      <Flex vertical gap={12}>
        {staleAlert}
        {sections.map(({ key: section, ...name }) => (
          <div key={section}>
            <SectionTitle style={{ marginTop: 0 }}>{name[lang]}</SectionTitle>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {view.narrative[section]?.trim() || '—'}
            </Typography.Paragraph>
          </div>
        ))}
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16}>
      {staleAlert}
      <Flex gap={12} align="center" wrap>
        <Button icon={<BulbOutlined aria-hidden />} loading={drafting.pending} onClick={() => void drafting.insert()}>
          {t('narrative.generate')}
        </Button>
        <Typography.Text type="secondary">{t('narrative.generateHint')}</Typography.Text>
      </Flex>
      {sections.map(({ key: section, ...name }) => {
        const id = `narrative-${section}`;
        const error = draft.narrativeError(section);
        return (
          <Flex key={section} vertical gap={4}>
            <label htmlFor={id}>
              <Typography.Text strong>{name[lang]}</Typography.Text>
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
