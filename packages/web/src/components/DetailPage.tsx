import { lazy, Suspense, type ReactNode } from 'react';
import { Card, Empty, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '../lib/api';
import { loadChunk } from '../lib/loadChunk';
import { useI18n } from '../lib/i18n';
import { ErrorAlert } from './ErrorAlert';
import { PageTitle } from './PageTitle';

// Ant Design's Result with its pictures is fetched only for a malformed address, not with every page about a record.
const NotFoundPage = lazy(() =>
  loadChunk(() => import('./NotFoundPage')).then((module) => ({ default: module.NotFoundPage })),
);

/** The screen's title where the record could not be shown is that message, in the look of the text around it. */
const inheritedFont = { fontSize: 'inherit', lineHeight: 'inherit', fontWeight: 'inherit', color: 'inherit' } as const;

/**
 * The states of a page about one record: not found when the address names none, a skeleton while it loads, the
 * server's "not found" (outside the scope or gone), any other failure with a retry, and the page itself once loaded.
 */
export function DetailPage<T>({
  addressed = true,
  query,
  skeletonRows = 10,
  children,
}: {
  /** False when the address cannot name a record (a malformed id), so nothing is asked of the server. */
  addressed?: boolean;
  query: UseQueryResult<T>;
  skeletonRows?: number;
  children: (data: T) => ReactNode;
}) {
  const { pick } = useI18n();
  if (!addressed) {
    return (
      <Suspense fallback={null}>
        <NotFoundPage />
      </Suspense>
    );
  }
  if (query.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: skeletonRows }} />
      </Card>
    );
  }
  if (query.isError) {
    return (
      <Card>
        {query.error instanceof ApiError && query.error.status === 404 ? (
          <Empty description={<PageTitle style={inheritedFont}>{pick(query.error.bilingual)}</PageTitle>} />
        ) : (
          <ErrorAlert error={query.error} onRetry={() => query.refetch()} />
        )}
      </Card>
    );
  }
  return children(query.data);
}
