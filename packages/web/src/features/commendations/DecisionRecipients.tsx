import { Flex, Table, Typography } from 'antd';
import type { DecisionSummary } from '@danvan/shared';
import { useI18n } from '../../lib/i18n';

type Recipient = DecisionSummary['recipients'][number];

/**
 * A decision's recipients as the list attached to it reads: collectives (name and unit) under "Tập thể",
 * then individuals (name, year of birth, position, unit) under "Cá nhân", each numbered from 1.
 */
export function DecisionRecipients({ recipients }: { recipients: Recipient[] }) {
  const { t } = useI18n();
  const collectives = recipients.filter((r) => r.collective);
  const individuals = recipients.filter((r) => !r.collective);
  const both = collectives.length > 0 && individuals.length > 0;
  const number = {
    key: 'stt',
    title: 'STT',
    width: 60,
    render: (_: unknown, __: Recipient, index: number) => index + 1,
  };
  return (
    <Flex vertical gap={8}>
      {collectives.length > 0 && (
        <>
          {both && <Typography.Text strong>I. {t('kt.collectives').toLocaleUpperCase('vi')}</Typography.Text>}
          <Table<Recipient>
            size="small"
            rowKey="nominationId"
            pagination={false}
            dataSource={collectives}
            scroll={{ x: 'max-content' }}
            columns={[
              number,
              { key: 'name', title: t('kt.collectiveName'), dataIndex: 'name' },
              { key: 'unit', title: t('kt.unit'), dataIndex: 'unitName' },
            ]}
          />
        </>
      )}
      {individuals.length > 0 && (
        <>
          {both && <Typography.Text strong>II. {t('kt.individuals').toLocaleUpperCase('vi')}</Typography.Text>}
          <Table<Recipient>
            size="small"
            rowKey="nominationId"
            pagination={false}
            dataSource={individuals}
            scroll={{ x: 'max-content' }}
            columns={[
              number,
              { key: 'name', title: t('kt.fullName'), dataIndex: 'name' },
              { key: 'year', title: t('kt.birthYear'), dataIndex: 'birthYear' },
              { key: 'position', title: t('kt.position'), dataIndex: 'position' },
              { key: 'unit', title: t('kt.unit'), dataIndex: 'unitName' },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
