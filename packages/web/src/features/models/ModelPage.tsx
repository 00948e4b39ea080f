import { Card, Empty, Flex, Skeleton } from 'antd';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useMe } from '../../app/authContext';
import { NotFoundPage } from '../../app/NotFoundPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ApiError } from '../../lib/api';
import { useI18n } from '../../lib/i18n';
import { parseId } from '../../lib/parseId';
import { fetchModel, modelKeys } from './api';
import { ModelDetails } from './ModelDetails';
import { ModelEvaluations } from './ModelEvaluations';
import { ModelHistory } from './ModelHistory';
import { ModelPhotos } from './ModelPhotos';

/** /models/:id — one model: what it is, its results, photos, evaluations, decision and history. */
export function ModelPage() {
  const { pick } = useI18n();
  const me = useMe();
  const id = parseId(useParams().id);
  const model = useQuery({ queryKey: modelKeys.detail(id ?? 0), queryFn: id ? () => fetchModel(id) : skipToken });

  if (id === null) return <NotFoundPage />;
  if (model.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }
  if (model.isError) {
    return (
      <Card>
        {model.error instanceof ApiError && model.error.status === 404 ? (
          <Empty description={pick(model.error.bilingual)} />
        ) : (
          <ErrorAlert error={model.error} onRetry={() => model.refetch()} />
        )}
      </Card>
    );
  }
  return (
    <Flex vertical gap={16}>
      <ModelDetails model={model.data} />
      <ModelPhotos model={model.data} />
      <ModelEvaluations model={model.data} />
      {me.abilities.readAudit && <ModelHistory model={model.data} />}
    </Flex>
  );
}
