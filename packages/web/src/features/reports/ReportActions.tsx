import { useState } from 'react';
import { App, Button, Flex } from 'antd';
import {
  CheckOutlined,
  RollbackOutlined,
  SendOutlined,
  SyncOutlined,
  TableOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportView } from '@danvan/shared';
import { ApiError } from '../../lib/api';
import { useI18n, type MessageKey } from '../../lib/i18n';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import {
  applyReportChange,
  approveReport,
  refreshComputedFigures,
  reopenReport,
  reportFiles,
  reportKeys,
  returnReport,
  submitReport,
} from './api';
import { CommentModal } from './CommentModal';
import { DownloadButton } from '../../components/DownloadButton';
import { issuesFromFields, type FigureIssue } from './figureLayout';
import { ReportDownloads } from './ReportDownloads';
import { ImportReportButton } from './ImportReportButton';
import { reportFileName } from './reportFileName';
import { StaleNarrativeDialog } from './StaleNarrativeDialog';
import type { ReportDraft } from './useReportDraft';
import { ConfirmPopover } from '../../components/ConfirmPopover';

interface Props {
  view: ReportView;
  draft: ReportDraft;
  /** A submission was refused for figures that break the catalogue's rules: one message per figure. */
  onRefused: (issues: FigureIssue[]) => void;
  /** "Soạn lại" when a submission finds the narrative drafted from other figures. */
  onRedraft: () => void;
}

/** The buttons the account's abilities on this report allow: workflow steps, exports, Excel form and import. */
export function ReportActions({ view, draft, onRefused, onRedraft }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [dialog, setDialog] = useState<'return' | 'reopen' | 'stale' | null>(null);
  const { abilities } = view;

  const apply = (done: MessageKey) => async (next: ReportView) => {
    await applyReportChange(queryClient, next);
    message.success(t(done));
  };
  const submit = useMutation({
    mutationFn: (confirmStaleNarrative: boolean) => submitReport(view.id, confirmStaleNarrative),
    onSuccess: async (next) => {
      setDialog(null);
      await apply('report.submittedDone')(next);
    },
    onError: (error) => {
      if (error instanceof ApiError && error.code === 'figures_fail_rules') {
        setDialog(null);
        onRefused(issuesFromFields(error.fields));
        message.error(t('checks.submitRefused'));
      } else if (error instanceof ApiError && error.code === 'stale_narrative') {
        setDialog('stale');
        // The figures may have moved since the page was loaded: show the narrative's state as it is.
        void queryClient.invalidateQueries({ queryKey: reportKeys.ofUnit(view.round.id, view.unit.id) });
      } else {
        handleError(error);
      }
    },
  });
  const approve = useMutation({
    mutationFn: () => approveReport(view.id),
    onSuccess: apply('report.approvedDone'),
    onError: (error) => handleError(error),
  });

  const refresh = useMutation({
    mutationFn: () => refreshComputedFigures(view.id),
    onSuccess: apply('report.refreshComputedDone'),
    onError: (error) => handleError(error),
  });
  const hasComputed = view.rows.some((row) => row.indicator.computedKey !== null);

  const saveAndRefresh = async () => {
    if (!(await draft.flush())) {
      message.error(t('report.fixBeforeContinue'));
      return;
    }
    await refresh.mutateAsync().catch(() => undefined);
  };

  const saveAndSubmit = async () => {
    if (!(await draft.flush())) {
      message.error(t('report.fixBeforeContinue'));
      return;
    }
    await submit.mutateAsync(false).catch(() => undefined);
  };

  return (
    <Flex gap={8} wrap>
      {abilities.submit && (
        <ConfirmPopover
          title={t('report.submitConfirm')}
          okText={t('report.submitConfirmOk')}
          cancelText={t('common.cancel')}
          onConfirm={saveAndSubmit}
        >
          <Button type="primary" icon={<SendOutlined aria-hidden />} loading={submit.isPending}>
            {t('report.submit')}
          </Button>
        </ConfirmPopover>
      )}
      {abilities.approve && (
        <ConfirmPopover
          title={t('report.approveConfirm')}
          okText={t('report.approveConfirmOk')}
          cancelText={t('common.cancel')}
          onConfirm={() => approve.mutateAsync().catch(() => undefined)}
        >
          <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={approve.isPending}>
            {t('report.approve')}
          </Button>
        </ConfirmPopover>
      )}
      {abilities.return && (
        <Button danger icon={<RollbackOutlined aria-hidden />} onClick={() => setDialog('return')}>
          {t('report.return')}
        </Button>
      )}
      {abilities.reopen && (
        <Button icon={<UnlockOutlined aria-hidden />} onClick={() => setDialog('reopen')}>
          {t('report.reopen')}
        </Button>
      )}
      {abilities.edit && hasComputed && (
        <Button icon={<SyncOutlined aria-hidden />} loading={refresh.isPending} onClick={() => void saveAndRefresh()}>
          {t('report.refreshComputed')}
        </Button>
      )}
      <ReportDownloads view={view} />
      {abilities.edit && (
        <DownloadButton
          path={reportFiles.blankForm(view.id)}
          fallbackName={reportFileName(view, 'xlsx')}
          icon={<TableOutlined aria-hidden />}
        >
          {t('report.downloadForm')}
        </DownloadButton>
      )}
      {abilities.edit && (
        <ImportReportButton
          view={view}
          beforeImport={draft.flush}
          onImported={(imported) => void applyReportChange(queryClient, imported)}
        />
      )}
      <StaleNarrativeDialog
        open={dialog === 'stale'}
        submitting={submit.isPending}
        onClose={() => setDialog(null)}
        onSubmitAnyway={() => submit.mutate(true)}
        onRedraft={() => {
          setDialog(null);
          onRedraft();
        }}
      />
      <CommentModal
        open={dialog === 'return'}
        onClose={() => setDialog(null)}
        title={t('report.returnTitle', { unit: view.unit.name })}
        field="comment"
        label={t('report.returnComment')}
        requiredMessage={t('report.returnCommentRequired')}
        okText={t('report.return')}
        onSubmit={(comment) => returnReport(view.id, comment).then(apply('report.returnedDone'))}
      />
      <CommentModal
        open={dialog === 'reopen'}
        onClose={() => setDialog(null)}
        title={t('report.reopenTitle', { unit: view.unit.name })}
        field="reason"
        label={t('report.reopenReason')}
        requiredMessage={t('report.reopenReasonRequired')}
        okText={t('report.reopen')}
        onSubmit={(reason) => reopenReport(view.id, reason).then(apply('report.reopenedDone'))}
      />
    </Flex>
  );
}
