import { createBrowserRouter } from 'react-router';
import { AppShell } from './layout/AppShell';
import { NotFound } from './NotFound';
import { appRoutes } from './routes';

export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppShell />,
      children: [
        ...appRoutes.map(({ id, path, Component }) => ({ id, path, Component })),
        { path: '*', Component: NotFound },
      ],
    },
  ]);
}
