package dk.kollekt.demo;

import dk.kollekt.cause.CauseService;
import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.KollektConfig;
import dk.kollekt.ledger.ExchangeRateService;
import dk.kollekt.organisation.DirectoryImportResult;
import dk.kollekt.organisation.DirectoryImportService;
import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.organisation.Placement;
import dk.kollekt.sponsorship.ActivityRequest;
import dk.kollekt.sponsorship.ActivityView;
import dk.kollekt.sponsorship.PledgeRequest;
import dk.kollekt.sponsorship.SponsorshipPledge;
import dk.kollekt.sponsorship.SponsorshipService;
import dk.kollekt.sponsorship.Unit;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Loads the demo company, NGO, exchange rates and a sponsored relay run on first start when kollekt.demo.enabled; a later start reuses them. */
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
    @Inject
    SponsorshipService sponsorships;

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
        relay();
        Log.infof("Demo data loaded in %d ms: %d locations, %d departments, %d employees",
                (System.nanoTime() - started) / 1_000_000, result.locationsCreated(), result.departmentsCreated(),
                result.employeesCreated());
    }

    /** Emma's relay run, with colleagues' pledges across the three countries, so the sponsorship page has life. */
    private void relay() {
        Placement emma = organisation.placementByNumber("D0001").orElseThrow();
        long hospital = causes.list().getFirst().posts().getFirst().id();
        ActivityView run = sponsorships.publish(emma, new ActivityRequest("Stafetten: jeg løber 10 km",
                "Sponsorér min tur i stafetten for hospitalet i Sierra Leone.", LocalDate.now().plusDays(14), Unit.KM,
                BigDecimal.TEN, hospital));
        java.util.Random random = new java.util.Random(27);
        String[] cheers = {"Heja Emma!", "Godt løbet!", "Kør på!", null, null};
        for (int i = 1; i <= 12; i++) {
            int generated = config.demo().employees() - DemoCompany.DEMO_USERS.size();
            Placement sponsor = organisation.placementByNumber(String.format("E%05d", 1 + i * 701 % generated))
                    .orElseThrow();
            boolean perKm = i % 3 == 0;
            sponsorships.pledge(run.code(), sponsor, new PledgeRequest(
                    perKm ? SponsorshipPledge.Kind.PER_UNIT : SponsorshipPledge.Kind.FIXED,
                    perKm ? null : 5000L + 2500L * random.nextInt(8), perKm ? 1000L + 500L * random.nextInt(4) : null,
                    perKm ? 20000L : null, null, cheers[random.nextInt(cheers.length)], random.nextBoolean()));
        }
    }
}
