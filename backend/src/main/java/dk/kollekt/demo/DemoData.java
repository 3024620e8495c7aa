package dk.kollekt.demo;

import dk.kollekt.cause.CauseService;
import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.KollektConfig;
import dk.kollekt.ledger.ExchangeRateService;
import dk.kollekt.organisation.DirectoryImportResult;
import dk.kollekt.organisation.DirectoryImportService;
import dk.kollekt.organisation.OrganisationService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Loads the demo company and NGO on first start when kollekt.demo.enabled; a later start reuses them. */
@ApplicationScoped
public class DemoData {

    static final String NGO = "Sundhed for Sierra Leone";
    static final LocalDate RATES_FROM = LocalDate.of(2026, 1, 1);

    @Inject
    KollektConfig config;
    @Inject
    OrganisationService organisation;
    @Inject
    DirectoryImportService directoryImport;
    @Inject
    CauseService causes;
    @Inject
    ExchangeRateService rates;

    void onStart(@Observes StartupEvent event) {
        if (!config.demo().enabled()) {
            return;
        }
        if (rates.list(null, RATES_FROM, LocalDate.now()).isEmpty()) {
            rates.set("NOK", RATES_FROM, new BigDecimal("0.6450"));
            rates.set("SEK", RATES_FROM, new BigDecimal("0.6600"));
        }
        if (organisation.hasEmployees()) {
            return;
        }
        long started = System.nanoTime();
        Map<String, String> posts = new LinkedHashMap<>();
        posts.put("Hospitalet", "Drift af hospitalet: medicin, udstyr og løn til personalet.");
        posts.put("Kirurgisk uddannelse", "Uddannelse af kirurgiske kandidater.");
        posts.put("Sygeplejeskolen", "Sygepleje- og jordemoderskolen.");
        causes.ensureNgo(NGO, posts);
        KollektConfig.Demo demo = config.demo();
        String csv = DemoCompany.csv(demo.locations(), demo.departments(), demo.employees());
        DirectoryImportResult result = directoryImport.importCsv(csv, LocalDate.of(2026, 1, 1));
        try {
            organisation.makeLeadByEmail(DemoCompany.LEAD_EMAIL);
        } catch (ApiProblem e) {
            Log.warnf("Demo lead not set: %s", e.getMessage());
        }
        Log.infof("Demo data loaded in %d ms: %d locations, %d departments, %d employees",
                (System.nanoTime() - started) / 1_000_000, result.locationsCreated(), result.departmentsCreated(),
                result.employeesCreated());
    }
}
