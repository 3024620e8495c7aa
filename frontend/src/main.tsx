import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { i18nReady } from './lib/i18n';
import { registerServiceWorker } from './pwa/register';
import './app/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

void i18nReady.then(() => {
  createRoot(container).render(<App />);
});

registerServiceWorker();
