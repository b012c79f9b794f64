import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.js';
import { SessionProvider } from './app/session.js';
import { I18nProvider } from './i18n/i18n.js';
import 'krds-uiux/resources/css/token/krds_tokens.css';
import './app/krds.scss';
import './app/font.js';
import './app/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </I18nProvider>
  </StrictMode>,
);
