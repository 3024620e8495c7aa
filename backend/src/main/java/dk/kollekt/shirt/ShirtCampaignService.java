package dk.kollekt.shirt;

import dk.kollekt.cause.CauseService;
import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.Ref;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.organisation.CountryView;
import dk.kollekt.organisation.LocationView;
import dk.kollekt.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shirt campaigns as admins set them up: print, sizes with optional stock limits, a price per currency, the
 * donation per printed shirt (reporting currency, 50 kr by default), the order deadline and where each location's
 * shirts are delivered. Also the print image, checked and kept in the database.
 */
@ApplicationScoped
public class ShirtCampaignService {

    /** 50 kr (or 50 of the reporting currency) per printed shirt, unless the campaign says otherwise. */
    static final long DEFAULT_DONATION_MINOR = 5000;

    @Inject
    ShirtCampaignRepository campaigns;
    @Inject
    CampaignSizeRepository sizes;
    @Inject
    PrintImageRepository images;
    @Inject
    CauseService causes;
    @Inject
    LedgerService ledger;
    @Inject
    OrganisationService organisation;

    public List<CampaignView> list() {
        return views(campaigns.newestDeadlineFirst());
    }

    public CampaignView get(long id) {
        return views(List.of(campaign(id))).getFirst();
    }

    @Transactional
    public CampaignView create(CampaignRequest request) {
        if (!request.orderDeadline().isAfter(Instant.now())) {
            throw ApiProblem.badRequest("The order deadline must be in the future.",
                    List.of(FieldError.field("orderDeadline", "must be in the future")));
        }
        check(request);
        ShirtCampaign campaign = new ShirtCampaign();
        campaign.donationCurrency = ledger.reportingCurrency();
        campaign.createdAt = Instant.now();
        apply(campaign, request);
        campaigns.persist(campaign);
        List<CampaignRequest.SizeRequest> wanted = request.sizes();
        for (int i = 0; i < wanted.size(); i++) {
            CampaignSize size = new CampaignSize();
            size.campaignId = campaign.id;
            size.size = normalSize(wanted.get(i).size());
            size.position = i;
            size.stockLimit = wanted.get(i).stockLimit();
            sizes.persist(size);
        }
        sizes.flush();
        return get(campaign.id);
    }

