package dk.kollekt.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import dk.kollekt.common.idempotency.IdempotencyService;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes the generated contract: one bearer security scheme (Keycloak), no scheme on public operations,
 * the 400/401/403/404 every such operation can answer, the 500 of every operation, the 503 (with Retry-After) of
 * every operation when the database does not answer, the 429 (with Retry-After) of every money-creating write
 * (those that take an Idempotency-Key), and a problem+json body on every error response, as the API really sends.
 * It also states what the server checks of every input: request objects refuse unknown fields
 * (fail-on-unknown-properties), text refuses control characters (PlainText), dates and instants are ISO strings
 * (StrictJson), the Idempotency-Key is 1 to 100 printable ASCII characters, and an integer without a smaller bound
 * is within its format's range.
 */
public class OpenApiFilter implements OASFilter {

    static final String SCHEME = "keycloak";
    private static final Map<String, String> ERROR_DESCRIPTIONS = Map.of(
            "400", "Invalid request: the problem names each bad field",
            "401", "No valid bearer token",
            "403", "The caller's role does not allow this",
            "404", "Not found",
            "409", "Conflict with the current state",
            "422", "The request cannot be processed",
            "429", "Too many money-creating writes by this caller; retry after Retry-After seconds",
            "500", "Unexpected error: nothing internal is shown; the detail gives a reference to quote",
            "503", "The database (or Keycloak) is not answering; retry after Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setInfo(OASFactory.createInfo().title("Kollekt API").version("0.1.0")
                .description("Employee fundraising and volunteering platform. Every error is application/problem+json"
                        + " (RFC 9457)."));
        openAPI.getComponents().setSecuritySchemes(Map.of(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Access token from Keycloak (realm kollekt), a JWS checked as RFC8725 advises: RS256"
                        + " only, signed by the realm's key, issued by the realm for the audience kollekt-api, and"
                        + " not expired")));
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas() == null ? Map.of()
                : openAPI.getComponents().getSchemas();
        isoStrings(schemas);
        schemas.values().forEach(OpenApiFilter::typeFromRef);
        if (openAPI.getPaths() == null) {
            return;
        }
        Set<Schema> requestSchemas = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                securityOf(operation);
                inputErrors(operation);
                rateLimited(operation);
                unavailable(operation);
                failed(operation);
                inputs(operation, schemas, requestSchemas);
                if (operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().forEach(OpenApiFilter::problemBody);
                }
            }
        }
    }

    private static void securityOf(Operation operation) {
        List<SecurityRequirement> security = operation.getSecurity();
        boolean isPublic = security != null && security.stream().anyMatch(r -> r.hasScheme("none"));
        operation.setSecurity(isPublic ? List.of() : List.of(OASFactory.createSecurityRequirement().addScheme(SCHEME)));
        if (!isPublic && operation.getResponses() != null) {
            for (String status : List.of("401", "403")) {
                if (!operation.getResponses().hasAPIResponse(status)) {
                    operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse());
                }
            }
        }
    }

    /**
     * Input can always be wrong: 400 where there is a query, header, body or path value (path ids must be positive,
     * codes and tokens of their pattern), 404 where a path names a resource.
     */
    private static void inputErrors(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if ((operation.getRequestBody() != null || !parameters.isEmpty())
                && !operation.getResponses().hasAPIResponse("400")) {
            operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse());
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH) && !operation.getResponses().hasAPIResponse("404")) {
            operation.getResponses().addAPIResponse("404", OASFactory.createAPIResponse());
        }
    }

    /** Every operation reads or writes the database, which may not answer (ProblemMapper: 503, Retry-After). */
    private static void unavailable(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("503")) {
            operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                    .addHeader("Retry-After", retryAfter()));
        }
    }

    /** Anything unforeseen is a 500 problem with a reference to the log (ProblemMapper.unexpected). */
    private static void failed(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("500")) {
            operation.getResponses().addAPIResponse("500", OASFactory.createAPIResponse());
        }
    }

    private static org.eclipse.microprofile.openapi.models.headers.Header retryAfter() {
        return OASFactory.createHeader().description("Seconds to wait before retrying")
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32")
                        .minimum(BigDecimal.ONE));
    }

    /** Money-creating writes take an Idempotency-Key and are limited per caller (MoneyWriteLimit). */
    private static void rateLimited(Operation operation) {
        boolean createsMoney = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IdempotencyService.HEADER.equals(p.getName()));
        if (createsMoney && operation.getResponses() != null && !operation.getResponses().hasAPIResponse("429")) {
            operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                    .addHeader("Retry-After", retryAfter()));
        }
    }

    /** StrictJson reads a date as 2026-08-27 and an instant as ISO_INSTANT does (at most nanoseconds and an offset). */
    private static void isoStrings(Map<String, Schema> schemas) {
        if (schemas.get("LocalDate") != null) {
            schemas.get("LocalDate").maxLength(10);
        }
        if (schemas.get("Instant") != null) {
            schemas.get("Instant").maxLength(StrictJson.INSTANT_MAX_LENGTH);
        }
    }

    /**
     * A reference with a description (written as allOf of the reference): its type is the referenced schema's, not
     * restated beside it.
     */
    private static void typeFromRef(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null || schema.getAllOf() != null && schema.getAllOf().size() == 1
                && schema.getAllOf().getFirst().getRef() != null) {
            schema.setType(null);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(OpenApiFilter::typeFromRef);
        }
        typeFromRef(schema.getItems());
        typeFromRef(schema.getAdditionalPropertiesSchema());
    }

    /** What the server checks of the operation's parameters and JSON body, stated on their schemas. */
    private static void inputs(Operation operation, Map<String, Schema> schemas, Set<Schema> done) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if (parameter.getIn() == Parameter.In.HEADER && IdempotencyService.HEADER.equals(parameter.getName())) {
                    parameter.getSchema().minLength(1).maxLength(IdempotencyService.KEY_MAX_LENGTH)
                            .pattern(IdempotencyService.KEY_PATTERN);
                }
                integerRange(parameter.getSchema());
                integerRange(parameter.getSchema() == null ? null : parameter.getSchema().getItems());
            }
        }
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            var json = operation.getRequestBody().getContent().getMediaType("application/json");
            if (json != null) {
                requestSchema(json.getSchema(), schemas, done);
            }
        }
    }

    /**
     * A request object refuses unknown fields (quarkus.jackson.fail-on-unknown-properties), its text refuses
     * control characters (PlainText; FuzzTest sends them to every field), and its integers stay in their format.
     */
    private static void requestSchema(Schema schema, Map<String, Schema> schemas, Set<Schema> done) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            requestSchema(schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)), schemas, done);
            return;
        }
        if (!done.add(schema)) {
            return;
        }
        List<Schema.SchemaType> type = schema.getType() == null ? List.of() : schema.getType();
        if (type.contains(Schema.SchemaType.OBJECT) && schema.getAdditionalPropertiesSchema() == null) {
            schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
        }
        if (type.contains(Schema.SchemaType.STRING) && schema.getFormat() == null && schema.getEnumeration() == null) {
            if (schema.getPattern() == null) {
                schema.setPattern(PlainText.PATTERN);
            } else if (schema.getPattern().equals("\\S")) {
                schema.setPattern(PlainText.NOT_BLANK_PATTERN);
            }
        }
        integerRange(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> requestSchema(p, schemas, done));
        }
        requestSchema(schema.getItems(), schemas, done);
        if (schema.getAllOf() != null) {
            schema.getAllOf().forEach(p -> requestSchema(p, schemas, done));
        }
    }

    /** An integer input without a smaller maximum is bounded by its format (larger ones are refused as unreadable). */
    private static void integerRange(Schema schema) {
        if (schema == null || schema.getType() == null || !schema.getType().contains(Schema.SchemaType.INTEGER)
                || schema.getMaximum() != null || schema.getExclusiveMaximum() != null) {
            return;
        }
        schema.setMaximum(BigDecimal.valueOf("int32".equals(schema.getFormat()) ? Integer.MAX_VALUE : Long.MAX_VALUE));
    }

    private static void problemBody(String status, APIResponse response) {
        if (!status.startsWith("4") && !status.startsWith("5")) {
            return;
        }
        if (response.getDescription() == null || response.getDescription().startsWith("Not ")) {
            response.setDescription(ERROR_DESCRIPTIONS.getOrDefault(status, "Error"));
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
        }
    }
}
