package dk.kollekt.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the schemas cannot see: the objects of a rendering refer to each other correctly, the API gets every setting
 * production requires, and the production realm stays in step with the development realm.
 */
class WiringTest {

    static List<Resource> render(String which) {
        return Kustomize.render(which.equals("base") ? Paths.BASE : Paths.PRODUCTION);
    }

    static Resource one(List<Resource> all, String kind) {
        List<Resource> found = all.stream().filter(r -> r.kind().equals(kind)).toList();
        assertEquals(1, found.size(), "one " + kind);
        return found.get(0);
    }

    static JsonNode apiContainer(List<Resource> all) {
        return one(all, "Deployment").body().path("spec").path("template").path("spec").path("containers").get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void apiRunsAtLeastTwoInstancesWithProbesAndResources(String which) {
        List<Resource> all = render(which);
        JsonNode deployment = one(all, "Deployment").body();
        assertTrue(deployment.path("spec").path("replicas").asInt() >= 2, "at least two replicas");
        JsonNode podSpec = deployment.path("spec").path("template").path("spec");
        for (JsonNode c : podSpec.path("containers")) {
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (kind.equals("limits") && resource.equals("cpu")) {
                        continue;
                    }
                    assertFalse(c.path("resources").path(kind).path(resource).isMissingNode(),
                            c.path("name").asText() + " has resources." + kind + "." + resource);
                }
            }
            assertTrue(c.path("resources").path("limits").has("memory"));
        }
        JsonNode api = apiContainer(all);
        assertEquals("/q/health/ready", api.path("readinessProbe").path("httpGet").path("path").asText());
        assertEquals("/q/health/live", api.path("livenessProbe").path("httpGet").path("path").asText());
        Set<String> portNames = new HashSet<>();
        Set<Integer> portNumbers = new HashSet<>();
        for (JsonNode p : api.path("ports")) {
            portNames.add(p.path("name").asText());
            portNumbers.add(p.path("containerPort").asInt());
        }
        assertEquals(Set.of(8080), portNumbers, "the API listens on KOLLEKT_HTTP_PORT 8080");
        for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
            JsonNode port = api.path(probe).path("httpGet").path("port");
            assertTrue(port.isInt() ? portNumbers.contains(port.asInt()) : portNames.contains(port.asText()),
                    probe + " uses a port of the container");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void serviceHpaPdbAndIngressPointAtWhatExists(String which) {
        List<Resource> all = render(which);
        Resource deployment = one(all, "Deployment");
        JsonNode podLabels = deployment.body().path("spec").path("template").path("metadata").path("labels");
        assertTrue(selects(one(all, "Service").body().path("spec").path("selector"), podLabels), "the Service selects the API pods");
        assertTrue(selects(one(all, "PodDisruptionBudget").body().path("spec").path("selector").path("matchLabels"), podLabels),
                "the PodDisruptionBudget selects the API pods");
        assertTrue(selects(deployment.body().path("spec").path("selector").path("matchLabels"), podLabels));

        JsonNode hpa = one(all, "HorizontalPodAutoscaler").body().path("spec");
        assertEquals("Deployment", hpa.path("scaleTargetRef").path("kind").asText());
        assertEquals(deployment.name(), hpa.path("scaleTargetRef").path("name").asText());
        assertTrue(hpa.path("minReplicas").asInt() >= 2, "the autoscaler keeps at least two instances");
        assertTrue(hpa.path("minReplicas").asInt() <= deployment.body().path("spec").path("replicas").asInt(),
                "the Deployment starts with no fewer instances than the autoscaler keeps");
        assertTrue(hpa.path("maxReplicas").asInt() > hpa.path("minReplicas").asInt());

        // Services the Ingress may use: its own, and those the operators make for the custom resources.
        Map<String, Set<String>> services = new java.util.HashMap<>();
        for (Resource r : all) {
            if (r.kind().equals("Service")) {
                Set<String> ports = new HashSet<>();
                r.body().path("spec").path("ports").forEach(p -> {
                    ports.add(p.path("name").asText());
                    ports.add(p.path("port").asText());
                });
                services.put(r.name(), ports);
            } else if (r.kind().equals("Keycloak")) {
                services.put(r.name() + "-service", Set.of(r.body().path("spec").path("http").path("httpPort").asText("8080")));
            }
        }
        for (JsonNode rule : one(all, "Ingress").body().path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode svc = path.path("backend").path("service");
                String name = svc.path("name").asText();
                assertTrue(services.containsKey(name), "the Ingress's backend " + name + " exists");
                String port = svc.path("port").has("name") ? svc.path("port").path("name").asText()
                        : svc.path("port").path("number").asText();
                assertTrue(services.get(name).contains(port), "the Ingress's backend " + name + " has port " + port);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void apiGetsEveryVariableProductionRequiresAndNoUnknownOne(String which) throws IOException {
        List<Resource> all = render(which);
        Set<String> set = new TreeSet<>();
        JsonNode api = apiContainer(all);
        api.path("env").forEach(e -> set.add(e.path("name").asText()));
        for (JsonNode from : api.path("envFrom")) {
            String name = from.path("configMapRef").path("name").asText();
            Resource cm = all.stream().filter(r -> r.kind().equals("ConfigMap") && r.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("the ConfigMap " + name + " is in the rendering"));
            cm.body().path("data").fieldNames().forEachRemaining(set::add);
        }
        String properties = Files.readString(Paths.BACKEND.resolve("src/main/resources/application.properties"));
        Set<String> known = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:?)").matcher(properties);
        while (m.find()) {
            known.add(m.group(1));
        }
        for (String line : properties.split("\n")) {
            Matcher r = Pattern.compile("^%prod\\.\\S+=\\$\\{([A-Z][A-Z0-9_]*)}\\s*$").matcher(line.strip());
            if (r.find()) {
                required.add(r.group(1));
            }
        }
        assertTrue(required.containsAll(Set.of("KOLLEKT_DB_URL", "KOLLEKT_OIDC_URL", "KOLLEKT_PSEUDONYM_SECRET")),
                "read the required variables from application.properties: " + required);
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(set);
        assertEquals(Set.of(), missing, "variables production requires (%prod. without a default) that the API lacks");
        Set<String> unknown = new TreeSet<>();
        for (String v : set) {
            if (!known.contains(v) && !v.startsWith("QUARKUS_") && !v.startsWith("JAVA_")) {
                unknown.add(v);
            }
        }
        assertEquals(Set.of(), unknown, "variables the API does not read (a typo?)");
        assertEquals("false", one(all, "ConfigMap").body().path("data").path("KOLLEKT_DEMO_DATA").asText(),
                "no demo company in production");
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void databaseIsAGaleraClusterThatTheApiAndKeycloakWriteThroughItsPrimary(String which) {
        List<Resource> all = render(which);
        Resource mariadb = one(all, "MariaDB");
        JsonNode spec = mariadb.body().path("spec");
        assertTrue(spec.path("galera").path("enabled").asBoolean(), "Galera is enabled");
        int nodes = spec.path("replicas").asInt();
        assertTrue(nodes >= 3 && nodes % 2 == 1, "an odd number of at least three Galera nodes: " + nodes);
        String primary = mariadb.name() + "-primary";
        String url = one(all, "ConfigMap").body().path("data").path("KOLLEKT_DB_URL").asText();
        assertTrue(url.startsWith("jdbc:mariadb://" + primary + ":3306/"), "the API writes through " + primary + ": " + url);
        String database = url.replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        String user = one(all, "ConfigMap").body().path("data").path("KOLLEKT_DB_USER").asText();
        assertTrue(all.stream().anyMatch(r -> r.kind().equals("Database") && r.body().path("spec").path("name").asText().equals(database)),
                "the operator makes the database " + database);
        assertTrue(all.stream().anyMatch(r -> r.kind().equals("User") && r.body().path("spec").path("name").asText().equals(user)),
                "the operator makes the user " + user);
        JsonNode kcDb = one(all, "Keycloak").body().path("spec").path("db");
        assertEquals(primary, kcDb.path("host").asText(), "Keycloak writes through " + primary);
        assertTrue(all.stream().anyMatch(r -> r.kind().equals("Database")
                && r.body().path("spec").path("name").asText().equals(kcDb.path("database").asText())));
        for (Resource r : all) {
            JsonNode ref = r.body().path("spec").path("mariaDbRef");
            if (!ref.isMissingNode()) {
                assertEquals(mariadb.name(), ref.path("name").asText(), r + " refers to the cluster");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "production"})
    void databaseConnectionsCoverTheAutoscalersMaximum(String which) {
        List<Resource> all = render(which);
        int pool = one(all, "ConfigMap").body().path("data").path("KOLLEKT_DB_POOL_SIZE").asInt();
        int maxInstances = one(all, "HorizontalPodAutoscaler").body().path("spec").path("maxReplicas").asInt()
                + one(all, "Deployment").body().path("spec").path("strategy").path("rollingUpdate").path("maxSurge").asInt();
        int api = pool * maxInstances;
        Resource user = all.stream().filter(r -> r.kind().equals("User") && r.name().equals("kollekt")).findFirst().orElseThrow();
        int userLimit = user.body().path("spec").path("maxUserConnections").asInt();
        assertTrue(pool > 0 && userLimit >= api, "maxUserConnections " + userLimit + " covers " + maxInstances
                + " instances x " + pool + " = " + api);
        JsonNode kc = one(all, "Keycloak").body().path("spec");
        int keycloak = kc.path("instances").asInt() * kc.path("db").path("poolMaxSize").asInt();
        Matcher m = Pattern.compile("(?m)^max_connections=(\\d+)").matcher(one(all, "MariaDB").body().path("spec").path("myCnf").asText());
        assertTrue(m.find(), "max_connections is set");
        assertTrue(Integer.parseInt(m.group(1)) > api + keycloak + 10, "max_connections " + m.group(1) + " covers the API's "
                + api + ", Keycloak's " + keycloak + " and the operator's own");
    }

    @Test
    void productionHostsAgreeAcrossIngressKeycloakRealmAndApi() {
        List<Resource> all = render("production");
        JsonNode rules = one(all, "Ingress").body().path("spec").path("rules");
        String appHost = rules.get(0).path("host").asText();
        String ssoHost = rules.get(1).path("host").asText();
        assertEquals("https://" + ssoHost, one(all, "Keycloak").body().path("spec").path("hostname").path("hostname").asText());
        assertEquals("https://" + ssoHost + "/realms/kollekt",
                one(all, "ConfigMap").body().path("data").path("KOLLEKT_OIDC_URL").asText());
        JsonNode spa = client(one(all, "KeycloakRealmImport").body().path("spec").path("realm"), "kollekt-spa");
        assertEquals("[\"https://" + appHost + "/*\"]", spa.path("redirectUris").toString());
        Set<String> tlsHosts = new HashSet<>();
        one(all, "Ingress").body().path("spec").path("tls").forEach(t -> t.path("hosts").forEach(h -> tlsHosts.add(h.asText())));
        assertEquals(Set.of(appHost, ssoHost), tlsHosts, "TLS for both hosts");
        assertFalse(Yaml.toJson(one(all, "KeycloakRealmImport").body()).contains("localhost"), "no localhost in production's realm");
    }

    @Test
    void productionRealmKeepsTheDevelopmentRealmsRolesAndClientsWithoutItsDemoAccounts() throws IOException {
        JsonNode dev = Yaml.JSON.readTree(Paths.DEPLOY.resolve("keycloak/kollekt-realm.json").toFile());
        JsonNode prod = one(render("production"), "KeycloakRealmImport").body().path("spec").path("realm");
        assertEquals(dev.path("realm"), prod.path("realm"));
        assertEquals(names(dev.path("roles").path("realm"), "name"), names(prod.path("roles").path("realm"), "name"),
                "the realm roles the API's @RolesAllowed uses");
        for (String clientId : List.of("kollekt-spa", "kollekt-api")) {
            JsonNode d = client(dev, clientId);
            JsonNode p = client(prod, clientId);
            for (String flag : List.of("publicClient", "standardFlowEnabled", "directAccessGrantsEnabled",
                    "serviceAccountsEnabled", "clientAuthenticatorType")) {
                assertEquals(d.path(flag), p.path(flag), clientId + "." + flag + " as in development");
            }
        }
        assertEquals("S256", client(prod, "kollekt-spa").path("attributes").path("pkce.code.challenge.method").asText());
        assertEquals(Set.of("kollekt-spa", "kollekt-api"), names(prod.path("clients"), "clientId"),
                "no password-grant client (kollekt-cli) in production");
        assertEquals("${KOLLEKT_API_CLIENT_SECRET}", client(prod, "kollekt-api").path("secret").asText(),
                "the API client's secret is a placeholder filled from a Secret");
        for (JsonNode u : prod.path("users")) {
            assertTrue(u.has("serviceAccountClientId"), "only service accounts, no demo users: " + u.path("username"));
            assertFalse(u.has("credentials"), "no passwords in the realm");
        }
        assertEquals(client(dev, "kollekt-api").path("serviceAccountsEnabled"), Yaml.JSON.getNodeFactory().booleanNode(true));
        JsonNode devSa = user(dev, "service-account-kollekt-api");
        JsonNode prodSa = user(prod, "service-account-kollekt-api");
        assertEquals(devSa.path("clientRoles"), prodSa.path("clientRoles"), "the role-sync client keeps its realm-management roles");
    }

    /** Every Secret the manifests read is in the example Secrets with its keys, and named in OPERATIONS.md. */
    @Test
    void everySecretReadIsDocumented() throws IOException {
        Map<String, Set<String>> examples = new java.util.HashMap<>();
        for (Resource s : Yaml.resources(Paths.EXAMPLES.resolve("secrets.example.yaml"))) {
            Set<String> keys = new HashSet<>();
            s.body().path("stringData").fieldNames().forEachRemaining(keys::add);
            examples.put(s.name(), keys);
        }
        String operations = Files.readString(Paths.DEPLOY.resolve("OPERATIONS.md"));
        List<String> problems = new ArrayList<>();
        for (Resource r : render("production")) {
            for (String[] ref : secretRefs(r.body())) {
                if (!examples.containsKey(ref[0]) || !examples.get(ref[0]).contains(ref[1])) {
                    problems.add(r.id() + " reads " + ref[0] + "/" + ref[1] + ", not in secrets.example.yaml");
                }
                if (!operations.contains(ref[0])) {
                    problems.add(r.id() + " reads the Secret " + ref[0] + ", not named in OPERATIONS.md");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Secret name and key pairs: secretKeyRef, the mariadb-operator's *SecretKeyRef, Keycloak's db secrets, placeholders. */
    static List<String[]> secretRefs(JsonNode node) {
        List<String[]> out = new ArrayList<>();
        collect(node, "", out);
        return out;
    }

    private static void collect(JsonNode node, String field, List<String[]> out) {
        if (node.isObject()) {
            boolean ref = field.equals("secretKeyRef") || field.endsWith("SecretKeyRef") || field.equals("usernameSecret")
                    || field.equals("passwordSecret") || field.equals("secret");
            if (ref && node.has("name") && node.has("key")) {
                out.add(new String[] {node.path("name").asText(), node.path("key").asText()});
            }
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), e.getKey(), out);
            }
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, field, out));
        }
    }

    static boolean selects(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> it = selector.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().equals(labels.path(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(clientId)) {
                return c;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    static JsonNode user(JsonNode realm, String username) {
        for (JsonNode u : realm.path("users")) {
            if (u.path("username").asText().equals(username)) {
                return u;
            }
        }
        throw new AssertionError("no user " + username);
    }

    static Set<String> names(JsonNode list, String field) {
        Set<String> out = new LinkedHashSet<>();
        list.forEach(n -> out.add(n.path(field).asText()));
        return new TreeSet<>(out);
    }
}
