import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { initI18n } from './i18n/index.ts';
import './styles.css';

// A screen's code that fails to load was most likely replaced by an upgrade since this page was
// loaded: load the app anew, once (the intake draft is saved on the server as it is typed).
const RELOADED = 'atrama-reloaded-for-new-version';
window.addEventListener('vite:preloadError', (event) => {
  if (sessionStorage.getItem(RELOADED)) return;
  sessionStorage.setItem(RELOADED, '1');
  event.preventDefault();
  window.location.reload();
});
window.addEventListener('load', () => setTimeout(() => sessionStorage.removeItem(RELOADED), 10_000));

const container = document.getElementById('root');
void initI18n().then(() => {
  if (!container) return;
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
