import { lazy, Suspense, useState } from 'react';
import { App, Breadcrumb, Button, Card, Col, Descriptions, Empty, Flex, Row } from 'antd';
import { DeleteOutlined, EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { formatDateVi } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { DetailPage } from '../../components/DetailPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { loadChunk } from '../../lib/loadChunk';
import { useApiErrorHandler } from '../../lib/useApiErrorHandler';
import { cancelRound, fetchCompleteness, fetchReportOfUnit, reportKeys } from './api';
import { dashboardGutter, focusUnitId } from './dashboardFocus';
import { ChildrenChart } from './ChildrenChart';
import { CompletenessTable } from './CompletenessTable';
import { periodText, reportPath, templateLabel } from './reportLabels';
import { ReportDownloads } from './ReportDownloads';
import { RoundProgress } from './RoundProgress';
import { useReportParams } from './useReportParams';
import { TrendChart } from './TrendChart';
import { YearComparisonChart } from './YearComparisonChart';
import { PageTitle } from '../../components/PageTitle';
import { ConfirmPopover } from '../../components/ConfirmPopover';
import { reportMessages } from './messages';
import { roundMessages } from './roundMessages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([reportMessages, roundMessages]);

// The change form brings Ant Design's date picker; only the round's opener uses it, after a click.
const ChangeRoundModal = lazy(() =>
  loadChunk(() => import('./ChangeRoundModal')).then((module) => ({ default: module.ChangeRoundModal })),
);

/** /reports/:roundId — who has submitted, the key figures by child unit and against last year, exports. */
export function RoundDashboardPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { roundId } = useReportParams();
  const completeness = useQuery({
    queryKey: reportKeys.completeness(roundId ?? 0),
    queryFn: roundId ? () => fetchCompleteness(roundId) : skipToken,
  });
  const unitId = completeness.data ? focusUnitId(completeness.data, me.scopeUnitId) : null;
  const focus = useQuery({
    queryKey: reportKeys.ofUnit(roundId ?? 0, unitId ?? 0),
    queryFn: roundId && unitId ? () => fetchReportOfUnit(roundId, unitId) : skipToken,
  });
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const handleError = useApiErrorHandler();
  const [changing, setChanging] = useState(false);
  // Kept mounted once opened so that the modal can play its closing animation.
  const [changeOpened, setChangeOpened] = useState(false);
  const cancel = useMutation({
    mutationFn: () => cancelRound(roundId ?? 0),
    onSuccess: async () => {
      message.success(t('round.cancelledDone'));
      navigate('/reports');
      await queryClient.invalidateQueries({ queryKey: reportKeys.all });
    },
    onError: (error) => handleError(error),
  });

  const view = focus.data;

  return (
    <DetailPage query={completeness} addressed={roundId !== null} skeletonRows={8}>
      {({ round, rows }) =>
        // A reporting unit sees only its own form here: its report is the page it wants.
        round.openerUnitId !== me.scopeUnitId && rows.length === 1 && rows[0].unitId === me.scopeUnitId ? (
          <Navigate to={reportPath(round.id, me.scopeUnitId)} replace />
        ) : (
          <Flex vertical gap={16} data-testid="round-dashboard">
            <Card>
              <Flex vertical gap={12}>
                <Breadcrumb
                  items={[
                    { key: 'reports', title: <Link to="/reports">{t('nav.reports')}</Link> },
                    { key: 'round', title: round.title },
                  ]}
                />
                <PageTitle>{round.title}</PageTitle>
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 2, lg: 4 }}
                  items={[
                    { key: 'opener', label: t('round.opener'), children: round.openerUnitName },
                    { key: 'template', label: t('round.template'), children: templateLabel(round, t) },
                    { key: 'period', label: t('round.period'), children: periodText(round) },
                    { key: 'deadline', label: t('round.deadline'), children: formatDateVi(round.deadline) },
                  ]}
                />
                <div style={{ maxWidth: 360 }}>
                  <RoundProgress round={round} />
                </div>
                {round.abilities.manage && (
                  <Flex gap={8} wrap>
                    <Button
                      icon={<EditOutlined aria-hidden />}
                      onClick={() => {
                        setChangeOpened(true);
                        setChanging(true);
                      }}
                    >
                      {t('round.change')}
                    </Button>
                    {round.abilities.cancel && (
                      <ConfirmPopover
                        title={t('round.cancel')}
                        description={<div style={{ maxWidth: 320 }}>{t('round.cancelConfirm')}</div>}
                        okText={t('round.cancel')}
                        okButtonProps={{ danger: true, loading: cancel.isPending }}
                        cancelText={t('common.close')}
                        onConfirm={() => cancel.mutateAsync().catch(() => undefined)}
                      >
                        <Button danger icon={<DeleteOutlined aria-hidden />}>
                          {t('round.cancel')}
                        </Button>
                      </ConfirmPopover>
                    )}
                    {changeOpened && (
                      <Suspense fallback={null}>
                        <ChangeRoundModal round={round} open={changing} onClose={() => setChanging(false)} />
                      </Suspense>
                    )}
                  </Flex>
                )}
                {view && (
                  <Flex gap={8} wrap>
                    <Button
                      type="primary"
                      icon={<FileTextOutlined aria-hidden />}
                      onClick={() => navigate(reportPath(round.id, view.unit.id))}
                    >
                      {t('dashboard.openReport', { unit: view.unit.name })}
                    </Button>
                    <ReportDownloads view={view} />
                  </Flex>
                )}
              </Flex>
            </Card>
            {focus.isError && <ErrorAlert error={focus.error} onRetry={() => focus.refetch()} />}
            {unitId === null && <Empty description={t('dashboard.noOwnReport')} />}
            {unitId !== null && (
              <Row gutter={[dashboardGutter, dashboardGutter]}>
                <Col xs={24} xl={12}>
                  <Card title={t('dashboard.byChild')} loading={focus.isPending}>
                    {view && <ChildrenChart view={view} />}
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card title={t('dashboard.yearComparison')} loading={focus.isPending}>
                    {view && <YearComparisonChart view={view} />}
                  </Card>
                </Col>
                <Col xs={24}>
                  <Card title={t('dashboard.trend')} loading={focus.isPending}>
                    {view && <TrendChart view={view} />}
                  </Card>
                </Col>
              </Row>
            )}
            <Card title={t('dashboard.completeness')}>
              <CompletenessTable roundId={round.id} rows={rows} />
            </Card>
          </Flex>
        )
      }
    </DetailPage>
  );
}
