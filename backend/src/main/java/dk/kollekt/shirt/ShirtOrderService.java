package dk.kollekt.shirt;

import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.Ref;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.OrganisationService;
import dk.kollekt.organisation.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Shirt orders. An employee orders for themselves, a lead for a department they lead (a wearer per line). The
 * order keeps the department, location and country it is attributed to and the price per shirt in the country's
 * currency, both as at ordering. Orders can be changed or cancelled until the deadline or until a shirt of them is
 * printed. Stock limits hold under parallel orders through conditional updates of the size's count.
 */
@ApplicationScoped
public class ShirtOrderService {

    @Inject
    ShirtCampaignService campaigns;
    @Inject
    CampaignSizeRepository sizes;
    @Inject
    ShirtOrderRepository orders;
    @Inject
    ShirtOrderLineRepository lines;
    @Inject
    OrganisationService organisation;

    @Transactional
    public OrderView place(long campaignId, Placement orderer, OrderRequest request) {
        ShirtCampaign campaign = campaigns.campaign(campaignId);
        requireOpen(campaign);
        ShirtOrder order = new ShirtOrder();
        order.campaignId = campaignId;
        order.kind = request.kindOrDefault();
        order.ordererEmployeeId = orderer.employeeId();
        if (order.kind == ShirtOrder.Kind.TEAM) {
            long departmentId = request.departmentId() == null ? orderer.department().id() : request.departmentId();
            DepartmentPlace department = organisation.departmentPlace(departmentId)
                    .orElseThrow(() -> ApiProblem.unprocessable("There is no department " + departmentId + ".",
                            List.of(FieldError.field("departmentId", "no department with this id"))));
            if (!organisation.leads(orderer.employeeId(), departmentId)) {
                throw new ApiProblem(403, "Forbidden", "Only a lead of " + department.name()
                        + " orders shirts for its team.", null);
            }
            order.departmentId = departmentId;
            order.locationId = department.locationId();
            order.countryCode = department.countryCode();
        } else {
            if (request.departmentId() != null) {
                throw ApiProblem.badRequest("A department is named only in team orders.",
                        List.of(FieldError.field("departmentId", "only for TEAM orders")));
            }
            order.departmentId = orderer.department().id();
            order.locationId = orderer.location().id();
            order.countryCode = orderer.country().code();
        }
        order.currency = organisation.currencyOf(order.countryCode);
        Long price = campaign.prices.get(order.currency);
        if (price == null) {
            throw ApiProblem.unprocessable("This campaign has no price in " + order.currency + ".",
                    List.of(FieldError.field("currency", "the campaign is not sold in " + order.currency)));
        }
        List<ShirtOrderLine> newLines = newLines(campaign, order.kind, request, price);
        order.createdAt = Instant.now();
        order.changedAt = order.createdAt;
        // The order's row first (its foreign key share-locks the campaign), then the sizes: the order in which an
        // admin's campaign change takes them, so the two never wait on each other in a ring.
        orders.persist(order);
        reserve(campaignId, Map.of(), newLines);
        newLines.forEach(l -> {
            l.orderId = order.id;
            lines.persist(l);
        });
        return view(order, newLines, orderer.name(), campaign);
    }

    /** Replaces the lines of one's own order (same kind and department), while it is open and nothing is printed. */
    @Transactional
    public OrderView change(long id, Placement orderer, OrderRequest request) {
        ShirtOrder order = orders.lock(id).filter(o -> o.ordererEmployeeId == orderer.employeeId())
                .orElseThrow(() -> notFound(id));
        ShirtCampaign campaign = campaigns.campaign(order.campaignId);
        List<ShirtOrderLine> old = requireChangeable(order, campaign);
        if (request.kindOrDefault() != order.kind || (request.departmentId() != null
                && order.kind == ShirtOrder.Kind.TEAM && request.departmentId() != order.departmentId)) {
            throw ApiProblem.badRequest("An order keeps its kind and department; cancel it and order anew.",
                    List.of(FieldError.field("kind", "cannot change")));
        }
        Long price = campaign.prices.get(order.currency);
        if (price == null) {
            throw ApiProblem.unprocessable("This campaign has no price in " + order.currency + " any more.",
                    List.of(FieldError.field("currency", "the campaign is not sold in " + order.currency)));
        }
        List<ShirtOrderLine> newLines = newLines(campaign, order.kind, request, price);
        reserve(order.campaignId, counts(old), newLines);
        old.forEach(lines::delete);
        newLines.forEach(l -> {
            l.orderId = order.id;
            lines.persist(l);
        });
        order.changedAt = Instant.now();
        return view(order, newLines, orderer.name(), campaign);
    }

