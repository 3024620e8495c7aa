package dk.kollekt.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.JDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** The one home that turns every failure into application/problem+json; nothing internal leaks. */
public class ProblemMapper {

    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e, UriInfo uri) {
        Response response = respond(e.toProblem(path(uri)));
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> Problem.FieldError.field(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(null, "Invalid request", 400, detail, path(uri), errors));
    }

    /** Named one by one: Quarkus has built-in mappers for some of these, and the most specific class wins. */
    @ServerExceptionMapper({JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : null;
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown field '" + u.getPropertyName() + "'";
        } else if (field != null) {
            message = "has the wrong type or format";
        } else {
            message = "the request body is not valid JSON";
        }
        List<Problem.FieldError> errors = field == null ? null : List.of(Problem.FieldError.field(field, message));
        return respond(new Problem(null, "Invalid request", 400,
                field == null ? message : field + ": " + message, path(uri), errors));
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(null, "Unauthorized", 401,
                        "Sign in: a valid bearer token is required.", path(uri), null)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(null, "Forbidden", 403,
                "Your role does not allow this.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // The JSON reader wraps what is not JSON (and numbers out of range) in a bare 400: say what and where.
        if (status == 400 && e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No such resource: " + path(uri);
            case 405 -> "This method is not allowed on " + path(uri);
            case 406 -> "The requested media type is not available.";
            case 415 -> "This media type is not accepted here.";
            default -> title;
        };
        return respond(new Problem(null, title, status, detail, path(uri), null));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (WriteConflicts.isConflict(e)) {
            Log.warnf("Write conflict on %s after every attempt: %s", path(uri), e.getMessage());
            return Response.fromResponse(respond(new Problem(null, "Service unavailable", 503,
                    "Many payments are updating the same totals right now; nothing was written. Try again in a"
                            + " moment with the same Idempotency-Key.", path(uri), null))).header("Retry-After", 1)
                    .build();
        }
        if (databaseUnavailable(e)) {
            Log.warnf("Database unavailable on %s: %s", path(uri), e.getMessage());
            return Response.fromResponse(respond(new Problem(null, "Service unavailable", 503,
                    "The database is not answering. Try again shortly; a payment with the same Idempotency-Key is"
                            + " recorded once.", path(uri), null))).header("Retry-After", DATABASE_RETRY_AFTER_SECONDS)
                    .build();
        }
        String reference = UUID.randomUUID().toString();
        Log.errorf(e, "Unexpected error %s on %s", reference, path(uri));
        return respond(new Problem(null, "Internal error", 500,
                "Something went wrong on our side. Reference: " + reference, path(uri), null));
    }

    /**
     * A connection that could not be had, made or read in time: the database is down, frozen or unreachable. The
     * sign may sit in a cause or in a suppressed exception (a transaction that could not enlist its connection).
     */
    static boolean databaseUnavailable(Throwable e) {
        return Causes.any(e, t -> t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException || t instanceof SQLTimeoutException
                || t instanceof SQLRecoverableException || t instanceof JDBCConnectionException
                || t instanceof SocketTimeoutException
                || t instanceof SQLException s && (s.getSQLState() != null && s.getSQLState().startsWith("08")
                || s.getMessage() != null && s.getMessage().contains("Acquisition timeout"))
                // Hibernate's words when the pool's connection could not be had or joined to the transaction
                || t instanceof JDBCException j && j.getMessage() != null
                && j.getMessage().startsWith("Unable to acquire JDBC Connection"));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getPath();
    }

    /** The request field a violation is about: the last segments after the method and parameter names. */
    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length))
                : parts[parts.length - 1];
    }

    private static String jsonPath(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? null : path;
    }
}
