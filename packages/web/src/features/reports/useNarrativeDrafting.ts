import { App } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { narrativeSections, outlineSections, type ReportView } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { fetchNarrativeDraft } from './api';
import type { ReportDraft } from './useReportDraft';

export interface NarrativeDrafting {
  /** "Tạo dự thảo từ số liệu": fills the sections the server drafts (situation, results…), asking before it replaces written text. */
  insert: () => Promise<void>;
  /** "Soạn lại từ số liệu mới": the same after the figures changed, always asking before it replaces text. */
  redraft: () => Promise<void>;
  pending: boolean;
}

/**
 * Drafting the situation and results from the report's figures: what was typed is saved first (the
 * draft is written from the stored figures), and the draft's basis is saved with its text, so the
 * server can tell when the figures change under it.
 */
export function useNarrativeDrafting(view: ReportView, draft: ReportDraft | null): NarrativeDrafting {
  const { t, lang } = useI18n();
  const { modal, message } = App.useApp();
  const handleError = useApiErrorHandler();
  const generate = useMutation({
    mutationFn: () => fetchNarrativeDraft(view.id),
    onError: (error) => handleError(error),
  });

  const run = async (mode: 'insert' | 'redraft') => {
    if (!draft) return;
    if (!(await draft.flush())) {
      message.error(t('report.fixBeforeContinue'));
      return;
    }
    const text = await generate.mutateAsync().catch(() => null);
    if (!text) return;
    // Whatever sections the round's outline has the server draft (situation and results, the outline's own results).
    const drafted = narrativeSections.filter((section) => text[section]);
    const fill = () =>
      draft.insertNarrativeDraft(Object.fromEntries(drafted.map((section) => [section, text[section]])), text.basis);
    const overwritten = drafted.filter(
      (section) => draft.narrative(section).trim() && draft.narrative(section) !== text[section],
    );
    if (overwritten.length === 0) {
      fill();
      return;
    }
    const names = outlineSections(view.round.outline)
      .filter((section) => overwritten.includes(section.key))
      .map((section) => section[lang])
      .join(', ');
    modal.confirm({
      title: t(mode === 'redraft' ? 'narrative.redraftTitle' : 'narrative.overwriteTitle'),
      content: t(mode === 'redraft' ? 'narrative.redraftContent' : 'narrative.overwriteContent', { sections: names }),
      okText: t(mode === 'redraft' ? 'narrative.redraftOk' : 'narrative.overwrite'),
      cancelText: t('common.cancel'),
      onOk: fill,
    });
  };

  return { insert: () => run('insert'), redraft: () => run('redraft'), pending: generate.isPending };
}
