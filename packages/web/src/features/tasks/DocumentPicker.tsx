import { useState } from 'react';
import { Select } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatDateVi, type DocumentSummary } from '@danvan/shared';
import { api } from '../../lib/api';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useI18n } from '../../lib/i18n';

/** Registered documents of the register, searched as they are typed: cited as a task's evidence. */
export function DocumentPicker({
  value,
  onChange,
  id,
}: {
  value?: number[];
  onChange?: (value: number[]) => void;
  id?: string;
}) {
  const { t } = useI18n();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search, 300);
  const documents = useQuery({
    queryKey: ['documents', 'picker', q],
    queryFn: () =>
      api<{ items: DocumentSummary[] }>('/api/documents', { query: { q: q.trim() || undefined, limit: 20 } }),
    placeholderData: keepPreviousData,
  });
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      placeholder={t('tasks.documentsSearch')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={documents.isFetching}
      options={(documents.data?.items ?? []).map((doc) => ({
        value: doc.id,
        label: `${doc.symbol} (${formatDateVi(doc.issuedOn)}) — ${doc.title}`,
      }))}
    />
  );
}
