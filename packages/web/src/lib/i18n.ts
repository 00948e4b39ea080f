import { useCallback, useSyncExternalStore } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import type { BilingualMessage } from '@danvan/shared';
import { message, type Lang, type MessageKey, type Params } from './messages';

export { isMessageKey, type Lang, type MessageKey, type Params } from './messages';

/** The interface language, remembered in the browser, and the hook that translates in it (tables: ./messages.ts). */
const storageKey = 'danvan.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let current: Lang = storedLang();
const listeners = new Set<() => void>();

function apply(lang: Lang): void {
  document.documentElement.lang = lang;
  dayjs.locale(lang);
}
apply(current);

/** The interface language outside React (a prefetch before the first render). */
export function currentLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this page only.
  }
  apply(lang);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export type Translate = (key: MessageKey, params?: Params) => string;

/** The current language, a translator and a picker for the server's bilingual messages. */
export function useI18n() {
  const lang = useSyncExternalStore(subscribe, () => current);
  const t = useCallback<Translate>((key, params) => message(key, lang, params), [lang]);
  const pick = useCallback((bilingual: BilingualMessage) => bilingual[lang], [lang]);
  return { lang, t, pick, setLang };
}
