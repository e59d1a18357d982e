// Which language the interface speaks: the person's explicit choice (kept in this
// browser's localStorage), else the system's (navigator.languages: the first English
// one wins, as Electron's navigator.language follows the OS), else French. A page opened
// to be printed may carry `lang` in its hash (#/report/ID?print=1&lang=en): a separate
// printing browser does not share the reader's storage.
export const LOCALES = ['fr', 'en'] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = 'fr';
export const LOCALE_STORAGE_KEY = 'jalon.locale';

/** Intl's name for each locale: British English (day before month, like French). */
export const INTL_LOCALE: Record<AppLocale, string> = { fr: 'fr-FR', en: 'en-GB' };

export function isAppLocale(value: unknown): value is AppLocale {
  return value === 'fr' || value === 'en';
}

/** The system's preference: English when an English language comes first, else French. */
export function systemLocale(languages: readonly string[]): AppLocale {
  for (const language of languages) {
    const primary = language.toLowerCase().split(/[-_]/)[0];
    if (primary === 'en') return 'en';
    if (primary === 'fr') return 'fr';
  }
  return DEFAULT_LOCALE;
}

export interface LocaleSources {
  /** The `lang` of the page's address (print pages), if any. */
  requested?: string | null;
  /** What localStorage holds under LOCALE_STORAGE_KEY. */
  stored?: string | null;
  /** navigator.languages (or [navigator.language]). */
  languages: readonly string[];
}

export function resolveLocale({ requested, stored, languages }: LocaleSources): AppLocale {
  if (isAppLocale(requested)) return requested;
  if (isAppLocale(stored)) return stored;
  return systemLocale(languages);
}

/** The `lang` of `#/…?lang=en`, when there is one. */
export function localeInHash(hash: string): string | null {
  const query = hash.split('?')[1];
  return query ? new URLSearchParams(query).get('lang') : null;
}
