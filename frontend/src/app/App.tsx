import { Suspense, useState } from 'react';
import { RouterProvider } from 'react-router';
import { BootLoading } from './BootScreens';
import { AppProvider, PublicProvider } from './provider';
import { createAppRouter, createPublicRouter, isPublicPath } from './router';

function AppRouter() {
  // Created only after sign-in, so Keycloak has already cleaned its callback out of the URL.
  const [router] = useState(createAppRouter);
  return <RouterProvider router={router} />;
}

function PublicRouter() {
  const [router] = useState(createPublicRouter);
  // its pages load on demand (routes.tsx); the signed-in pages wait inside the shell instead
  return (
    <Suspense fallback={<BootLoading />}>
      <RouterProvider router={router} />
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
