// The app, fetched beside the entry script (main.tsx; index.html preloads it) and run once it has arrived.
// First, so that the person's catalogue is asked for before the rest of the app is evaluated:
import { i18nReady } from '@/lib/i18n';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { preloadPage } from './routes';
import { isPublicPath } from './router';
import { startAuth } from '@/lib/auth';
import { registerServiceWorker } from '@/pwa/register';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

// The page's chunk starts now, beside the language's texts, and signing in (already asking Keycloak: main.tsx) goes
// on, not once the app has rendered. A public page (the canteen screen) never signs in. A failure to sign in is shown
// by AuthProvider, which gets the same promise.
preloadPage(window.location.pathname);
if (!isPublicPath(window.location.pathname)) startAuth().catch(() => undefined);

// rendered also if the catalogue could not be fetched: its keys then show, rather than nothing at all
void i18nReady.catch(() => undefined).then(() => {
  createRoot(container).render(<App />);
});

registerServiceWorker();
