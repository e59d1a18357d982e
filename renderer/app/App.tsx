// The frame of the app: sign-in first, then the demo banner, the navigation of the
// person's role, and the screen of the route.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, SignInResult } from '../../shared/api/contract';
import type { AppClient } from '../api/client';
import { formatLongDate } from '../format';
import { ErrorMessage } from '../components/ErrorMessage';
import { LanguageSelect } from '../components/LanguageSelect';
import { CaseloadScreen } from '../screens/caseload/CaseloadScreen';
import { ImportScreen } from '../screens/import/ImportScreen';
import { SeekerScreen } from '../screens/seeker/SeekerScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { AuditScreen } from '../screens/audit/AuditScreen';
import { HistoryScreen } from '../screens/history/HistoryScreen';
import { ReportScreen } from '../screens/report/ReportScreen';
import { SignInScreen } from '../screens/sign-in/SignInScreen';
import { TeamScreen } from '../screens/team/TeamScreen';
import { AppContext } from './app-context';
import type { AppState, Route } from './app-context';
import { isCurrent, NAVIGATION, routeFor } from './role-navigation';
import { hashOf, routeFromHash } from './routes';

const AS_OF_KEY = 'jalon.asOf';

export function App({ client }: { client: AppClient }) {
  const { t } = useTranslation();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  const [asOf, setAsOfState] = useState<string | null>(() => sessionStorage.getItem(AS_OF_KEY));

  const load = useCallback(() => {
    setError(null);
    client.invoke('app.info', {}).then(setInfo, setError);
  }, [client]);
  useEffect(load, [load]);

  const signedIn = useCallback((_result: SignInResult) => load(), [load]);
  // A session that ended meanwhile (idle, account disabled) brings back the sign-in.
  useEffect(
    () =>
      client.onSessionLost(() => {
        client.setSession(null);
        load();
      }),
    [client, load],
  );
  const signOut = useCallback(() => {
    client
      .invoke('auth.signOut', {})
      .catch(() => {})
      .finally(() => {
        client.setSession(null);
        sessionStorage.removeItem(AS_OF_KEY);
        window.location.hash = '#/';
        load();
      });
  }, [client, load]);

  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const navigate = useCallback((next: Route) => {
    window.location.hash = hashOf(next);
  }, []);

  // The desktop menu (Fichier › Importer…) arrives as an event from the preload.
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type !== 'menu') return;
        if (event.command === 'import') navigate({ screen: 'import' });
        if (event.command === 'settings') navigate({ screen: 'settings' });
        // The grid exports itself when it hears the same event (GridActions.tsx).
        if (event.command === 'caseload' || event.command === 'export') {
          navigate({ screen: 'caseload' });
        }
      }),
    [client, navigate],
  );

  const state = useMemo<AppState | null>(
    () =>
      info && {
        client,
        info,
        asOf: asOf ?? info.today,
        setAsOf(date: string) {
          sessionStorage.setItem(AS_OF_KEY, date);
          setAsOfState(date);
        },
        navigate,
      },
    [client, info, asOf, navigate],
  );

  if (error) return <ErrorMessage error={error} onRetry={load} />;
  if (!state) return <p className="loading">{t('common.loading')}</p>;
  const user = state.info.user;
  if (!user) {
    return <SignInScreen client={client} demo={state.info.demo} onSignedIn={signedIn} />;
  }
  const shown = routeFor(user.role, route);
  // The report as its PDF is printed: the document alone, nothing around it.
  if (shown.screen === 'report' && shown.print) {
    return (
      <AppContext.Provider value={state}>
        <ReportScreen seekerId={shown.seekerId} print />
      </AppContext.Provider>
    );
  }

  return (
    <AppContext.Provider value={state}>
      {state.info.demo && (
        <div className="demo-banner" role="status">
          {t('common.demoBanner')}
        </div>
      )}
      <header className="app-header">
        <span className="app-name">{t('common.appName')}</span>
        <nav aria-label={t('common.nav.label')}>
          {NAVIGATION[user.role].map((screen) => (
            <a
              key={screen}
              href={hashOf({ screen } as Route)}
              aria-current={isCurrent(screen, shown) ? 'page' : undefined}
            >
              {t(`common.nav.${screen}`)}
            </a>
          ))}
        </nav>
        <span className="as-of">{t('common.asOfLabel', { date: formatLongDate(state.asOf) })}</span>
        <span className="signed-in-user">
          {t('common.signedInAs', { name: user.displayName, role: t(`common.roles.${user.role}`) })}
        </span>
        <LanguageSelect className="header-language" />
        <button type="button" className="sign-out" onClick={signOut}>
          {t('common.signOut')}
        </button>
      </header>
      <main>
        {shown.screen === 'caseload' && <CaseloadScreen />}
        {shown.screen === 'seeker' && <SeekerScreen seekerId={shown.seekerId} />}
        {shown.screen === 'report' && <ReportScreen seekerId={shown.seekerId} print={false} />}
        {shown.screen === 'import' && <ImportScreen />}
        {shown.screen === 'settings' && <SettingsScreen />}
        {shown.screen === 'team' && <TeamScreen />}
        {shown.screen === 'history' && <HistoryScreen />}
        {shown.screen === 'audit' && <AuditScreen />}
      </main>
    </AppContext.Provider>
  );
}
