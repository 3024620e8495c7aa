import { StrictMode, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from '@/lib/auth';
import { i18n } from '@/lib/i18n';
import { BootError } from './BootScreens';

/**
 * Providers of the public pages (e.g. the canteen screen /screen/:token): translations only. No AuthProvider,
 * so nothing sends the visitor to Keycloak and no API call carries a token.
 */
export function PublicProvider({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </StrictMode>
  );
}

/** App-wide providers: translations first (the sign-in screens are translated too), then sign-in (under way while the app renders). */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AuthProvider renderError={(error) => <BootError error={error} />}>
          {children}
        </AuthProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
