import { useEffect, useRef, useState } from 'react';
import { Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useI18n } from '../../lib/i18n';
import { useDebouncedValue } from '../../lib/useDebouncedValue';

const debounceMs = 300;

/**
 * The full-text search box: sends what is typed once typing pauses for 300 ms (or at once on Enter),
 * and follows the address when it changes elsewhere (back button, "Xóa bộ lọc").
 */
export function DocumentSearchInput({
  value,
  onSearch,
  placeholder,
}: {
  value: string;
  onSearch: (q: string) => void;
  placeholder?: string;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const debounced = useDebouncedValue(text, debounceMs);
  const sent = useRef(value);

  useEffect(() => {
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    const q = debounced.trim();
    if (q !== sent.current) {
      sent.current = q;
      onSearch(q);
    }
  }, [debounced, onSearch]);

  return (
    <Input
      allowClear
      enterKeyHint="search"
      prefix={<SearchOutlined aria-hidden />}
      placeholder={placeholder ?? t('documents.search')}
      aria-label={placeholder ?? t('documents.search')}
      value={text}
      maxLength={200}
      onChange={(event) => setText(event.target.value)}
      onPressEnter={() => {
        const q = text.trim();
        if (q !== sent.current) {
          sent.current = q;
          onSearch(q);
        }
      }}
    />
  );
}
