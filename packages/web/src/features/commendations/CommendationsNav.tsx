import { Segmented } from 'antd';
import { useLocation, useNavigate } from 'react-router-dom';
import { useMe } from '../../app/authContext';
import { useI18n } from '../../lib/i18n';

/** The three screens of commendations: campaigns, the people register, award types (for administrators). */
export function CommendationsNav() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const options = [
    { value: '/commendations', label: t('kt.tabCampaigns') },
    { value: '/commendations/people', label: t('kt.tabPeople') },
    ...(me.abilities.manageAwardTypes ? [{ value: '/commendations/award-types', label: t('kt.tabTypes') }] : []),
  ];
  const current = options.find((o) => o.value !== '/commendations' && location.pathname.startsWith(o.value));
  return (
    <Segmented
      aria-label={t('kt.nav')}
      value={current?.value ?? '/commendations'}
      options={options}
      onChange={(value) => navigate(value)}
      style={{ maxWidth: '100%', overflowX: 'auto' }}
    />
  );
}
