package dk.kollekt.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * A request whose Content-Length is above quarkus.http.limits.max-body-size gets 413 problem+json before its body is
 * read. Quarkus checks the same just after this (answering with no body) and before any REST code, so the answer is
 * made here rather than in {@link ProblemMapper}; its shape is the same {@link Problem}.
 */
@ApplicationScoped
public class BodyLimit {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;
    @Inject
    ObjectMapper json;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        String detail = "The request body may be at most " + limit / (1024 * 1024) + " MB.";
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length == null || !DIGITS.matcher(length).matches() || Long.parseLong(length) <= limit) {
                ctx.next();
                return;
            }
            Problem problem = new Problem(null, "Content too large", 413, detail, ctx.request().path(), null);
            String body;
            try {
                body = json.writeValueAsString(problem);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            // The body is not read: the connection ends with this answer, as in Quarkus's own check.
            ctx.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .endHandler(v -> ctx.request().connection().close())
                    .end(body);
        });
    }
}
