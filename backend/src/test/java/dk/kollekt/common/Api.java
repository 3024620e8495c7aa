package dk.kollekt.common;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

import java.nio.file.Path;

/** REST Assured entry point for tests: every request and response is validated against openapi.yaml. */
public final class Api {

    /** The contract at the repository root. */
    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    // Tests send requests without or with bad tokens on purpose; the server's 401 is checked instead.
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                            // ...and probe paths that do not exist.
                            .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    /** For requests that break the contract on purpose: only the response is validated. */
    private static final OpenApiValidationFilter RESPONSE_FILTER = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Api() {
    }

    /** A request with no token. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(CONTRACT_FILTER);
    }

    /** A request of the demo user that the contract forbids (bad input tests): its response must still fit. */
    public static RequestSpecification asSendingInvalid(String user) {
        return RestAssured.given().filter(RESPONSE_FILTER).auth().oauth2(Tokens.of(user));
    }

    /** A request with a real Keycloak access token of the demo user. */
    public static RequestSpecification as(String user) {
        return withToken(Tokens.of(user));
    }

    /** A request with a token fetched earlier (e.g. shared by parallel requests). */
    public static RequestSpecification withToken(String token) {
        return anonymous().auth().oauth2(token);
    }
}
