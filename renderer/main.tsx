import './no-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClientForThisPage } from './api/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import './styles/app.css';
import './styles/sign-in.css';

const i18n = initI18n();
const root = createRoot(document.getElementById('root')!);
const client = createClientForThisPage();
root.render(
  <StrictMode>
    {client ? <App client={client} /> : <p role="alert">{i18n.t('common.noToken')}</p>}
  </StrictMode>,
);
