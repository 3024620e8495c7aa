package dk.kollekt.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * openapi.yaml is the contract: the API that is really served (/q/openapi, generated from the code) must
 * match it in operations, parameters, request and response bodies, and schemas, and in their prose too
 * (descriptions, summaries, examples): the app's types and their comments are generated from the file.
 */
@QuarkusTest
class OpenApiContractTest {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Test
    void servedApiMatchesOpenapiYaml() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode contract = yaml.readTree(Api.CONTRACT.toFile());
        String servedYaml = RestAssured.get("/q/openapi?format=yaml").asString();
        // Kept for whoever updates the contract: diff it with openapi.yaml.
        Files.writeString(Path.of("target", "openapi-served.yaml"), servedYaml.replaceFirst("^---\\n", ""));
        JsonNode served = yaml.readTree(servedYaml);

        List<String> differences = new ArrayList<>();
        diff("", contract, served, differences);
        assertThat(differences)
                .as("openapi.yaml and the served API disagree (contract vs served; the served one is in"
                        + " backend/target/openapi-served.yaml); update one to match the other")
                .isEmpty();
    }

    @Test
    void everyErrorResponseIsProblemJsonAndEveryOperationStatesWhoMayCall() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Api.CONTRACT.toFile());
        List<String> wrong = new ArrayList<>();
        contract.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            if (!op.getValue().has("security")) {
                wrong.add(name + " does not state its security");
            }
            op.getValue().path("responses").properties().stream()
                    .filter(r -> r.getKey().startsWith("4") || r.getKey().startsWith("5"))
                    .filter(r -> !r.getValue().path("content").has(Problem.MEDIA_TYPE))
                    .forEach(r -> wrong.add(name + " " + r.getKey() + " is not problem+json"));
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void theUploadLimitOfTheContractIsTheServers() {
        assertThat((long) CsvFiles.MAX_LENGTH).isEqualTo(maxBodySize.asLongValue());
    }

    private static void diff(String path, JsonNode contract, JsonNode served, List<String> out) {
        if (contract.isObject() && served.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            contract.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = path + "/" + name;
                if (!contract.has(name)) {
                    out.add(child + ": served but not in openapi.yaml");
                } else if (!served.has(name)) {
                    out.add(child + ": in openapi.yaml but not served");
                } else {
                    diff(child, contract.get(name), served.get(name), out);
                }
            }
        } else if (contract.isArray() && served.isArray() && isParameterList(contract, served)) {
            diff(path, byName(contract), byName(served), out);
        } else if (!contract.equals(served)) {
            out.add(path + ": openapi.yaml has " + contract + ", served " + served);
        }
    }

    private static boolean isParameterList(JsonNode a, JsonNode b) {
        return a.size() > 0 && a.get(0).has("in") || b.size() > 0 && b.get(0).has("in");
    }

    /** Parameters compared by (in, name), whatever their order. */
    private static JsonNode byName(JsonNode parameters) {
        ObjectNode keyed = new ObjectMapper().createObjectNode();
        for (Iterator<JsonNode> it = parameters.elements(); it.hasNext(); ) {
            JsonNode p = it.next();
            keyed.set(p.path("in").asText() + ":" + p.path("name").asText(), p);
        }
        return keyed;
    }

}