    /** Cancels an order (its orderer, or an admin) while it is open and nothing is printed; its shirts go back. */
    @Transactional
    public OrderView cancel(long id, Placement viewer, boolean admin) {
        ShirtOrder order = orders.lock(id).filter(o -> mayView(o, viewer, admin)).orElseThrow(() -> notFound(id));
        ShirtCampaign campaign = campaigns.campaign(order.campaignId);
        List<ShirtOrderLine> old = requireChangeable(order, campaign);
        reserve(order.campaignId, counts(old), List.of());
        order.cancelledAt = Instant.now();
        order.changedAt = order.cancelledAt;
        return views(List.of(order)).getFirst();
    }

    public OrderView get(long id, Placement viewer, boolean admin) {
        ShirtOrder order = orders.findByIdOptional(id).filter(o -> mayView(o, viewer, admin))
                .orElseThrow(() -> notFound(id));
        return views(List.of(order)).getFirst();
    }

    public List<OrderView> mine(Placement viewer) {
        return views(orders.ofOrderer(viewer.employeeId()));
    }

    /**
     * The employee's orders as their data download shows them: a team order's wearer names are the colleagues'
     * personal data, so they are left out.
     */
    public List<OrderView> ofOrderer(long employeeId) {
        return views(orders.ofOrderer(employeeId)).stream().map(o -> o.kind() == ShirtOrder.Kind.TEAM
                ? o.withLines(o.lines().stream().map(l -> l.withWearerName(null)).toList()) : o).toList();
    }

    /**
     * Erases a person's name where colleagues wrote it as the wearer of a shirt in a team order (matched as typed,
     * ignoring case and surrounding blanks); the shirt itself, its size and price stay.
     */
    @Transactional
    public void eraseWearerName(String name) {
        lines.replaceWearerName(name.strip(), ERASED_WEARER);
    }

    /** The wearer name a team order line keeps once that person's personal data is erased. */
    static final String ERASED_WEARER = "[erased]";

    public List<OrderView> ofCampaign(long campaignId) {
        campaigns.campaign(campaignId);
        return views(orders.ofCampaign(campaignId));
    }

    private static boolean mayView(ShirtOrder order, Placement viewer, boolean admin) {
        return admin || (viewer != null && order.ordererEmployeeId == viewer.employeeId());
    }

    private static ApiProblem notFound(long id) {
        return ApiProblem.notFound("There is no shirt order " + id + ".");
    }

    private static void requireOpen(ShirtCampaign campaign) {
        if (!campaign.openAt(Instant.now())) {
            throw ApiProblem.conflict("Ordering closed at the deadline (" + campaign.orderDeadline
                    + "); orders can no longer be placed, changed or cancelled.");
        }
    }

    private List<ShirtOrderLine> requireChangeable(ShirtOrder order, ShirtCampaign campaign) {
        if (order.cancelledAt != null) {
            throw ApiProblem.conflict("The order is cancelled.");
        }
        requireOpen(campaign);
        List<ShirtOrderLine> current = lines.ofOrders(List.of(order.id));
        if (current.stream().anyMatch(l -> l.printed > 0)) {
            throw ApiProblem.conflict("Shirts of this order are printed; it can no longer be changed or cancelled.");
        }
        return current;
    }

