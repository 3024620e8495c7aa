package dk.kollekt.shirt;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Money;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.Ref;
import dk.kollekt.common.audit.AuditService;
import dk.kollekt.ledger.ContributionState;
import dk.kollekt.ledger.ContributionStatus;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.NewContribution;
import dk.kollekt.ledger.Source;
import dk.kollekt.organisation.LocationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Printing: the printer's sheet (per location, shirts per size and where they go), print runs, and the campaign's
 * summary. Every printed shirt adds one SHIRT_PRINT contribution of the campaign's donation per print to the ledger,
 * attributed to the ordering department (company money: no employee giver). A shirt is printed once: its
 * contribution's origin is "shirt-print:&lt;orderLineId&gt;:&lt;n&gt;" (n = 1..quantity of the line), and a run
 * whose reference was recorded before is refused.
 */
@ApplicationScoped
public class PrintService {

    @Inject
    ShirtCampaignRepository campaignRows;
    @Inject
    ShirtCampaignService campaigns;
    @Inject
    CampaignSizeRepository sizes;
    @Inject
    ShirtOrderRepository orders;
    @Inject
    ShirtOrderLineRepository lines;
    @Inject
    PrintRunRepository runs;
    @Inject
    LedgerService ledger;
    @Inject
    AuditService audit;

