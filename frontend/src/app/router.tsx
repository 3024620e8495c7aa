import { createBrowserRouter, matchPath } from 'react-router';
import { AppShell } from './layout/AppShell';
import { NotFound } from './NotFound';
import { RoleGate } from './RoleGate';
import { appRoutes, type AppRoute } from './routes';

function gated({ Component, roles }: AppRoute) {
  if (!roles) return Component;
  return function Gated() {
    return (
      <RoleGate roles={roles}>
        <Component />
      </RoleGate>
    );
  };
}

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      children: [
        ...appRoutes.filter((route) => !route.public).map((route) => ({ id: route.id, path: route.path, Component: gated(route) })),
        { path: '*', Component: NotFound },
      ],
    },
  ]);
}

/** Whether `pathname` is one of the public routes (rendered without sign-in, outside the shell). */
export function isPublicPath(pathname: string): boolean {
  return appRoutes.some((route) => route.public && matchPath({ path: route.path, end: true }, pathname) !== null);
}

/** The router of a public page: only the public routes, no shell, no navigation, no sign-in. */
export function createPublicRouter() {
  return createBrowserRouter(appRoutes.filter((route) => route.public).map((route) => ({ id: route.id, path: route.path, Component: route.Component })));
}
