package dk.kollekt.common;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;

/**
 * Security headers on every response, the app's and the API's: a strict Content-Security-Policy (scripts, styles and
 * connections only from this origin, plus Keycloak's origin for sign-in), no framing, no MIME sniffing, no referrer
 * to other sites, no powerful browser features. Dev mode sends no CSP: Vite's dev server injects inline scripts.
 * The one page that may be framed, by the app itself, is {@link #SILENT_SIGN_IN}: keycloak-js signs a returning
 * person in from a hidden frame that goes to Keycloak and ends there, instead of sending the whole app away.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** The app's silent sign-in page (frontend/public/silent-check-sso.html), framed by the app's own pages. */
    static final String SILENT_SIGN_IN = "/silent-check-sso.html";

    /** The hash of that page's one inline script, the only script it may run (SecurityHeadersTest checks the file). */
    static final String SILENT_SIGN_IN_SCRIPT = "'sha256-NuGEHWbQP7fFayUad46pwOQjhf59O6x6VUaef+Cctms='";

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    void install(@Observes Router router) {
        boolean dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        String csp = dev ? null : contentSecurityPolicy(origin(authServerUrl), false);
        String silentSignInCsp = dev ? null : contentSecurityPolicy(origin(authServerUrl), true);
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            boolean silentSignIn = SILENT_SIGN_IN.equals(ctx.request().path());
            ctx.addHeadersEndHandler(v -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", silentSignIn ? "SAMEORIGIN" : "DENY");
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
                headers.set("Cross-Origin-Opener-Policy", "same-origin");
                if (csp != null) {
                    headers.set("Content-Security-Policy", silentSignIn ? silentSignInCsp : csp);
                }
            });
            ctx.next();
        });
    }

    /**
     * Frames: only Keycloak's (silent sign-in), which come back to this origin. The silent sign-in page itself runs
     * only its inline script and is framed by this origin only; every other answer is framed by nobody.
     */
    static String contentSecurityPolicy(String keycloakOrigin, boolean silentSignIn) {
        return "default-src 'self'; script-src " + (silentSignIn ? SILENT_SIGN_IN_SCRIPT : "'self'") + ";"
                + " style-src 'self'; img-src 'self' data: blob:; font-src 'self';"
                + " connect-src 'self' " + keycloakOrigin + "; frame-src 'self' " + keycloakOrigin + ";"
                + " frame-ancestors " + (silentSignIn ? "'self'" : "'none'") + ";"
                + " object-src 'none'; base-uri 'self'; form-action 'self' " + keycloakOrigin + "; manifest-src 'self';"
                + " worker-src 'self'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
