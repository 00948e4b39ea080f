import { useEffect, useRef, useState } from 'react';
import { Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';

/**
 * A list's search box: sends what is typed once typing pauses (or at once on Enter), and follows the address when it
 * changes elsewhere (back button, "Xóa bộ lọc").
 */
export function SearchInput({
  value,
  onSearch,
  placeholder,
  debounceMs = 300,
}: {
  value: string;
  onSearch: (q: string) => void;
  placeholder: string;
  debounceMs?: number;
}) {
  const [text, setText] = useState(value);
  // The address's search as last seen, and the last search this box sent.
  const [followed, setFollowed] = useState(value);
  const [sent, setSent] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The address changed by something else than this box: show its search.
  if (value !== followed) {
    setFollowed(value);
    if (value !== sent) {
      setSent(value);
      setText(value);
    }
  }
  // What was typed before the address changed elsewhere is not sent over it; nothing is sent after unmounting.
  useEffect(() => () => clearTimeout(timer.current), [value]);

  const send = (q: string) => {
    clearTimeout(timer.current);
    if (q === sent) return;
    setSent(q);
    onSearch(q);
  };

  return (
    <Input
      allowClear
      enterKeyHint="search"
      prefix={<SearchOutlined aria-hidden />}
      placeholder={placeholder}
      aria-label={placeholder}
      value={text}
      maxLength={200}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => send(next.trim()), debounceMs);
      }}
      onPressEnter={() => send(text.trim())}
    />
  );
}
