import { useState } from 'react';
import { Button, Card, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useMe } from '../../app/authContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../lib/i18n';
import { fetchRounds, reportKeys } from './api';
import { DeadlineReminders } from './DeadlineReminders';
import { OpenRoundModal } from './OpenRoundModal';
import { RoundsTable } from './RoundsTable';
import { useOwnReports } from './useOwnReports';
import { PageTitle } from '../../components/PageTitle';
import { roundMessages } from './roundMessages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([roundMessages]);

/** /reports — the rounds the account sees, reminders for its own reports, and "Mở kỳ báo cáo" for leaders. */
export function ReportsPage() {
  const { t } = useI18n();
  const me = useMe();
  const [opening, setOpening] = useState(false);
  const rounds = useQuery({ queryKey: reportKeys.rounds, queryFn: fetchRounds });
  const own = useOwnReports(rounds.data ?? []);

  return (
    <Flex vertical gap={16}>
      <DeadlineReminders rounds={rounds.data ?? []} own={own} />
      <Card>
        <Flex vertical gap={16}>
          <Flex justify="space-between" align="center" gap={12} wrap>
            <PageTitle>{t('nav.reports')}</PageTitle>
            {me.abilities.manageUnits && (
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpening(true)}>
                {t('round.open')}
              </Button>
            )}
          </Flex>
          {rounds.isError ? (
            <ErrorAlert error={rounds.error} onRetry={() => rounds.refetch()} />
          ) : (
            <RoundsTable rounds={rounds.data ?? []} loading={rounds.isPending} own={own} />
          )}
        </Flex>
      </Card>
      <OpenRoundModal open={opening} onClose={() => setOpening(false)} rounds={rounds.data ?? []} />
    </Flex>
  );
}
