import { useMemo, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { EvidenceDocument } from '@danvan/shared';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useI18n } from '../../lib/i18n';
import { searchDocuments } from './api';

const labelOf = (doc: { symbol: string; title: string }) => `${doc.symbol} — ${doc.title}`;

/** Picks registered documents (sổ văn bản) as evidence, searched without accents as one types. */
export function DocumentPicker({
  value,
  onChange,
  known,
  disabled,
  id,
}: {
  value?: number[];
  onChange?: (ids: number[]) => void;
  known: EvidenceDocument[];
  disabled?: boolean;
  id?: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text, 300);
  const found = useQuery({
    queryKey: ['democracy', 'documents', q],
    queryFn: () => searchDocuments(q),
    enabled: !disabled,
    staleTime: 30_000,
  });
  const options = useMemo(() => {
    const byId = new Map<number, string>(known.map((doc) => [doc.id, labelOf(doc)]));
    for (const doc of found.data?.items ?? []) byId.set(doc.id, labelOf(doc));
    return [...byId].map(([docId, label]) => ({ value: docId, label }));
  }, [known, found.data]);
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={found.isFetching}
      options={options}
      placeholder={disabled ? undefined : t('democracy.documentsPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}
