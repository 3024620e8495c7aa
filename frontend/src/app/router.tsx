import { useRoutes, type RouteObject } from 'react-router';
import { AppShell } from './layout/AppShell';
import { NotFound } from './NotFound';
import { RoleGate } from './RoleGate';
import { appRoutes, type AppRoute } from './routes';

export { isPublicPath } from './publicPaths';

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

// Declarative routing (<BrowserRouter> and these route objects): the app loads no data through the router, so its data
// router (createBrowserRouter) would only add to the first download.
const signedInRoutes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      ...appRoutes.filter((route) => !route.public).map((route) => ({ id: route.id, path: route.path, Component: gated(route) })),
      { path: '*', Component: NotFound },
    ],
  },
];

/** The signed-in app's pages, inside the shell (under a <BrowserRouter>). */
export function AppRoutes() {
  return useRoutes(signedInRoutes);
}

const publicRoutes: RouteObject[] = appRoutes.filter((route) => route.public).map((route) => ({ id: route.id, path: route.path, Component: route.Component }));

/** The pages of a public page's router: only the public routes, no shell, no navigation, no sign-in. */
export function PublicRoutes() {
  return useRoutes(publicRoutes);
}