    private List<ShirtOrderLine> newLines(ShirtCampaign campaign, ShirtOrder.Kind kind, OrderRequest request,
                                          long price) {
        Set<String> offered = sizes.of(campaign.id).stream().map(s -> s.size).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        List<ShirtOrderLine> result = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            OrderRequest.Line line = request.lines().get(i);
            String size = ShirtCampaignService.normalSize(line.size());
            if (!offered.contains(size)) {
                errors.add(FieldError.field("lines[" + i + "].size", "not offered; sizes: "
                        + String.join(", ", offered.stream().sorted().toList())));
            }
            boolean named = line.wearerName() != null && !line.wearerName().isBlank();
            if (kind == ShirtOrder.Kind.TEAM && !named) {
                errors.add(FieldError.field("lines[" + i + "].wearerName", "is required in a team order"));
            }
            if (kind == ShirtOrder.Kind.SELF && named) {
                errors.add(FieldError.field("lines[" + i + "].wearerName", "only in team orders"));
            }
            ShirtOrderLine l = new ShirtOrderLine();
            l.size = size;
            l.quantity = line.quantityOrDefault();
            l.wearerName = named ? line.wearerName().strip() : null;
            l.unitPriceMinor = price;
            result.add(l);
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest(ShirtCampaignService.describe(errors), errors);
        }
        return result;
    }

    private static Map<String, Integer> counts(List<ShirtOrderLine> list) {
        return list.stream().collect(Collectors.toMap(l -> l.size, l -> l.quantity, Integer::sum));
    }

    /**
     * Moves the size counts from {@code before} to {@code after}, sizes in name order (so that parallel orders lock
     * size rows in one order), each a conditional update that fails when the size's stock would be passed: then 409
     * and the transaction rolls back all of them.
     */
    private void reserve(long campaignId, Map<String, Integer> before, List<ShirtOrderLine> after) {
        Map<String, Integer> delta = new TreeMap<>();
        counts(after).forEach((size, n) -> delta.merge(size, n, Integer::sum));
        before.forEach((size, n) -> delta.merge(size, -n, Integer::sum));
        delta.forEach((size, n) -> {
            if (n != 0 && !sizes.reserve(campaignId, size, n)) {
                int left = sizes.left(campaignId, size);
                throw ApiProblem.conflict(left == 0 ? "Size " + size + " is sold out."
                        : "Only " + left + " shirts in size " + size + " are left.");
            }
        });
    }

    List<OrderView> views(List<ShirtOrder> list) {
        Map<Long, List<ShirtOrderLine>> linesOf = lines.ofOrders(list.stream().map(o -> o.id).toList()).stream()
                .collect(Collectors.groupingBy(l -> l.orderId));
        Map<Long, String> names = organisation.names(list.stream().map(o -> o.ordererEmployeeId).distinct().toList());
        Map<Long, ShirtCampaign> campaignsById = new HashMap<>();
        Map<Long, DepartmentPlace> departments = new HashMap<>();
        if (list.size() > 20) {
            organisation.departmentPlaces().forEach(d -> departments.put(d.id(), d));
        }
        return list.stream().map(o -> view(o, linesOf.getOrDefault(o.id, List.of()), names.get(o.ordererEmployeeId),
                campaignsById.computeIfAbsent(o.campaignId, campaigns::campaign),
                departments.computeIfAbsent(o.departmentId, d -> organisation.departmentPlace(d).orElseThrow())))
                .toList();
    }

    private OrderView view(ShirtOrder o, List<ShirtOrderLine> orderLines, String orderedBy, ShirtCampaign campaign) {
        return view(o, orderLines, orderedBy, campaign, organisation.departmentPlace(o.departmentId).orElseThrow());
    }

    private OrderView view(ShirtOrder o, List<ShirtOrderLine> orderLines, String orderedBy, ShirtCampaign campaign,
                           DepartmentPlace department) {
        int shirts = orderLines.stream().mapToInt(l -> l.quantity).sum();
        int printed = orderLines.stream().mapToInt(l -> l.printed).sum();
        long total = orderLines.stream().mapToLong(l -> l.unitPriceMinor * l.quantity).sum();
        OrderView.Status status = o.cancelledAt != null ? OrderView.Status.CANCELLED
                : printed == 0 ? OrderView.Status.ORDERED
                : printed < shirts ? OrderView.Status.PARTLY_PRINTED : OrderView.Status.PRINTED;
        boolean changeable = o.cancelledAt == null && printed == 0 && campaign.openAt(Instant.now());
        return new OrderView(o.id, new Ref(campaign.id, campaign.name), o.kind, status,
                new Ref(o.departmentId, department.name()),
                new Ref(o.locationId, department.locationId() == o.locationId ? department.locationName()
                        : campaigns.locations(List.of(o.locationId)).get(o.locationId).name()),
                o.currency, orderLines.stream().map(OrderView.LineView::from).toList(), shirts, printed, total,
                orderedBy, changeable, o.createdAt, o.changedAt, o.cancelledAt);
    }
}
