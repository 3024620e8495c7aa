package dk.kollekt.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;

/** The id of the current request: the caller's X-Request-Id when sane, else a new one; echoed in the response. */
@RequestScoped
public class RequestId {

    public static final String HEADER = "X-Request-Id";

    private String value;

    public String value() {
        if (value == null) {
            value = UUID.randomUUID().toString();
        }
        return value;
    }

    void set(String value) {
        this.value = value;
    }

    /** Reads and echoes the header around every REST call. */
    public static class Filters {

        @jakarta.inject.Inject
        RequestId requestId;

        @ServerRequestFilter
        public void read(ContainerRequestContext request) {
            String given = request.getHeaderString(HEADER);
            if (given != null && given.matches("[A-Za-z0-9._-]{1,64}")) {
                requestId.set(given);
            }
        }

        @ServerResponseFilter
        public void echo(ContainerResponseContext response) {
            response.getHeaders().putSingle(HEADER, requestId.value());
        }
    }
}
