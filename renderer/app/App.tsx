// The frame of the app: the demo banner, the navigation, and the screen of the route.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/api/contract';
import type { AppClient } from '../api/client';
import { formatLongDate } from '../format';
import { ErrorMessage } from '../components/ErrorMessage';
import { CaseloadScreen } from '../screens/caseload/CaseloadScreen';
import { ImportScreen } from '../screens/import/ImportScreen';
import { SeekerScreen } from '../screens/seeker/SeekerScreen';
import { SettingsScreen } from '../screens/settings/SettingsScreen';
import { AppContext } from './app-context';
import type { AppState, Route } from './app-context';
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
          {(['caseload', 'import', 'settings'] as const).map((screen) => (
            <a
              key={screen}
              href={hashOf({ screen })}
              aria-current={
                route.screen === screen || (screen === 'caseload' && route.screen === 'seeker')
                  ? 'page'
                  : undefined
              }
            >
              {t(`common.nav.${screen}`)}
            </a>
          ))}
        </nav>
        <span className="as-of">{t('common.asOfLabel', { date: formatLongDate(state.asOf) })}</span>
      </header>
      <main>
        {route.screen === 'caseload' && <CaseloadScreen />}
        {route.screen === 'seeker' && <SeekerScreen seekerId={route.seekerId} />}
        {route.screen === 'import' && <ImportScreen />}
        {route.screen === 'settings' && <SettingsScreen />}
      </main>
    </AppContext.Provider>
  );
}
