package dk.kollekt.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Kollekt's own settings (the {@code kollekt.*} keys of application.properties). */
@ConfigMapping(prefix = "kollekt")
public interface KollektConfig {

    /** Keycloak client id of the app (public, authorization code + PKCE). */
    String spaClientId();

    Demo demo();

    Ledger ledger();

    /** Money rules of the ledger. */
    interface Ledger {
        /** Currency every total is reported in. */
        @WithDefault("DKK")
        String reportingCurrency();

        /** Largest single pledge, in minor units of the reporting currency (default 100,000 kr). */
        @WithDefault("10000000")
        long maxPledgeMinor();
    }

    Embedded embedded();

    /** The generated demo company, loaded on first start when enabled. */
    interface Demo {
        boolean enabled();

        int locations();

        int departments();

        int employees();
    }

    /** Embedded MariaDB and local Keycloak of dev mode and tests (see dk.kollekt.devstack). */
    interface Embedded {
        @WithDefault("true")
        boolean enabled();

        Optional<String> home();

        Optional<String> jdbcUrl();

        Optional<String> keycloakUrl();
    }
}
