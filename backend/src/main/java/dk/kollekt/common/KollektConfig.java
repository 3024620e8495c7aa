package dk.kollekt.common;

import io.smallrye.config.ConfigMapping;


/** Kollekt's own settings (the {@code kollekt.*} keys of application.properties). */
@ConfigMapping(prefix = "kollekt")
public interface KollektConfig {

    /** Keycloak client id of the app (public, authorization code + PKCE). */
    String spaClientId();

    /** Money-creating writes one caller may make a minute on one instance (MoneyWriteLimit). */
    int moneyWritesPerMinute();

    Demo demo();

    Ledger ledger();

    Reporting reporting();

    /** The NGO's reports and exports. */
    interface Reporting {
        /** Secret of the HMAC that turns an employee id into a stable pseudonym in exports. */
        String pseudonymSecret();
    }

    /** Money rules of the ledger. */
    interface Ledger {
        /** Currency every total is reported in. */
        String reportingCurrency();

        /** Largest single pledge, in minor units of the reporting currency (default 100,000 kr). */
        long maxPledgeMinor();
    }

    /** The generated demo company, loaded on first start when enabled. */
    interface Demo {
        boolean enabled();

        int locations();

        int departments();

        int employees();
    }
}
