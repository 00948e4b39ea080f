import { useState } from 'react';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../../app/authContext';
import { Brand } from '../../app/Brand';
import { LanguageToggle } from '../../app/LanguageToggle';
import { PageTitle } from '../../components/PageTitle';
import { ApiError } from '../../lib/api';
import { useI18n, type MessageKey } from '../../lib/i18n';

interface LoginForm {
  username: string;
  password: string;
}

function destination(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    return state.from;
  }
  return '/units';
}

export function LoginPage() {
  const { t, pick } = useI18n();
  const { me, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [failure, setFailure] = useState<ApiError | MessageKey | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (me) return <Navigate to={destination(location.state)} replace />;

  const submit = async (values: LoginForm) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await signIn(values);
      navigate(destination(location.state), { replace: true });
    } catch (error) {
      setFailure(error instanceof ApiError ? error : 'error.network');
      setSubmitting(false);
    }
  };

  return (
    <Flex component="main" vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Brand />
          <LanguageToggle />
        </Flex>
        <PageTitle style={{ marginBottom: 4 }}>{t('login.title')}</PageTitle>
        <Typography.Paragraph type="secondary">{t('app.subtitle')}</Typography.Paragraph>
        {failure && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: 16 }}
            title={failure instanceof ApiError ? pick(failure.bilingual) : t(failure)}
          />
        )}
        <Form<LoginForm> name="login" layout="vertical" onFinish={submit} requiredMark={false} disabled={submitting}>
          <Form.Item
            label={t('login.username')}
            name="username"
            rules={[{ required: true, whitespace: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus autoCapitalize="none" />
          </Form.Item>
          <Form.Item
            label={t('login.password')}
            name="password"
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined aria-hidden />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
