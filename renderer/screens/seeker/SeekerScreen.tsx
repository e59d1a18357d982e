// The journal page of one person: who they are, what they did month by month, what the
// analysis finds in it and what it proposes. Loads the page once; every mutation
// (accepting, dismissing) reloads it, so what is shown is always what is stored.
import { useTranslation } from 'react-i18next';
import { useApp } from '../../app/app-context';
import { useApi } from '../../app/use-api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SeekerPageView } from './SeekerPageView';
import '../../styles/seeker.css';

export function SeekerScreen({ seekerId }: { seekerId: string }) {
  const { t } = useTranslation();
  const { asOf } = useApp();
  const [page, reload] = useApi('seeker.get', { seekerId, asOf });

  if (page.value === undefined) {
    return page.status === 'error' ? (
      <ErrorMessage error={page.error} onRetry={reload} />
    ) : (
      <p className="loading">{t('seeker.loading')}</p>
    );
  }
  return (
    <>
      {page.status === 'error' && <ErrorMessage error={page.error} onRetry={reload} />}
      <SeekerPageView page={page.value} asOf={asOf} onChanged={reload} />
    </>
  );
}
