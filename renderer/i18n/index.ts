// The interface's words live in message catalogues (one file per screen and language),
// never in components: i18next looks them up, Intl formats dates and numbers.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { frResources } from './fr';

export const DEFAULT_LOCALE = 'fr';

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    resources: { fr: { translation: frResources } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
