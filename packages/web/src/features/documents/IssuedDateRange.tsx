import { DatePicker, Flex } from 'antd';
import dayjs from 'dayjs';
import { dateFormat, toIsoDate } from '../../lib/dates';
import { useI18n } from '../../lib/i18n';
import { useIsPhone } from '../../lib/useIsPhone';

interface Props {
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from: string | undefined; to: string | undefined }) => void;
}

/**
 * The issue-date filter, either end optional: a range picker, or on a phone (where the range
 * picker's two months do not fit) two date pickers side by side.
 */
export function IssuedDateRange({ from, to, onChange }: Props) {
  const { t } = useI18n();
  const isPhone = useIsPhone();
  const start = from ? dayjs(from) : null;
  const end = to ? dayjs(to) : null;

  if (isPhone) {
    return (
      <Flex gap={8}>
        <DatePicker
          style={{ flex: 1 }}
          format={dateFormat}
          placeholder={t('documents.from')}
          aria-label={t('documents.from')}
          value={start}
          maxDate={end ?? undefined}
          inputReadOnly
          onChange={(value) => onChange({ from: value ? toIsoDate(value) : undefined, to })}
        />
        <DatePicker
          style={{ flex: 1 }}
          format={dateFormat}
          placeholder={t('documents.to')}
          aria-label={t('documents.to')}
          value={end}
          minDate={start ?? undefined}
          inputReadOnly
          onChange={(value) => onChange({ from, to: value ? toIsoDate(value) : undefined })}
        />
      </Flex>
    );
  }
  return (
    <DatePicker.RangePicker
      style={{ width: '100%' }}
      format={dateFormat}
      allowEmpty={[true, true]}
      placeholder={[t('documents.from'), t('documents.to')]}
      aria-label={t('documents.issuedBetween')}
      value={[start, end]}
      onChange={(range) =>
        onChange({
          from: range?.[0] ? toIsoDate(range[0]) : undefined,
          to: range?.[1] ? toIsoDate(range[1]) : undefined,
        })
      }
    />
  );
}
