package dk.kollekt.common;

import jakarta.ws.rs.WebApplicationException;

import java.util.List;

/**
 * A domain failure that reaches the client as problem+json with the given status. A WebApplicationException,
 * so that the REST layer passes it on as it is also from parameter conversion.
 */
public class ApiProblem extends WebApplicationException {

    /** Problem type of a request whose Idempotency-Key another request holds unfinished: retry the same key. */
    public static final String IN_PROGRESS = "urn:kollekt:problem:request-in-progress";
    /** Problem type of an Idempotency-Key sent again with another request: use a new key. */
    public static final String KEY_REUSED = "urn:kollekt:problem:idempotency-key-reused";

    private final int status;
    private final String title;
    private String type;
    private final List<Problem.FieldError> errors;
    private Long retryAfterSeconds;

    public ApiProblem(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail, status);
        this.status = status;
        this.title = title;
        this.errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static ApiProblem badRequest(String detail, List<Problem.FieldError> errors) {
        return new ApiProblem(400, "Invalid request", detail, errors);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail, null);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail, null);
    }

    public static ApiProblem unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ApiProblem(422, "Cannot be processed", detail, errors);
    }

    public static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, "Service unavailable", detail, null);
    }

    /** 429 with a Retry-After header: the caller may try again after that many seconds. */
    public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        ApiProblem problem = new ApiProblem(429, "Too many requests", detail, null);
        problem.retryAfterSeconds = retryAfterSeconds;
        return problem;
    }

    /** The same problem, with a type URI clients can act on. */
    public ApiProblem withType(String type) {
        this.type = type;
        return this;
    }

    public int status() {
        return status;
    }

    /** Seconds the caller should wait before retrying, or null. */
    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, getMessage(), instance, errors);
    }
}
