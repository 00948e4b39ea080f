import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useI18n } from '../lib/i18n';
import { PageTitle } from './PageTitle';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="404"
      title={<PageTitle style={{ fontSize: 'inherit', lineHeight: 'inherit', color: 'inherit' }}>404</PageTitle>}
      subTitle={t('error.notFound')}
      extra={
        <Link to="/units">
          <Button type="primary">{t('nav.units')}</Button>
        </Link>
      }
    />
  );
}
