import { useEffect, useState } from 'react';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportUnitsInput } from '@danvan/shared';
import { fetchImportJob, invalidateUnits, startImport, unitKeys } from './api';

const pollMs = 500;

/** Starts an import job and follows it every 500 ms while it runs; refreshes units once applied. */
export function useImportJob() {
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);

  const start = useMutation({
    mutationFn: startImport,
    onSuccess: (job) => {
      queryClient.setQueryData(unitKeys.importJob(job.id), job);
      setJobId(job.id);
    },
  });

  const poll = useQuery({
    queryKey: unitKeys.importJob(jobId ?? ''),
    queryFn: jobId ? () => fetchImportJob(jobId) : skipToken,
    staleTime: Infinity,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? pollMs : false),
  });

  const job = jobId ? poll.data : undefined;
  const applied = job?.status === 'done' && job.summary?.applied === true;
  useEffect(() => {
    if (applied) void invalidateUnits(queryClient);
  }, [applied, queryClient]);

  return {
    job,
    starting: start.isPending,
    error: start.error ?? poll.error,
    run: (input: ImportUnitsInput) => {
      setJobId(null);
      start.mutate(input);
    },
    reset: () => {
      setJobId(null);
      start.reset();
    },
  };
}
