// first, so that the person's catalogue is asked for before the rest of the app is evaluated
import { i18nReady } from './lib/i18n';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadPage } from './app/routes';
import { isPublicPath } from './app/router';
import { startAuth } from './lib/auth';
import { registerServiceWorker } from './pwa/register';
import './app/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// Signing in and the page's chunk start now, beside the language's texts, not once the app has rendered. A public
// page (the canteen screen) never signs in. A failure to sign in is shown by AuthProvider, which gets the same promise.
preloadPage(window.location.pathname);
if (!isPublicPath(window.location.pathname)) startAuth().catch(() => undefined);

// rendered also if the catalogue could not be fetched: its keys then show, rather than nothing at all
void i18nReady.catch(() => undefined).then(() => {
  createRoot(container).render(<App />);
});

registerServiceWorker();
