import { describe, expect, it } from 'vitest';
import { cliLocale } from '../../cli/messages';

describe('the CLI’s language', () => {
  it('is French by default and for any language but English', () => {
    expect(cliLocale({})).toBe('fr');
    expect(cliLocale({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(cliLocale({ LANG: 'C.UTF-8' })).toBe('fr');
    expect(cliLocale({ LANG: 'de_DE.UTF-8' })).toBe('fr');
  });

  it('is English when LC_ALL, else LC_MESSAGES, else LANG starts with "en"', () => {
    expect(cliLocale({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'en' })).toBe('en');
    expect(cliLocale({ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'en_GB.UTF-8' })).toBe('en');
    expect(cliLocale({ LANG: 'en_US.UTF-8', LC_ALL: 'fr_FR.UTF-8' })).toBe('fr');
    expect(cliLocale({ LANG: 'en_US.UTF-8', LC_ALL: '' })).toBe('en');
  });

  it('does not take a language that merely starts with the letters "en" for English', () => {
    expect(cliLocale({ LANG: 'enx_XX' })).toBe('fr');
  });
});
