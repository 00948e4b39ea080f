import { Button, Result } from 'antd';
import { FileSearchOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useI18n } from '../lib/i18n';
import { PageTitle } from './PageTitle';

/** The page of an unknown address; Ant Design's own 404 picture carries an English "No Found" tooltip. */
export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <Result
      status="info"
      icon={<FileSearchOutlined aria-hidden />}
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
