import { createBrowserRouter } from 'react-router';
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
        ...appRoutes.map((route) => ({ id: route.id, path: route.path, Component: gated(route) })),
        { path: '*', Component: NotFound },
      ],
    },
  ]);
}
