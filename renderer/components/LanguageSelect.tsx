// The interface's language, for every role and on the sign-in screen: the choice is kept
// in this browser (localStorage) and applied at once, <html lang> included.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseLocale, LOCALES, useLocale } from '../i18n';
import { isAppLocale } from '../i18n/locale';

/**
 * `labelHidden`: the label for screen readers only, where the select names the language
 * in itself (« Français », « English ») and room is short (the header at 1366 px).
 */
export function LanguageSelect({
  className,
  labelHidden = false,
}: {
  className?: string;
  labelHidden?: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  return (
    <span className={className ? `language-select ${className}` : 'language-select'}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : undefined}>
        {t('common.language.label')}
      </label>{' '}
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          if (isAppLocale(event.target.value)) chooseLocale(event.target.value);
        }}
      >
        {LOCALES.map((option) => (
          // Each language named in itself, so a reader finds theirs whatever is shown.
          <option key={option} value={option} lang={option}>
            {t(`common.language.${option}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
