import { Suspense, useState } from 'react';
import { BrowserRouter } from 'react-router';
import { useAuth } from '@/lib/auth';
import { BootLoading } from './BootScreens';
import { AppProvider, PublicProvider } from './provider';
import { AppRoutes, isPublicPath, PublicRoutes } from './router';

/** Whether the address holds Keycloak's answer (back from its sign-in form), which keycloak-js takes out of it. */
function hasSignInCallback(): boolean {
  const answer = new URLSearchParams(window.location.hash.slice(1));
  return answer.has('state') && (answer.has('code') || answer.has('error'));
}

function AppRouter() {
  // Created at once, so the page paints while Keycloak is asked; only when coming back from Keycloak's form, after
  // keycloak-js has taken its answer out of the address (the router would otherwise keep it, and write it back).
  const [waitForCallback] = useState(hasSignInCallback);
  const { subject } = useAuth();
  if (waitForCallback && subject === undefined) return <BootLoading />;
  return <Router />;
}

function Router() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}

function PublicRouter() {
  // its pages load on demand (routes.tsx); the signed-in pages wait inside the shell instead
  return (
    <Suspense fallback={<BootLoading />}>
      <BrowserRouter>
        <PublicRoutes />
      </BrowserRouter>
    </Suspense>
  );
}

export function App() {
  // Public pages (the canteen screen) are decided once, on load, before anything talks to Keycloak: a kiosk
  // never signs in, and a signed-in page never links to a public one.
  const [publicPage] = useState(() => isPublicPath(window.location.pathname));
  if (publicPage) {
    return (
      <PublicProvider>
        <PublicRouter />
      </PublicProvider>
    );
  }
  return (
    <AppProvider>
      <AppRouter />
    </AppProvider>
  );
}