    /**
     * Changes a campaign. Stock limits never go below what is ordered and ordered sizes stay (409); prices apply to
     * new orders only; a new donation per print applies to shirts printed from now on. A deadline in the past closes
     * ordering.
     */
    @Transactional
    public CampaignView update(long id, CampaignRequest request) {
        ShirtCampaign campaign = campaigns.lock(id)
                .orElseThrow(() -> ApiProblem.notFound("There is no shirt campaign " + id + "."));
        check(request);
        apply(campaign, request);
        Map<String, CampaignSize> existing = sizes.of(id).stream()
                .collect(Collectors.toMap(s -> s.size, Function.identity()));
        List<CampaignRequest.SizeRequest> wanted = request.sizes();
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < wanted.size(); i++) {
            String name = normalSize(wanted.get(i).size());
            Integer limit = wanted.get(i).stockLimit();
            kept.add(name);
            CampaignSize size = existing.get(name);
            if (size == null) {
                size = new CampaignSize();
                size.campaignId = id;
                size.size = name;
                size.position = i;
                size.stockLimit = limit;
                sizes.persist(size);
            } else if (!sizes.limit(size.id, limit, i)) {
                throw ApiProblem.conflict("More shirts in size " + name + " are ordered than a limit of " + limit
                        + " allows.");
            }
        }
        for (CampaignSize size : existing.values()) {
            if (!kept.contains(size.size) && !sizes.removeUnordered(size.id)) {
                throw ApiProblem.conflict("Size " + size.size + " has orders and cannot be removed.");
            }
        }
        sizes.flush();
        sizes.getEntityManager().clear();
        return get(id);
    }

    private void check(CampaignRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.sizes().size(); i++) {
            if (!seen.add(normalSize(request.sizes().get(i).size()))) {
                errors.add(FieldError.field("sizes[" + i + "].size", "is given twice"));
            }
        }
        seen.clear();
        for (int i = 0; i < request.prices().size(); i++) {
            if (!seen.add(request.prices().get(i).currency())) {
                errors.add(FieldError.field("prices[" + i + "].currency", "is given twice"));
            }
        }
        List<CampaignRequest.DeliveryRequest> deliveries = deliveries(request);
        Set<Long> locations = deliveries.isEmpty() ? Set.of() : locations(null).keySet();
        Set<Long> seenLocations = new HashSet<>();
        for (int i = 0; i < deliveries.size(); i++) {
            long location = deliveries.get(i).locationId();
            if (!locations.contains(location)) {
                errors.add(FieldError.field("deliveries[" + i + "].locationId", "no location with this id"));
            } else if (!seenLocations.add(location)) {
                errors.add(FieldError.field("deliveries[" + i + "].locationId", "is given twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(ShirtCampaignService.describe(errors), errors);
        }
        causes.requireActivePost(request.projectPostId(), "projectPostId");
    }

    private void apply(ShirtCampaign campaign, CampaignRequest request) {
        campaign.name = request.name().strip();
        campaign.description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        campaign.printTitle = request.printTitle().strip();
        campaign.projectPostId = request.projectPostId();
        campaign.donationPerPrintMinor = request.donationPerPrintMinor() == null ? DEFAULT_DONATION_MINOR
                : request.donationPerPrintMinor();
        campaign.orderDeadline = request.orderDeadline();
        campaign.prices.clear();
        request.prices().forEach(p -> campaign.prices.put(p.currency(), p.priceMinor()));
        campaign.deliveries.clear();
        for (CampaignRequest.DeliveryRequest d : deliveries(request)) {
            ShirtCampaign.Delivery delivery = new ShirtCampaign.Delivery();
            delivery.locationId = d.locationId();
            delivery.address = d.address().strip();
            delivery.note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
            campaign.deliveries.add(delivery);
        }
    }

    private static List<CampaignRequest.DeliveryRequest> deliveries(CampaignRequest request) {
        return request.deliveries() == null ? List.of() : request.deliveries();
    }

    /** The field errors in one line, for a problem's detail. */
    static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
    }

    static String normalSize(String size) {
        return size.strip().toUpperCase(Locale.ROOT);
    }

    ShirtCampaign campaign(long id) {
        return campaigns.findByIdOptional(id)
                .orElseThrow(() -> ApiProblem.notFound("There is no shirt campaign " + id + "."));
    }

    /** Locations by id (all, or those the given ids name when known), for names in views and sheets. */
    Map<Long, LocationView> locations(Collection<Long> only) {
        Map<Long, LocationView> all = new HashMap<>();
        for (CountryView country : organisation.countries()) {
            organisation.locations(country.code()).forEach(l -> all.put(l.id(), l));
        }
        if (only != null) {
            all.keySet().retainAll(only);
        }
        return all;
    }

    List<CampaignView> views(List<ShirtCampaign> list) {
        List<Long> ids = list.stream().map(c -> c.id).toList();
        Map<Long, List<CampaignSize>> sizesOf = sizes.ofCampaigns(ids).stream()
                .collect(Collectors.groupingBy(s -> s.campaignId));
        Map<Long, String> versions = images.versions(ids);
        Map<Long, String> posts = causes.postNames();
        Set<Long> deliveryLocations = list.stream().flatMap(c -> c.deliveries.stream()).map(d -> d.locationId)
                .collect(Collectors.toSet());
        Map<Long, LocationView> locations = deliveryLocations.isEmpty() ? Map.of() : locations(deliveryLocations);
        Instant now = Instant.now();
        return list.stream().map(c -> new CampaignView(c.id, c.name, c.description, c.printTitle,
                new Ref(c.projectPostId, posts.get(c.projectPostId)), c.donationPerPrintMinor, c.donationCurrency,
                c.orderDeadline, c.openAt(now),
                sizesOf.getOrDefault(c.id, List.of()).stream().map(s -> new CampaignView.SizeView(s.size,
                        s.stockLimit, s.ordered, s.stockLimit == null ? null : s.stockLimit - s.ordered)).toList(),
                c.prices.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(p -> new CampaignView.PriceView(p.getKey(), p.getValue())).toList(),
                c.deliveries.stream().sorted(java.util.Comparator.comparingLong(d -> d.locationId))
                        .map(d -> new CampaignView.DeliveryView(new Ref(d.locationId,
                                Optional.ofNullable(locations.get(d.locationId)).map(LocationView::name).orElse(null)),
                                d.address, d.note)).toList(),
                versions.containsKey(c.id) ? imageUrl(c.id, versions.get(c.id)) : null, c.createdAt)).toList();
    }

    static String imageUrl(long campaignId, String sha256) {
        return "/api/shirt-campaigns/" + campaignId + "/image?v=" + sha256.substring(0, 16);
    }

    /** Stores a checked image as the campaign's print, replacing the one before. */
    @Transactional
    public CampaignView storeImage(long id, PrintImages.Checked image) {
        campaign(id);
        PrintImage row = images.findByIdOptional(id).orElseGet(() -> {
            PrintImage fresh = new PrintImage();
            fresh.campaignId = id;
            return fresh;
        });
        row.contentType = image.contentType();
        row.content = image.content();
        row.sha256 = image.sha256();
        row.uploadedAt = Instant.now();
        images.persist(row);
        images.flush();
        return get(id);
    }

    public Optional<PrintImage> image(long id) {
        return images.findByIdOptional(id);
    }
}
