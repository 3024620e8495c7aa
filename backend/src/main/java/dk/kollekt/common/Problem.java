package dk.kollekt.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details: the one shape of every error response. */
@Schema(name = "Problem", requiredProperties = {"title", "status"})
public record Problem(
        @Schema(description = "URI of the problem type, e.g. urn:kollekt:problem:request-in-progress (retry with the"
                + " same Idempotency-Key) or urn:kollekt:problem:idempotency-key-reused") String type,
        String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One thing wrong with the input: a JSON field, a query parameter, or a line of an uploaded file. */
    @Schema(name = "FieldError", requiredProperties = {"message"})
    public record FieldError(String field, Integer line, String message) {

        public static FieldError field(String field, String message) {
            return new FieldError(field, null, message);
        }

        public static FieldError line(int line, String field, String message) {
            return new FieldError(field, line, message);
        }
    }
}
