import { Flex } from 'antd';
import { skipToken, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { useMe } from '../../app/authContext';
import { DetailPage } from '../../components/DetailPage';
import { parseId } from '../../lib/parseId';
import { fetchModel, modelKeys } from './api';
import { ModelDetails } from './ModelDetails';
import { ModelEvaluations } from './ModelEvaluations';
import { ModelHistory } from './ModelHistory';
import { ModelPhotos } from './ModelPhotos';
import { modelMessages } from './messages';
import { installMessages } from '../../lib/messages';

// The strings this page shows, fetched with it (app/pageMessages.test.ts checks the list).
installMessages([modelMessages]);

/** /models/:id — one model: what it is, its results, photos, evaluations, decision and history. */
export function ModelPage() {
  const me = useMe();
  const id = parseId(useParams().id);
  const model = useQuery({ queryKey: modelKeys.detail(id ?? 0), queryFn: id ? () => fetchModel(id) : skipToken });

  return (
    <DetailPage query={model} addressed={id !== null}>
      {(data) => (
        <Flex vertical gap={16}>
          <ModelDetails model={data} />
          <ModelPhotos model={data} />
          <ModelEvaluations model={data} />
          {me.abilities.readAudit && <ModelHistory model={data} />}
        </Flex>
      )}
    </DetailPage>
  );
}
