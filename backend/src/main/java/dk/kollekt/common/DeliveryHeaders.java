package dk.kollekt.common;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How browsers keep and fetch what they get. Cache-Control of every answer: the API's are never stored (they hold
 * personal data) unless an endpoint says otherwise; the build's files under /assets/, whose names change with their
 * content, are kept for a year; the rest of the app (index.html for every page, also in place of a file that does not
 * exist, sw.js, the manifest, icons) is checked with the server on every use, so that a new version reaches everyone at
 * once. And the app's pages tell the browser to connect to Keycloak straight away: every page load asks it first.
 */
@ApplicationScoped
public class DeliveryHeaders {

    static final String API = "no-store";
    static final String HASHED = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    String authServerUrl;

    void install(@Observes Router router) {
        String preconnect = preconnect(SecurityHeaders.origin(authServerUrl));
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                MultiMap headers = ctx.response().headers();
                String path = ctx.request().path();
                String contentType = headers.get(HttpHeaders.CONTENT_TYPE);
                String chosen = cacheControl(path, contentType, headers.get(HttpHeaders.CACHE_CONTROL));
                if (chosen != null) {
                    headers.set(HttpHeaders.CACHE_CONTROL, chosen);
                }
                if (isAppPage(path, contentType)) {
                    headers.set("Link", preconnect);
                }
            });
            ctx.next();
        });
    }

    /** The Cache-Control for an answer to {@code path}; {@code current} is what the handler set itself, if anything. */
    static String cacheControl(String path, String contentType, String current) {
        if (path.startsWith("/api/")) {
            return current != null ? current : API;
        }
        if (path.startsWith("/q/")) {
            return current; // Quarkus' own (health, metrics, OpenAPI)
        }
        return path.startsWith("/assets/") && !isHtml(contentType) ? HASHED : REVALIDATE;
    }

    static boolean isAppPage(String path, String contentType) {
        return isHtml(contentType) && !path.startsWith("/api/") && !path.startsWith("/q/");
    }

    /** Both connection pools: Keycloak's frames send cookies, the app's fetches to it do not. */
    static String preconnect(String keycloakOrigin) {
        return "<" + keycloakOrigin + ">; rel=preconnect, <" + keycloakOrigin + ">; rel=preconnect; crossorigin";
    }

    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.startsWith("text/html");
    }
}
