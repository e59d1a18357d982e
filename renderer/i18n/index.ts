// The interface's words live in message catalogues (one file per screen and language),
// never in components: i18next looks them up, Intl formats dates and numbers
// (renderer/format.ts). French is the default; see ./locale.ts for how English is chosen.
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { enResources } from './en';
import { frResources } from './fr';
import {
  DEFAULT_LOCALE,
  isAppLocale,
  LOCALE_STORAGE_KEY,
  localeInHash,
  resolveLocale,
} from './locale';
import type { AppLocale } from './locale';

export { DEFAULT_LOCALE, LOCALES, LOCALE_STORAGE_KEY } from './locale';
export { currentLocale } from './current';
export type { AppLocale } from './locale';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function systemLanguages(): readonly string[] {
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

/** The locale this page starts in. */
export function initialLocale(): AppLocale {
  return resolveLocale({
    requested: localeInHash(window.location.hash),
    stored: readStored(),
    languages: systemLanguages(),
  });
}

export function initI18n(lng: AppLocale = initialLocale()): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['fr', 'en'],
    resources: { fr: { translation: frResources }, en: { translation: enResources } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}

/** The person's explicit choice: kept for the next visits, applied at once. */
export function chooseLocale(locale: AppLocale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
  void i18next.changeLanguage(locale);
}

/** The current locale; the component re-renders when it changes. */
export function useLocale(): AppLocale {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isAppLocale(language) ? language : DEFAULT_LOCALE;
}
