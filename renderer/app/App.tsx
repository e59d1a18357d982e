// The frame of the app: sign-in first, then the demo banner, the navigation of the
// person's role, and the screen of the route.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupProblem } from '../../shared/api/backup';
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
import { RecoveryScreen } from '../screens/backup/RecoveryScreen';
import { HistoryScreen } from '../screens/history/HistoryScreen';
import { DossierDocument } from '../screens/dpo/DossierDocument';
import { DpoScreen } from '../screens/dpo/DpoScreen';
import { ReportScreen } from '../screens/report/ReportScreen';
import { SignInScreen } from '../screens/sign-in/SignInScreen';
import { TeamScreen } from '../screens/team/TeamScreen';
import { AppContext } from './app-context';
import { focusMain, useFocusHeadingOnScreenChange } from './focus-on-route';
import type { AppState, Route } from './app-context';
import { isCurrent, landingRoute, NAVIGATION, routeFor } from './role-navigation';
import { hashOf, routeFromHash } from './routes';

const AS_OF_KEY = 'jalon.asOf';

export function App({ client }: { client: AppClient }) {
  const { t, i18n } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<StartupProblem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  const [asOf, setAsOfState] = useState<string | null>(() => sessionStorage.getItem(AS_OF_KEY));

  // A database that could not be opened at start: the recovery screen, not the app.
  const load = useCallback(() => {
    setError(null);
    client
      .invoke('app.startupProblem', {})
      .then((found) => {
        setProblem(found);
        return found ? null : client.invoke('app.info', {}).then(setInfo);
      })
      .catch(setError);
  }, [client]);
  useEffect(load, [load]);

  // The sign-in screen says so when the session ended on its own, not by signing out.
  const [sessionEnded, setSessionEnded] = useState(false);
  const signedIn = useCallback(
    (result: SignInResult) => {
      setSessionEnded(false);
      const opened = routeFromHash(window.location.hash);
      const landing = landingRoute(result.user.role, opened);
      if (landing !== opened) window.location.hash = hashOf(landing);
      load();
    },
    [load],
  );
  // A session that ended meanwhile (idle, account disabled) brings back the sign-in.
  useEffect(
    () =>
      client.onSessionLost(() => {
        client.setSession(null);
        setSessionEnded(true);
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

  const restart = useCallback(() => {
    client.setSession(null);
    sessionStorage.removeItem(AS_OF_KEY);
    window.location.hash = '#/';
    setInfo(null);
    load();
  }, [client, load]);

  // The desktop menu (Fichier › Importer…) arrives as an event from the preload.
  useEffect(
    () =>
      client.onEvent((event) => {
        if (event.type !== 'menu') return;
        if (event.command === 'import') navigate({ screen: 'import' });
        if (event.command === 'settings') navigate({ screen: 'settings' });
        // The grid exports itself when it hears the same event (GridActions.tsx).
        const exporting = event.command === 'exportCsv' || event.command === 'exportXlsx';
        if (event.command === 'caseload' || exporting) {
          navigate({ screen: 'caseload' });
        }
      }),
    [client, navigate],
  );

  // Screen readers pronounce the page in the language it is written in (WCAG 3.1.1).
  useEffect(() => {
    document.documentElement.lang = i18n.language;
  }, [i18n.language]);

  const shownKey = screenKey(info?.user ? routeFor(info.user.role, route) : null);
  useFocusHeadingOnScreenChange(mainRef, shownKey);

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
        restart,
      },
    [client, info, asOf, navigate, restart],
  );

  if (problem) return <RecoveryScreen client={client} problem={problem} onRestored={restart} />;
  if (error) return <ErrorMessage error={error} onRetry={load} />;
  if (!state) return <p className="loading">{t('common.loading')}</p>;
  const user = state.info.user;
  if (!user) {
    return (
      <SignInScreen
        client={client}
        demo={state.info.demo}
        sessionEnded={sessionEnded}
        onSignedIn={signedIn}
      />
    );
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
  // The right-of-access document is only ever printed: it has no frame either.
  if (shown.screen === 'dossier') {
    return (
      <AppContext.Provider value={state}>
        <DossierDocument seekerId={shown.seekerId} />
      </AppContext.Provider>
    );
  }

  return (
    <AppContext.Provider value={state}>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the route: move the focus without changing it.
          event.preventDefault();
          focusMain(mainRef.current);
        }}
      >
        {t('common.skipToContent')}
      </a>
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
        {/* The date and the user stacked in small type: the header stays one row at 1366 px. */}
        <span className="header-context">
          <span className="as-of">
            {t('common.asOfLabel', { date: formatLongDate(state.asOf) })}
          </span>
          <span className="signed-in-user">
            {t('common.signedInAs', {
              name: user.displayName,
              role: t(`common.roles.${user.role}`),
            })}
          </span>
        </span>
        <LanguageSelect className="header-language" labelHidden />
        <button type="button" className="sign-out" onClick={signOut}>
          {t('common.signOut')}
        </button>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1}>
        {shown.screen === 'caseload' && <CaseloadScreen />}
        {shown.screen === 'seeker' && <SeekerScreen seekerId={shown.seekerId} />}
        {shown.screen === 'report' && <ReportScreen seekerId={shown.seekerId} print={false} />}
        {shown.screen === 'import' && <ImportScreen />}
        {shown.screen === 'settings' && <SettingsScreen />}
        {shown.screen === 'team' && <TeamScreen />}
        {shown.screen === 'history' && <HistoryScreen />}
        {shown.screen === 'audit' && <AuditScreen />}
        {shown.screen === 'dpo' && <DpoScreen />}
      </main>
    </AppContext.Provider>
  );
}

/** What makes a new screen for the focus: the screen and its person, not its filters. */
function screenKey(route: Route | null): string {
  if (!route) return 'signed-out';
  if (route.screen === 'seeker' || route.screen === 'report' || route.screen === 'dossier') {
    return `${route.screen}/${route.seekerId}`;
  }
  return route.screen;
}
