import { Button, Card, Descriptions, Flex, Tag } from 'antd';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { skipToken, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import {
  conferenceFormats,
  conferenceStatuses,
  formatDateVi,
  formatNumberVi,
  type ConferenceDetail,
} from '@danvan/shared';
import { ConfirmPopover } from '../../components/ConfirmPopover';
import { DetailPage } from '../../components/DetailPage';
import { DownloadButton } from '../../components/DownloadButton';
import { PageTitle, SectionTitle } from '../../components/PageTitle';
import { AuditHistory } from '../../components/RecordHistory';
import { useI18n } from '../../lib/i18n';
import { parseId } from '../../lib/parseId';
import { conferenceKeys, fetchConference, fetchConferenceHistory, holdConference } from './api';
import { BridgePoints } from './BridgePoints';
import { Attendance, Documents } from './ConferenceParts';
import { Invitees } from './Invitees';
import { Conclusions, Minutes } from './ConferenceOutcome';
import { IssueButton } from './IssueButton';
import { useConferenceSave } from './useConferenceSave';
import { conferenceMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([conferenceMessages]);

/** /conferences/:id — one conference: general facts, bridge points, attendance, documents, minutes, conclusions. */
export function ConferencePage() {
  const id = parseId(useParams().id);
  const conference = useQuery({
    queryKey: conferenceKeys.detail(id ?? 0),
    queryFn: id ? () => fetchConference(id) : skipToken,
  });
  return (
    <DetailPage addressed={id !== null} query={conference}>
      {(data) => <ConferenceView conference={data} />}
    </DetailPage>
  );
}

function ConferenceView({ conference: c }: { conference: ConferenceDetail }) {
  const { t, pick } = useI18n();
  const history = useQuery({ queryKey: conferenceKeys.history(c.id), queryFn: () => fetchConferenceHistory(c.id) });
  const hold = useConferenceSave(() => holdConference(c.id));
  const docx = (which: string, label: string, name: string) => (
    <DownloadButton
      path={`/api/conferences/${c.id}/${which}.docx`}
      fallbackName={name}
      icon={<FileWordOutlined aria-hidden />}
    >
      {label}
    </DownloadButton>
  );
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex vertical gap={12}>
          <Link to="/conferences">← {t('conferences.back')}</Link>
          <PageTitle>{c.title}</PageTitle>
          <Flex gap={8} wrap align="center">
            <Tag color="blue">{pick(conferenceStatuses[c.status])}</Tag>
            <Tag>{c.kindName}</Tag>
            {c.abilities.hold && (
              <ConfirmPopover
                title={t('conferences.hold')}
                okText={t('conferences.yes')}
                cancelText={t('conferences.no')}
                onConfirm={() => hold.mutate(undefined)}
              >
                <Button type="primary" loading={hold.isPending}>
                  {t('conferences.hold')}
                </Button>
              </ConfirmPopover>
            )}
          </Flex>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 1, md: 2 }}
            items={[
              { key: 'organiser', label: t('conferences.organiser'), children: c.organiserName },
              {
                key: 'when',
                label: t('conferences.heldOn'),
                children: `${formatDateVi(c.heldOn)}, ${c.startsAt}${c.endsAt ? `–${c.endsAt}` : ''}`,
              },
              { key: 'place', label: t('conferences.place'), children: c.place || '—' },
              { key: 'format', label: t('conferences.format'), children: pick(conferenceFormats[c.format]) },
              { key: 'chairs', label: t('conferences.chairs'), children: c.chairs || '—' },
              { key: 'attending', label: t('conferences.attending'), children: formatNumberVi(c.attending) },
              ...(c.round
                ? [
                    {
                      key: 'round',
                      label: t('conferences.report'),
                      children: c.round.reportId ? (
                        <DownloadButton
                          path={`/api/reports/${c.round.reportId}/export.docx`}
                          fallbackName="bao-cao.docx"
                          icon={<FileWordOutlined aria-hidden />}
                        >
                          {c.round.title}
                        </DownloadButton>
                      ) : (
                        c.round.title || '—'
                      ),
                    },
                  ]
                : []),
              { key: 'content', label: t('conferences.content'), children: c.content || '—', span: 2 },
            ]}
          />
          <SectionTitle>{t('conferences.exports')}</SectionTitle>
          <Flex gap={8} wrap>
            {docx(
              'invitation',
              `${t('conferences.invitation')}${c.invitation ? ` ${c.invitation.symbol}` : ''}`,
              'giay-moi.docx',
            )}
            {docx('minutes', t('conferences.minutesDocx'), 'bien-ban.docx')}
            {docx(
              'notice',
              `${t('conferences.notice')}${c.notice ? ` ${c.notice.symbol}` : ''}`,
              'thong-bao-ket-luan.docx',
            )}
            <DownloadButton
              path={`/api/conferences/${c.id}/roster.xlsx`}
              fallbackName="diem-cau.xlsx"
              icon={<FileExcelOutlined aria-hidden />}
            >
              {t('conferences.roster')}
            </DownloadButton>
            {c.abilities.issueInvitation && !c.invitation && <IssueButton conference={c} which="invitation" />}
            {c.abilities.issueNotice && !c.notice && <IssueButton conference={c} which="notice" />}
          </Flex>
        </Flex>
      </Card>
      <Card title={<SectionTitle>{t('conferences.invitees')}</SectionTitle>}>
        <Invitees conference={c} />
      </Card>
      <Card title={<SectionTitle>{t('conferences.points')}</SectionTitle>}>
        <BridgePoints conference={c} />
      </Card>
      <Card title={<SectionTitle>{t('conferences.attendance')}</SectionTitle>}>
        <Attendance conference={c} />
      </Card>
      <Card title={<SectionTitle>{t('conferences.documents')}</SectionTitle>}>
        <Documents conference={c} />
      </Card>
      <Card title={<SectionTitle>{t('conferences.minutes')}</SectionTitle>}>
        <Minutes conference={c} />
      </Card>
      <Card title={<SectionTitle>{t('conferences.conclusions')}</SectionTitle>}>
        <Conclusions conference={c} />
      </Card>
      <Card title={<SectionTitle>{t('conferences.history')}</SectionTitle>}>
        <AuditHistory history={history} />
      </Card>
    </Flex>
  );
}
