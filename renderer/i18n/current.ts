// The interface's current locale for code outside React (formatters, exports), without
// the DOM: formatters are unit-tested on Node.
import i18next from 'i18next';
import { DEFAULT_LOCALE, isAppLocale } from './locale';
import type { AppLocale } from './locale';

export function currentLocale(): AppLocale {
  const language = i18next.resolvedLanguage ?? i18next.language;
  return isAppLocale(language) ? language : DEFAULT_LOCALE;
}
