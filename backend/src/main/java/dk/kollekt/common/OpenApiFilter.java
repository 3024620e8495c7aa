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

import java.util.List;
import java.util.Map;

/**
 * Completes the generated contract: one bearer security scheme (Keycloak), no scheme on public operations,
 * the 400/401/403/404 every such operation can answer, the 503 (with Retry-After) of every operation when the
 * database does not answer, the 429 (with Retry-After) of every money-creating write
 * (those that take an Idempotency-Key), and a problem+json body on every error response, as the API really sends.
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
            "503", "The database (or Keycloak) is not answering; retry after Retry-After seconds");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setInfo(OASFactory.createInfo().title("Kollekt API").version("0.1.0")
                .description("Employee fundraising and volunteering platform. Every error is application/problem+json"
                        + " (RFC 9457)."));
        openAPI.getComponents().setSecuritySchemes(Map.of(SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("Access token from Keycloak (realm kollekt)")));
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                securityOf(operation);
                inputErrors(operation);
                rateLimited(operation);
                unavailable(operation);
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

    /** Input can always be wrong: 400 where there is a query or body, 404 where a path names a resource. */
    private static void inputErrors(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean hasQueryOrBody = operation.getRequestBody() != null
                || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.HEADER);
        if (hasQueryOrBody && !operation.getResponses().hasAPIResponse("400")) {
            operation.getResponses().addAPIResponse("400", OASFactory.createAPIResponse());
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH) && !operation.getResponses().hasAPIResponse("404")) {
            operation.getResponses().addAPIResponse("404", OASFactory.createAPIResponse());
        }
    }

    /** Every operation reads or writes the database, which may not answer (ProblemMapper: 503, Retry-After). */
    private static void unavailable(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("503")) {
            operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse().addHeader("Retry-After",
                    OASFactory.createHeader().description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))));
        }
    }

    /** Money-creating writes take an Idempotency-Key and are limited per caller (MoneyWriteLimit). */
    private static void rateLimited(Operation operation) {
        boolean createsMoney = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && IdempotencyService.HEADER.equals(p.getName()));
        if (createsMoney && operation.getResponses() != null && !operation.getResponses().hasAPIResponse("429")) {
            operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                    .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait before retrying")
                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))));
        }
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
