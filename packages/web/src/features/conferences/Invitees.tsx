import { Button, Flex, Form, Input, List } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ConferenceDetail, InviteeInput } from '@danvan/shared';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useI18n } from '../../lib/i18n';
import { setInvitees } from './api';
import { useConferenceSave } from './useConferenceSave';

interface InviteeRow {
  unitId?: number | null;
  personName?: string;
  position?: string;
}

/**
 * Who is invited (thành phần mời): units, or named people with their position; the invitation is addressed to them
 * and to the bridge points. The organiser edits the list while the conference is being prepared.
 */
export function Invitees({ conference: c }: { conference: ConferenceDetail }) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ invitees: InviteeRow[] }>();
  const save = useConferenceSave((rows: InviteeRow[]) =>
    setInvitees(
      c.id,
      rows
        .filter((row) => row.unitId || row.personName?.trim())
        .map((row): InviteeInput => ({
          unitId: row.unitId ?? null,
          personName: row.personName?.trim() ?? '',
          position: row.position?.trim() ?? '',
        })),
    ),
  );
  const describe = (i: ConferenceDetail['invitees'][number]) =>
    [i.personName, i.position, i.unitName].filter(Boolean).join(', ');

  if (!c.abilities.update) {
    return (
      <List
        size="small"
        dataSource={c.invitees}
        locale={{ emptyText: t('conferences.noInvitees') }}
        renderItem={(i) => <List.Item key={i.id}>{describe(i)}</List.Item>}
      />
    );
  }
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        invitees: c.invitees.map((i) => ({ unitId: i.unitId, personName: i.personName, position: i.position })),
      }}
      onFinish={(values) => save.mutate(values.invitees ?? [])}
    >
      <Form.List name="invitees">
        {(rows, { add, remove }) => (
          <Flex vertical gap={8}>
            {rows.map((row, index) => (
              <Flex key={row.key} gap={8} wrap align="end">
                <Form.Item
                  name={[row.name, 'unitId']}
                  label={t('conferences.inviteeUnit')}
                  style={{ marginBottom: 0, minWidth: 220, flex: 2 }}
                >
                  <UnitTreeSelect allowClear />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'personName']}
                  label={t('conferences.inviteePerson')}
                  style={{ marginBottom: 0, minWidth: 180, flex: 1 }}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item
                  name={[row.name, 'position']}
                  label={t('conferences.inviteePosition')}
                  style={{ marginBottom: 0, minWidth: 180, flex: 1 }}
                >
                  <Input maxLength={300} />
                </Form.Item>
                <Button
                  type="text"
                  aria-label={`${t('conferences.removeInvitee')} ${index + 1}`}
                  icon={<MinusCircleOutlined aria-hidden />}
                  onClick={() => remove(row.name)}
                />
              </Flex>
            ))}
            <Flex gap={8} wrap>
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({})}>
                {t('conferences.addInvitee')}
              </Button>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('conferences.saveInvitees')}
              </Button>
            </Flex>
          </Flex>
        )}
      </Form.List>
    </Form>
  );
}
