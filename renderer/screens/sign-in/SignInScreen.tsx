// Sign-in: an identifier and a password. The answer never says which of the two was
// wrong. After repeated failures the server makes each attempt wait (never refuses
// it): the button says it is checking meanwhile.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/api/client';
import type { SignInResult } from '../../../shared/api/contract';
import type { AppClient } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LanguageSelect } from '../../components/LanguageSelect';

export function SignInScreen({
  client,
  demo,
  sessionEnded,
  onSignedIn,
}: {
  client: AppClient;
  demo: boolean;
  /** The previous session ended on its own (idle, account changed): say why they are here. */
  sessionEnded: boolean;
  onSignedIn(result: SignInResult): void;
}) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await client.invoke('auth.signIn', { userId, password });
      client.setSession(result.sessionToken);
      onSignedIn(result);
    } catch (e) {
      setError(e);
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  const code = error instanceof ApiCallError ? error.code : null;
  return (
    <main className="sign-in-screen">
      <LanguageSelect className="sign-in-language" />
      <form onSubmit={(e) => void submit(e)} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('signIn.title')}</h1>
        <p>{t('signIn.intro')}</p>
        {sessionEnded && error === null && (
          <p role="status" className="sign-in-ended">
            {t('signIn.sessionEnded')}
          </p>
        )}
        <label htmlFor="sign-in-user">{t('signIn.userId')}</label>
        <input
          id="sign-in-user"
          autoComplete="username"
          required
          value={userId}
          onChange={(e) => setUserId(e.target.value)}
        />
        <label htmlFor="sign-in-password">{t('signIn.password')}</label>
        <input
          id="sign-in-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {code === 'unauthorized' && (
          <p role="alert" className="error-message">
            {t('signIn.wrong')} {t('signIn.slowed')}
          </p>
        )}
        {error !== null && code !== 'unauthorized' && <ErrorMessage error={error} />}
        <button type="submit" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </button>
        {demo && <p className="sign-in-hint">{t('signIn.demoHint')}</p>}
      </form>
    </main>
  );
}
