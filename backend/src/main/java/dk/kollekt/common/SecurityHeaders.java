package dk.kollekt.common;

import io.quarkus.runtime.LaunchMode;
import io.vertx.core.http.HttpHeaders;
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
 */
@ApplicationScoped
public class SecurityHeaders {

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    void install(@Observes Router router) {
        String csp = LaunchMode.current() == LaunchMode.DEVELOPMENT ? null : contentSecurityPolicy(origin(authServerUrl));
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                MultiMap headers = ctx.response().headers();
                headers.set("X-Content-Type-Options", "nosniff");
                headers.set("X-Frame-Options", "DENY");
                headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
                headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
                headers.set("Cross-Origin-Opener-Policy", "same-origin");
                if (csp != null) {
                    headers.set("Content-Security-Policy", csp);
                }
                if (!headers.contains(HttpHeaders.CACHE_CONTROL) && ctx.request().path().startsWith("/api/")) {
                    headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
                }
            });
            ctx.next();
        });
    }

    static String contentSecurityPolicy(String keycloakOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self';"
                + " connect-src 'self' " + keycloakOrigin + "; frame-src 'none'; frame-ancestors 'none';"
                + " object-src 'none'; base-uri 'self'; form-action 'self' " + keycloakOrigin + "; manifest-src 'self';"
                + " worker-src 'self'";
    }

    static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