    /**
     * Records a print run: 409 if its reference is recorded already; 422 naming the line when a line is not of this
     * campaign, its order is cancelled, or more would be printed than ordered. All or nothing.
     */
    @Transactional
    public PrintRunView record(long campaignId, PrintRunRequest request, String recordedBy) {
        ShirtCampaign campaign = campaignRows.lock(campaignId)
                .orElseThrow(() -> ApiProblem.notFound("There is no shirt campaign " + campaignId + "."));
        String reference = request.reference().strip();
        runs.byReference(campaignId, reference).ifPresent(earlier -> {
            throw ApiProblem.conflict("Print run \"" + reference + "\" was recorded already (print run " + earlier.id
                    + "); nothing was added.");
        });
        List<Long> lineIds = request.lines().stream().map(PrintRunRequest.Line::orderLineId).toList();
        if (new HashSet<>(lineIds).size() != lineIds.size()) {
            throw ApiProblem.badRequest("An order line is named twice.",
                    List.of(FieldError.field("lines", "each order line at most once")));
        }
        List<Long> orderIds = lines.getEntityManager().createQuery(
                        "select distinct l.orderId from ShirtOrderLine l where l.id in ?1", Long.class)
                .setParameter(1, lineIds).getResultList();
        Map<Long, ShirtOrder> lockedOrders = orders.lockAll(orderIds).stream()
                .collect(Collectors.toMap(o -> o.id, Function.identity()));
        Map<Long, ShirtOrderLine> found = lines.byIds(lineIds).stream()
                .collect(Collectors.toMap(l -> l.id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            PrintRunRequest.Line wanted = request.lines().get(i);
            ShirtOrderLine line = found.get(wanted.orderLineId());
            ShirtOrder order = line == null ? null : lockedOrders.get(line.orderId);
            if (order == null || order.campaignId != campaignId) {
                errors.add(FieldError.field("lines[" + i + "].orderLineId", "no order line of this campaign"));
            } else if (order.cancelledAt != null) {
                errors.add(FieldError.field("lines[" + i + "].orderLineId", "its order is cancelled"));
            } else if (wanted.quantity() > line.quantity - line.printed) {
                errors.add(FieldError.field("lines[" + i + "].quantity", "at most " + (line.quantity - line.printed)
                        + " of this line are left to print"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.unprocessable(ShirtCampaignService.describe(errors), errors);
        }
        PrintRun run = new PrintRun();
        run.campaignId = campaignId;
        run.reference = reference;
        run.recordedBy = recordedBy;
        run.recordedAt = Instant.now();
        runs.persist(run);
        Money donation = Money.of(campaign.donationPerPrintMinor, campaign.donationCurrency);
        int shirts = 0;
        List<PrintRunView.Line> printed = new ArrayList<>();
        for (PrintRunRequest.Line wanted : request.lines()) {
            ShirtOrderLine line = found.get(wanted.orderLineId());
            ShirtOrder order = lockedOrders.get(line.orderId);
            for (int n = line.printed + 1; n <= line.printed + wanted.quantity(); n++) {
                long contribution = ledger.record(new NewContribution(Source.SHIRT_PRINT, donation,
                        NewContribution.Giver.department(order.departmentId, order.locationId, order.countryCode),
                        false, campaign.projectPostId, "Shirt: " + campaign.name,
                        "shirt-print:" + line.id + ":" + n)).id();
                runs.printed(line.id, n, run.id, contribution);
            }
            line.printed += wanted.quantity();
            shirts += wanted.quantity();
            printed.add(new PrintRunView.Line(line.id, wanted.quantity()));
        }
        run.shirts = shirts;
        PrintRunView view = new PrintRunView(run.id, campaignId, run.reference, shirts, printed, run.recordedAt);
        audit.record("shirt.print-run.recorded", "shirt_print_run", run.id, null, view);
        return view;
    }

    public List<PrintRunView> runs(long campaignId) {
        campaigns.campaign(campaignId);
        return runs.ofCampaign(campaignId).stream().map(r -> new PrintRunView(r.id, r.campaignId, r.reference,
                r.shirts, runs.linesOf(r.id).stream().map(row -> new PrintRunView.Line(((Number) row[0]).longValue(),
                ((Number) row[1]).intValue())).toList(), r.recordedAt)).toList();
    }

    /** Per location with orders: shirts per size (ordered, printed, to print) and the delivery address. */
    public PrinterSheetView sheet(long campaignId) {
        ShirtCampaign campaign = campaigns.campaign(campaignId);
        List<String> sizeNames = sizes.of(campaignId).stream().map(s -> s.size).toList();
        List<ShirtOrder> active = orders.activeOfCampaign(campaignId);
        Map<Long, ShirtOrder> orderById = active.stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        Map<Long, Map<String, int[]>> byLocation = new TreeMap<>();
        Map<String, int[]> totals = new LinkedHashMap<>();
        for (ShirtOrderLine line : lines.ofOrders(orderById.keySet())) {
            long location = orderById.get(line.orderId).locationId;
            add(byLocation.computeIfAbsent(location, k -> new LinkedHashMap<>()), line);
            add(totals, line);
        }
        Map<Long, LocationView> locations = campaigns.locations(byLocation.keySet());
        Map<Long, ShirtCampaign.Delivery> deliveries = campaign.deliveries.stream()
                .collect(Collectors.toMap(d -> d.locationId, Function.identity()));
        List<PrinterSheetView.LocationSheet> sheets = byLocation.entrySet().stream().map(e -> {
            LocationView location = locations.get(e.getKey());
            ShirtCampaign.Delivery delivery = deliveries.get(e.getKey());
            return new PrinterSheetView.LocationSheet(new Ref(e.getKey(), location == null ? null : location.name()),
                    location == null ? null : location.countryCode(), delivery == null ? null : delivery.address,
                    delivery == null ? null : delivery.note, counts(sizeNames, e.getValue()));
        }).sorted(Comparator.comparing((PrinterSheetView.LocationSheet s) -> String.valueOf(s.countryCode()))
                .thenComparing(s -> String.valueOf(s.location().name()))).toList();
        return new PrinterSheetView(new Ref(campaign.id, campaign.name), campaign.printTitle, sizeNames, sheets,
                counts(sizeNames, totals));
    }

    /** The sheet as CSV: one row per location and size with shirts in it. */
    public String sheetCsv(long campaignId) {
        PrinterSheetView sheet = sheet(campaignId);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("location", "country",
                "delivery_address", "delivery_note", "size", "ordered", "printed", "to_print")
                .setRecordSeparator("\n").get())) {
            for (PrinterSheetView.LocationSheet location : sheet.locations()) {
                for (PrinterSheetView.SizeCount count : location.counts().bySize()) {
                    if (count.ordered() > 0) {
                        csv.printRecord(location.location().name(), location.countryCode(),
                                location.deliveryAddress(), location.deliveryNote(), count.size(), count.ordered(),
                                count.printed(), count.toPrint());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void add(Map<String, int[]> counts, ShirtOrderLine line) {
        int[] c = counts.computeIfAbsent(line.size, k -> new int[2]);
        c[0] += line.quantity;
        c[1] += line.printed;
    }

    private static PrinterSheetView.Counts counts(List<String> sizeNames, Map<String, int[]> counts) {
        List<String> names = new ArrayList<>(sizeNames);
        counts.keySet().stream().filter(s -> !names.contains(s)).forEach(names::add);
        List<PrinterSheetView.SizeCount> bySize = names.stream().map(size -> {
            int[] c = counts.getOrDefault(size, new int[2]);
            return new PrinterSheetView.SizeCount(size, c[0], c[1], c[0] - c[1]);
        }).toList();
        int ordered = bySize.stream().mapToInt(PrinterSheetView.SizeCount::ordered).sum();
        int printed = bySize.stream().mapToInt(PrinterSheetView.SizeCount::printed).sum();
        return new PrinterSheetView.Counts(bySize, ordered, printed, ordered - printed);
    }

    /** Shirts, what buyers owe for them (per currency, orders not cancelled) and the donations, from the ledger. */
    public CampaignSummaryView summary(long campaignId) {
        ShirtCampaign campaign = campaigns.campaign(campaignId);
        List<ShirtOrder> active = orders.activeOfCampaign(campaignId);
        Map<Long, String> currencyOf = active.stream().collect(Collectors.toMap(o -> o.id, o -> o.currency));
        Map<String, long[]> prices = new TreeMap<>();
        int ordered = 0;
        int printed = 0;
        for (ShirtOrderLine line : lines.ofOrders(currencyOf.keySet())) {
            long[] p = prices.computeIfAbsent(currencyOf.get(line.orderId), k -> new long[2]);
            p[0] += line.quantity;
            p[1] += line.unitPriceMinor * line.quantity;
            ordered += line.quantity;
            printed += line.printed;
        }
        int contributions = 0;
        long pledged = 0;
        long collected = 0;
        for (ContributionState state : ledger.states(runs.contributionsOf(campaignId))) {
            if (state.status() != ContributionStatus.CANCELLED) {
                contributions++;
                pledged += state.reportingAmountMinor();
            }
            if (state.status() == ContributionStatus.COLLECTED) {
                collected += state.reportingAmountMinor();
            }
        }
        return new CampaignSummaryView(campaignId, active.size(), ordered, printed,
                prices.entrySet().stream().map(e -> new CampaignSummaryView.PriceTotal(e.getKey(),
                        (int) e.getValue()[0], e.getValue()[1])).toList(),
                new CampaignSummaryView.DonationTotal(ledger.reportingCurrency(), contributions, pledged, collected));
    }
}
