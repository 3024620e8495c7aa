// The entry script: small, so that it runs while the app (app/start.tsx, preloaded by index.html) is still arriving.
// It asks Keycloak at once whether the person is signed in, so that the hidden frame's round trips overlap the app's
// download rather than follow it; then it starts the app. A public page (the canteen screen) never asks Keycloak.
import { isPublicPath } from './app/publicPaths';
import { askKeycloak } from './lib/auth/signIn';
import './app/index.css';

if (!isPublicPath(window.location.pathname)) askKeycloak().catch(() => undefined); // shown by the app (AuthProvider)

void import('./app/start');
