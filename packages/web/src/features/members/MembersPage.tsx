import { Card, Flex, Tabs } from 'antd';
import { useI18n } from '../../lib/i18n';
import { MemberCountsList } from './MemberCountsList';
import { MemberRollupView } from './MemberRollupView';
import { PageTitle } from '../../components/PageTitle';
import { memberMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([memberMessages]);

/** /members — members of the Front and member organisations: counts per period, and totals by kind. */
export function MembersPage() {
  const { t } = useI18n();
  return (
    <Card>
      <Flex vertical gap={8}>
        <PageTitle>{t('members.title')}</PageTitle>
        <Tabs
          items={[
            { key: 'list', label: t('members.tabList'), children: <MemberCountsList /> },
            // Not kept while hidden: its chart would measure a box of no width. The list is, and opening the totals
            // then only draws them.
            { key: 'rollup', label: t('members.tabRollup'), children: <MemberRollupView />, destroyOnHidden: true },
          ]}
        />
      </Flex>
    </Card>
  );
}
