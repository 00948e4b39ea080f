import { Segmented } from 'antd';
import { useI18n, type Lang } from '../lib/i18n';

const options: { label: string; value: Lang }[] = [
  { label: 'VI', value: 'vi' },
  { label: 'EN', value: 'en' },
];

export function LanguageToggle() {
  const { lang, setLang, t } = useI18n();
  return (
    <Segmented<Lang> aria-label={t('header.language')} size="small" options={options} value={lang} onChange={setLang} />
  );
}
