package dk.kollekt.volunteering;

import dk.kollekt.cause.CauseService;
import dk.kollekt.common.ApiProblem;
import dk.kollekt.common.Money;
import dk.kollekt.common.Problem.FieldError;
import dk.kollekt.common.Ref;
import dk.kollekt.common.audit.AuditService;
import dk.kollekt.ledger.ContributionView;
import dk.kollekt.ledger.LedgerService;
import dk.kollekt.ledger.NewContribution;
import dk.kollekt.ledger.Source;
import dk.kollekt.organisation.DepartmentPlace;
import dk.kollekt.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Volunteering: the shared skill list and skills profiles, opportunities with shifts and sign-ups (never
 * overbooked; a waiting list that moves up on withdrawal), logged hours (at most 24 a day per person) and their
 * approval, which counts the minutes for the department and, when the country's grant policy is on, records the
 * company's grant in the ledger.
 */
@ApplicationScoped
public class VolunteeringService {

    /** Most minutes one person can log for one day, all logs together. */
    static final int MINUTES_PER_DAY = 24 * 60;
    private static final int LIST_LIMIT = 200;

    @Inject
    SkillRepository skills;
    @Inject
    OpportunityRepository opportunities;
    @Inject
    ShiftRepository shifts;
    @Inject
    SignupRepository signups;
    @Inject
    HourLogRepository hours;
    @Inject
    GrantPolicyRepository policies;
    @Inject
    OrganisationService organisation;
    @Inject
    CauseService causes;
    @Inject
    LedgerService ledger;
    @Inject
    AuditService audit;

    /**
     * Who decides on hours: their Keycloak subject, directory entry (null for NGO staff), the departments they lead
     * and whether they are an admin.
     */
    public record Approver(String subject, Long employeeId, Set<Long> leads, boolean admin) {
    }

    // ---- skills

    public List<Ref> skills() {
        return skills.listByName().stream().map(VolunteeringService::ref).toList();
    }

    @Transactional
    public Ref addSkill(SkillRequest request) {
        String name = request.name().strip();
        if (skills.findByName(name).isPresent()) {
            throw ApiProblem.conflict("The skill " + name + " is on the list already.");
        }
        Skill skill = new Skill();
        skill.name = name;
        skills.persist(skill);
        return ref(skill);
    }

    public List<Ref> skillsOf(long employeeId) {
        return skills.ofEmployee(employeeId).stream().map(VolunteeringService::ref).toList();
    }

    @Transactional
    public List<Ref> setSkills(long employeeId, List<Long> skillIds) {
        Set<Long> ids = new LinkedHashSet<>(skillIds);
        requireSkills(ids);
        skills.replaceOfEmployee(employeeId, ids);
        skills.flush();
        return skillsOf(employeeId);
    }

    private List<Skill> requireSkills(Set<Long> ids) {
        List<Skill> found = ids.isEmpty() ? List.of() : skills.list("id in ?1", ids);
        if (found.size() != ids.size()) {
            throw ApiProblem.unprocessable("Some skills are not on the list.",
                    List.of(FieldError.field("skillIds", "unknown skill id")));
        }
        return found;
    }

    // ---- opportunities

    @Transactional
    public OpportunityView post(String ownerSubject, OpportunityRequest request) {
        String ngoName = causes.ngoNames().get(request.ngoId());
        if (ngoName == null) {
            throw ApiProblem.unprocessable("There is no partner NGO " + request.ngoId() + ".",
                    List.of(FieldError.field("ngoId", "no partner NGO with this id")));
        }
        List<Skill> wanted = requireSkills(new LinkedHashSet<>(request.skillIds()));
        String placeText = request.placeText() == null || request.placeText().isBlank() ? null
                : request.placeText().strip();
        List<FieldError> errors = new ArrayList<>();
        if (request.placeKind() == Opportunity.PlaceKind.LOCATION && (request.locationId() == null
                || organisation.locationNames(List.of(request.locationId())).isEmpty())) {
            errors.add(FieldError.field("locationId", "a company location is required for LOCATION"));
        }
        if (request.placeKind() == Opportunity.PlaceKind.NGO_SITE && placeText == null) {
            errors.add(FieldError.field("placeText", "the NGO site is required for NGO_SITE"));
        }
        Instant now = Instant.now();
        for (int i = 0; i < request.shifts().size(); i++) {
            ShiftRequest shift = request.shifts().get(i);
            if (!shift.endsAt().isAfter(shift.startsAt())) {
                errors.add(FieldError.field("shifts[" + i + "].endsAt", "must be after startsAt"));
            }
            if (!shift.startsAt().isAfter(now)) {
                errors.add(FieldError.field("shifts[" + i + "].startsAt", "must be in the future"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.badRequest("The opportunity is not complete.", errors);
        }
        Opportunity o = new Opportunity();
        o.ngoId = request.ngoId();
        o.ownerSubject = ownerSubject;
        o.title = request.title().strip();
        o.description = request.description().strip();
        o.placeKind = request.placeKind();
        o.locationId = request.placeKind() == Opportunity.PlaceKind.LOCATION ? request.locationId() : null;
        o.placeText = placeText;
        o.createdAt = now;
        o.skills.addAll(wanted);
        opportunities.persist(o);
        for (ShiftRequest r : request.shifts()) {
            Shift shift = new Shift();
            shift.opportunity = o;
            shift.startsAt = r.startsAt();
            shift.endsAt = r.endsAt();
            shift.places = r.places();
            shifts.persist(shift);
            o.shifts.add(shift);
        }
        return view(o, null, ownerSubject, false);
    }

    /**
     * Opportunities with a shift still to come, filtered by skill, place and the local days of their shifts; those
     * wanting more of the viewer's skills first, then by their next shift's start.
     */
    public List<OpportunitySummary> list(Long viewerEmployeeId, Long skillId, Opportunity.PlaceKind placeKind,
                                         Long locationId, LocalDate from, LocalDate to) {
        Instant now = Instant.now();
        List<Opportunity> candidates = opportunities.withShiftsAfter(now).stream()
                .filter(o -> skillId == null || o.skills.stream().anyMatch(s -> s.id.equals(skillId)))
                .filter(o -> placeKind == null || o.placeKind == placeKind)
                .filter(o -> locationId == null || locationId.equals(o.locationId))
                .toList();
        Map<Long, List<Shift>> upcoming = shifts.ofOpportunities(candidates.stream().map(o -> o.id).toList(), now)
                .stream().filter(s -> inDays(s, from, to))
                .collect(Collectors.groupingBy(s -> s.opportunity.id));
        Map<Long, long[]> counts = counts(upcoming.values().stream().flatMap(List::stream).map(s -> s.id).toList());
        Set<Long> mine = mySkillIds(viewerEmployeeId);
        Map<Long, String> ngos = causes.ngoNames();
        Map<Long, String> locations = organisation.locationNames(candidates.stream().map(o -> o.locationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<OpportunitySummary> list = new ArrayList<>();
        for (Opportunity o : candidates) {
            List<Shift> next = upcoming.get(o.id);
            if (next == null) {
                continue;
            }
            long free = next.stream().mapToLong(s -> Math.max(0, s.places - counts.getOrDefault(s.id, new long[2])[0]))
                    .sum();
            list.add(new OpportunitySummary(o.id, o.title, new Ref(o.ngoId, ngos.get(o.ngoId)), o.placeKind,
                    location(o, locations), o.placeText, skillRefs(o), matched(o, mine),
                    next.getFirst().startsAt, next.size(), free));
        }
        list.sort(Comparator.comparingInt((OpportunitySummary s) -> -s.matchedSkills().size())
                .thenComparing(OpportunitySummary::nextShiftStartsAt)
                .thenComparingLong(OpportunitySummary::id));
        return list.size() > LIST_LIMIT ? list.subList(0, LIST_LIMIT) : list;
    }

    private static boolean inDays(Shift s, LocalDate from, LocalDate to) {
        LocalDate day = LocalDate.ofInstant(s.startsAt, LedgerService.ZONE);
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    @Transactional
    public OpportunityView get(long id, Long viewerEmployeeId, String viewerSubject, boolean admin) {
        Opportunity o = opportunities.findWithSkills(id)
                .orElseThrow(() -> ApiProblem.notFound("There is no opportunity " + id + "."));
        return view(o, viewerEmployeeId, viewerSubject, admin);
    }

    private OpportunityView view(Opportunity o, Long viewerEmployeeId, String viewerSubject, boolean admin) {
        boolean mine = o.ownerSubject.equals(viewerSubject);
        List<Shift> all = shifts.list("opportunity.id = ?1 order by startsAt, id", o.id);
        List<Signup> active = signups.active(all.stream().map(s -> s.id).toList());
        Map<Long, List<Signup>> byShift = active.stream().collect(Collectors.groupingBy(s -> s.shiftId));
        Map<Long, String> names = mine || admin
                ? organisation.names(active.stream().map(s -> s.employeeId).collect(Collectors.toSet())) : Map.of();
        List<OpportunityView.ShiftView> shiftViews = new ArrayList<>();
        for (Shift shift : all) {
            List<Signup> list = byShift.getOrDefault(shift.id, List.of());
            long confirmed = list.stream().filter(s -> s.status == Signup.Status.CONFIRMED).count();
            Signup own = viewerEmployeeId == null ? null
                    : list.stream().filter(s -> s.employeeId == viewerEmployeeId).findFirst().orElse(null);
            List<OpportunityView.Volunteer> volunteers = null;
            if (mine || admin) {
                volunteers = list.stream().map(s -> new OpportunityView.Volunteer(names.get(s.employeeId), s.status,
                        position(list, s))).toList();
            }
            shiftViews.add(new OpportunityView.ShiftView(shift.id, shift.startsAt, shift.endsAt, shift.places,
                    confirmed, list.size() - confirmed, own == null ? null : own.status,
                    own == null ? null : position(list, own), volunteers));
        }
        Map<Long, String> locations = o.locationId == null ? Map.of() : organisation.locationNames(List.of(o.locationId));
        return new OpportunityView(o.id, o.title, o.description, new Ref(o.ngoId, causes.ngoNames().get(o.ngoId)),
                o.placeKind, location(o, locations), o.placeText, skillRefs(o), matched(o, mySkillIds(viewerEmployeeId)),
                mine, shiftViews, o.createdAt);
    }

    /** Place in the waiting list (1 = next in line) of a waiting sign-up among a shift's active ones; else null. */
    private static Integer position(List<Signup> activeOfShift, Signup signup) {
        if (signup.status != Signup.Status.WAITING) {
            return null;
        }
        return (int) activeOfShift.stream().filter(s -> s.status == Signup.Status.WAITING && s.queueNo < signup.queueNo)
                .count() + 1;
    }

    private Set<Long> mySkillIds(Long employeeId) {
        return employeeId == null ? Set.of()
                : skills.ofEmployee(employeeId).stream().map(s -> s.id).collect(Collectors.toSet());
    }

    private static List<Ref> skillRefs(Opportunity o) {
        return o.skills.stream().map(VolunteeringService::ref).sorted(Comparator.comparing(Ref::name)).toList();
    }

    private static List<Ref> matched(Opportunity o, Set<Long> mine) {
        return o.skills.stream().filter(s -> mine.contains(s.id)).map(VolunteeringService::ref)
                .sorted(Comparator.comparing(Ref::name)).toList();
    }

    private static Ref location(Opportunity o, Map<Long, String> names) {
        return o.locationId == null ? null : new Ref(o.locationId, names.get(o.locationId));
    }

    /** Confirmed and waiting counts per shift. */
    private Map<Long, long[]> counts(List<Long> shiftIds) {
        Map<Long, long[]> counts = new HashMap<>();
        for (Signup s : signups.active(shiftIds)) {
            counts.computeIfAbsent(s.shiftId, k -> new long[2])[s.status == Signup.Status.CONFIRMED ? 0 : 1]++;
        }
        return counts;
    }

    // ---- sign-ups

    /**
     * Signs the employee up: a place while the shift has one, else the end of the waiting list. The shift's row is
     * locked first, so parallel sign-ups for the last place take turns and it is never overbooked.
     */
    @Transactional
    public SignupView signUp(long shiftId, long employeeId) {
        Shift shift = shifts.lock(shiftId).orElseThrow(() -> noShift(shiftId));
        Instant now = Instant.now();
        if (!shift.startsAt.isAfter(now)) {
            throw ApiProblem.conflict("The shift has started; sign-ups are closed.");
        }
        Signup signup = signups.of(shiftId, employeeId).orElse(null);
        if (signup != null && signup.status != Signup.Status.WITHDRAWN) {
            throw ApiProblem.conflict("You are signed up for this shift already.");
        }
        if (signup == null) {
            signup = new Signup();
            signup.shiftId = shiftId;
            signup.employeeId = employeeId;
            signup.createdAt = now;
        }
        signup.status = signups.confirmed(shiftId) < shift.places ? Signup.Status.CONFIRMED : Signup.Status.WAITING;
        signup.queueNo = signups.lastQueueNo(shiftId) + 1;
        signup.updatedAt = now;
        if (signup.id == null) {
            signups.persist(signup);
        }
        return signupView(shift, signup);
    }

    /**
     * Withdraws the employee's sign-up; a freed place goes to the first in the waiting list in the same
     * transaction, under the shift's lock.
     */
    @Transactional
    public SignupView withdraw(long shiftId, long employeeId) {
        Shift shift = shifts.lock(shiftId).orElseThrow(() -> noShift(shiftId));
        Signup signup = signups.of(shiftId, employeeId).filter(s -> s.status != Signup.Status.WITHDRAWN)
                .orElseThrow(() -> ApiProblem.notFound("You are not signed up for shift " + shiftId + "."));
        Instant now = Instant.now();
        boolean freesPlace = signup.status == Signup.Status.CONFIRMED;
        signup.status = Signup.Status.WITHDRAWN;
        signup.updatedAt = now;
        if (freesPlace) {
            signups.flush();
            long confirmed = signups.confirmed(shiftId);
            for (Signup next : signups.waiting(shiftId)) {
                if (confirmed >= shift.places) {
                    break;
                }
                next.status = Signup.Status.CONFIRMED;
                next.updatedAt = now;
                confirmed++;
            }
        }
        return signupView(shift, signup);
    }

    private SignupView signupView(Shift shift, Signup signup) {
        signups.flush();
        Integer position = signup.status == Signup.Status.WAITING
                ? position(signups.active(List.of(shift.id)), signup) : null;
        Opportunity o = shift.opportunity;
        return new SignupView(shift.id, o.id, o.title, shift.startsAt, shift.endsAt, place(o, null), signup.status,
                position);
    }

    /** The employee's confirmed and waiting shifts, soonest first. */
    @Transactional
    public List<SignupView> myShifts(long employeeId) {
        List<Signup> mine = signups.activeOf(employeeId);
        Map<Long, Signup> byShift = mine.stream().collect(Collectors.toMap(s -> s.shiftId, s -> s));
        List<Shift> list = shifts.withOpportunity(byShift.keySet());
        Map<Long, List<Signup>> activeByShift = signups.active(byShift.keySet()).stream()
                .collect(Collectors.groupingBy(s -> s.shiftId));
        Map<Long, String> locations = organisation.locationNames(list.stream().map(s -> s.opportunity.locationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream().map(shift -> {
            Signup signup = byShift.get(shift.id);
            return new SignupView(shift.id, shift.opportunity.id, shift.opportunity.title, shift.startsAt,
                    shift.endsAt, place(shift.opportunity, locations), signup.status,
                    position(activeByShift.get(shift.id), signup));
        }).toList();
    }

    /** The employee's confirmed shifts as an iCalendar file, one event each. */
    @Transactional
    public String myShiftsCalendar(long employeeId) {
        List<SignupView> confirmed = myShifts(employeeId).stream()
                .filter(s -> s.status() == Signup.Status.CONFIRMED).toList();
        Map<Long, String> descriptions = confirmed.isEmpty() ? Map.of()
                : opportunities.list("id in ?1", confirmed.stream().map(SignupView::opportunityId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(o -> o.id, o -> o.description));
        List<ICalendar.Event> events = confirmed.stream().map(s -> new ICalendar.Event(
                "kollekt-shift-" + s.shiftId() + "-" + employeeId + "@kollekt", s.startsAt(), s.endsAt(), s.title(),
                s.place(), descriptions.get(s.opportunityId()))).toList();
        return ICalendar.of("Kollekt", events, Instant.now());
    }

    private String place(Opportunity o, Map<Long, String> locations) {
        return switch (o.placeKind) {
            case LOCATION -> (locations == null ? organisation.locationNames(List.of(o.locationId)) : locations)
                    .get(o.locationId);
            case NGO_SITE -> o.placeText;
            case REMOTE -> o.placeText == null ? "Remote" : "Remote (" + o.placeText + ")";
        };
    }

    private static ApiProblem noShift(long id) {
        return ApiProblem.notFound("There is no shift " + id + ".");
    }

    // ---- hours

    /**
     * Logs hours for the employee, counted for the department they were in on that day. At most 24 hours per
     * person and day over every log that is not rejected: the person's day is locked while it is checked.
     */
    @Transactional
    public HourLogView log(long employeeId, HourRequest request) {
        HourLog log = new HourLog();
        log.employeeId = employeeId;
        log.status = HourLog.Status.SUBMITTED;
        log.createdAt = Instant.now();
        fill(log, request);
        hours.persist(log);
        return view(log, null);
    }

    /** Changes the employee's own submitted hours; approved or rejected hours are final (409). */
    @Transactional
    public HourLogView edit(long id, long employeeId, HourRequest request) {
        HourLog log = hours.lock(id).filter(h -> h.employeeId == employeeId).orElseThrow(() -> noLog(id));
        if (log.status != HourLog.Status.SUBMITTED) {
            throw ApiProblem.conflict("These hours are " + log.status.name().toLowerCase() + " and cannot change.");
        }
        fill(log, request);
        return view(log, null);
    }

    private void fill(HourLog log, HourRequest request) {
        if ((request.opportunityId() == null) == (request.ngoId() == null)) {
            throw ApiProblem.badRequest("Log hours for an opportunity or for a partner NGO.",
                    List.of(FieldError.field("opportunityId", "give either opportunityId or ngoId")));
        }
        if (request.date().isAfter(LocalDate.now(LedgerService.ZONE))) {
            throw ApiProblem.badRequest("Hours cannot be logged for a day to come.",
                    List.of(FieldError.field("date", "must not be in the future")));
        }
        long ngoId;
        if (request.opportunityId() != null) {
            ngoId = opportunities.findByIdOptional(request.opportunityId()).map(o -> o.ngoId).orElseThrow(() ->
                    ApiProblem.unprocessable("There is no opportunity " + request.opportunityId() + ".",
                            List.of(FieldError.field("opportunityId", "no opportunity with this id"))));
        } else {
            ngoId = request.ngoId();
            if (!causes.ngoNames().containsKey(ngoId)) {
                throw ApiProblem.unprocessable("There is no partner NGO " + ngoId + ".",
                        List.of(FieldError.field("ngoId", "no partner NGO with this id")));
            }
        }
        DepartmentPlace department = organisation.departmentOn(log.employeeId, request.date())
                .orElseThrow(() -> ApiProblem.notFound("There is no employee " + log.employeeId + "."));
        hours.lockDay(log.employeeId, request.date());
        long already = hours.minutesOn(log.employeeId, request.date(), log.id);
        if (already + request.minutes() > MINUTES_PER_DAY) {
            throw ApiProblem.unprocessable("At most 24 hours a day: " + already + " minutes are logged for "
                            + request.date() + " already.",
                    List.of(FieldError.field("minutes", "more than 24 hours on this day with the other logs")));
        }
        log.workDate = request.date();
        log.minutes = request.minutes();
        log.description = request.description().strip();
        log.opportunityId = request.opportunityId();
        log.ngoId = ngoId;
        log.departmentId = department.id();
        log.locationId = department.locationId();
        log.countryCode = department.countryCode();
        log.updatedAt = Instant.now();
    }

    public List<HourLogView> myHours(long employeeId) {
        return views(hours.ofEmployee(employeeId), false);
    }

    /** One log: for the employee who logged it, or for whoever may decide on it. */
    public HourLogView hourLog(long id, Long viewerEmployeeId, Approver approver) {
        HourLog log = hours.findByIdOptional(id).orElseThrow(() -> noLog(id));
        if (viewerEmployeeId != null && log.employeeId == viewerEmployeeId) {
            return views(List.of(log), false).getFirst();
        }
        requireMayDecide(log, approver);
        return views(List.of(log), true).getFirst();
    }

    /** Submitted hours the approver may decide on, oldest day first: never their own. */
    public List<HourLogView> approvalQueue(Approver approver) {
        Set<Long> owned = opportunities.list("ownerSubject", approver.subject()).stream().map(o -> o.id)
                .collect(Collectors.toSet());
        return views(hours.submittedFor(approver.leads(), owned, approver.admin(), approver.employeeId(), LIST_LIMIT), true);
    }

    /**
     * Approves submitted hours (final). In the same transaction: the department's approved minutes of that day
     * grow, and if the country's grant policy is on, one grant (rate per hour × minutes ÷ 60, rounded half up to a
     * whole minor unit) is recorded in the ledger for the department, never for the person. The log's row is locked
     * first, so approving twice, even at once, approves and grants once (the second gets 409).
     */
    @Transactional
    public HourLogView approve(long id, Approver approver) {
        HourLog log = decidable(id, approver);
        HourLogView before = view(log, null);
        log.status = HourLog.Status.APPROVED;
        log.decidedBy = approver.subject();
        log.decidedAt = Instant.now();
        hours.addToDayTotal(log.departmentId, log.workDate, log.minutes);
        GrantPolicy policy = policies.findById(log.countryCode);
        if (policy != null && policy.enabled && policy.rateMinor > 0 && policy.projectPostId != null) {
            Money grant = Money.of(policy.rateMinor, organisation.currencyOf(log.countryCode)).times(log.minutes, 60);
            if (grant.isPositive()) {
                ContributionView contribution = ledger.record(new NewContribution(Source.VOLUNTEER_GRANT, grant,
                        NewContribution.Giver.department(log.departmentId, log.locationId, log.countryCode), false,
                        policy.projectPostId, null, "volunteer-grant:" + log.id));
                log.contributionId = contribution.id();
            }
        }
        HourLogView after = view(log, null);
        audit.record("hour-log.approved", "hour_log", log.id, before, after);
        return after;
    }

    /** Rejects submitted hours with a reason (final); they no longer count toward the day's 24 hours. */
    @Transactional
    public HourLogView reject(long id, Approver approver, String reason) {
        HourLog log = decidable(id, approver);
        HourLogView before = view(log, null);
        log.status = HourLog.Status.REJECTED;
        log.reason = reason.strip();
        log.decidedBy = approver.subject();
        log.decidedAt = Instant.now();
        HourLogView after = view(log, null);
        audit.record("hour-log.rejected", "hour_log", log.id, before, after);
        return after;
    }

    private HourLog decidable(long id, Approver approver) {
        HourLog log = hours.lock(id).orElseThrow(() -> noLog(id));
        requireMayDecide(log, approver);
        if (log.status != HourLog.Status.SUBMITTED) {
            throw ApiProblem.conflict("These hours are " + log.status.name().toLowerCase() + " already.");
        }
        return log;
    }

    /**
     * Approvers: a lead of the department the employee was in on the day of the hours, the owner of the opportunity
     * the hours are for, or an admin; never the employee themselves (403). Anyone else gets 404.
     */
    private void requireMayDecide(HourLog log, Approver approver) {
        if (approver.employeeId() != null && approver.employeeId() == log.employeeId) {
            throw new ApiProblem(403, "Forbidden", "No one approves their own hours.", null);
        }
        boolean lead = approver.leads().contains(log.departmentId);
        boolean owner = log.opportunityId != null && opportunities.findByIdOptional(log.opportunityId)
                .map(o -> o.ownerSubject.equals(approver.subject())).orElse(false);
        if (!approver.admin() && !lead && !owner) {
            throw noLog(log.id);
        }
    }

    private static ApiProblem noLog(long id) {
        return ApiProblem.notFound("There are no hours " + id + ".");
    }

    private HourLogView view(HourLog log, String employeeName) {
        Map<Long, String> ngos = causes.ngoNames();
        String title = log.opportunityId == null ? null
                : opportunities.findByIdOptional(log.opportunityId).map(o -> o.title).orElse(null);
        String department = organisation.departmentPlace(log.departmentId).map(DepartmentPlace::name).orElse(null);
        return view(log, title, ngos.get(log.ngoId), department, employeeName);
    }

    private static HourLogView view(HourLog log, String opportunityTitle, String ngoName, String departmentName,
                                    String employeeName) {
        return new HourLogView(log.id, log.workDate, log.minutes, log.description,
                log.opportunityId == null ? null : new Ref(log.opportunityId, opportunityTitle),
                new Ref(log.ngoId, ngoName), new Ref(log.departmentId, departmentName), log.status, log.reason,
                log.decidedAt, employeeName, log.contributionId, log.createdAt);
    }

    private List<HourLogView> views(List<HourLog> logs, boolean withNames) {
        if (logs.isEmpty()) {
            return List.of();
        }
        Map<Long, String> ngos = causes.ngoNames();
        Set<Long> opportunityIds = logs.stream().map(h -> h.opportunityId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> titles = opportunityIds.isEmpty() ? Map.of() : opportunities.list("id in ?1", opportunityIds)
                .stream().collect(Collectors.toMap(o -> o.id, o -> o.title));
        Map<Long, String> departments = new HashMap<>();
        for (long d : new HashSet<>(logs.stream().map(h -> h.departmentId).toList())) {
            organisation.departmentPlace(d).ifPresent(p -> departments.put(d, p.name()));
        }
        Map<Long, String> names = withNames
                ? organisation.names(logs.stream().map(h -> h.employeeId).collect(Collectors.toSet())) : Map.of();
        return logs.stream().map(h -> view(h, h.opportunityId == null ? null : titles.get(h.opportunityId), ngos.get(h.ngoId),
                departments.get(h.departmentId), names.get(h.employeeId))).toList();
    }

    // ---- personal data

    /** Every sign-up of the employee (withdrawn ones too), by the shift's start: for their data download. */
    @Transactional
    public List<SignupView> signupsOf(long employeeId) {
        Map<Long, Signup> byShift = signups.allOf(employeeId).stream()
                .collect(Collectors.toMap(s -> s.shiftId, s -> s));
        List<Shift> list = shifts.withOpportunity(byShift.keySet());
        Map<Long, String> locations = organisation.locationNames(list.stream().map(s -> s.opportunity.locationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return list.stream().map(shift -> new SignupView(shift.id, shift.opportunity.id, shift.opportunity.title,
                shift.startsAt, shift.endsAt, place(shift.opportunity, locations), byShift.get(shift.id).status, null))
                .toList();
    }

    /** Opportunities the person (by Keycloak subject) posted. */
    public List<Ref> opportunitiesPostedBy(String subject) {
        return opportunities.list("ownerSubject = ?1 order by createdAt, id", subject).stream()
                .map(o -> new Ref(o.id, o.title)).toList();
    }

    /** The person's decisions on others' hours (by Keycloak subject): which log, what, when; nothing of the others. */
    public List<HourDecision> decisionsBy(String subject) {
        return hours.list("decidedBy = ?1 order by decidedAt, id", subject).stream()
                .map(h -> new HourDecision(h.id, h.status, h.decidedAt)).toList();
    }

    /**
     * Erases the employee's volunteering data: their skills profile, their sign-ups to shifts not yet started (a
     * confirmed place goes to the first in line, as on a withdrawal), and the text of their hour logs (their
     * description, an approver's reason). Past sign-ups and the logs themselves stay, so approved hours still count.
     */
    @Transactional
    public void erase(long employeeId) {
        skills.replaceOfEmployee(employeeId, List.of());
        Instant now = Instant.now();
        for (Signup signup : signups.allOf(employeeId)) {
            Shift shift = shifts.lock(signup.shiftId).orElseThrow();
            if (!shift.startsAt.isAfter(now)) {
                continue;
            }
            if (signup.status != Signup.Status.WITHDRAWN) {
                withdraw(signup.shiftId, employeeId);
            }
            signups.delete(signup);
        }
        for (HourLog log : hours.ofEmployee(employeeId)) {
            log.description = ERASED_TEXT;
            log.reason = null;
        }
    }

    /** What an hour log's description says once its employee's personal data is erased. */
    static final String ERASED_TEXT = "[erased]";

    // ---- grant policy

    public List<GrantPolicyView> grantPolicies() {
        return policies.listAll().stream().sorted(Comparator.comparing(p -> p.countryCode)).map(this::view).toList();
    }

    @Transactional
    public GrantPolicyView setGrantPolicy(String countryCode, GrantPolicyRequest request) {
        GrantPolicy policy = policies.findByIdOptional(countryCode)
                .orElseThrow(() -> ApiProblem.notFound("There is no country " + countryCode + "."));
        if (request.projectPostId() != null) {
            causes.requireActivePost(request.projectPostId(), "projectPostId");
        } else if (request.enabled()) {
            throw ApiProblem.badRequest("A grant that is on needs a project post.",
                    List.of(FieldError.field("projectPostId", "required when enabled")));
        }
        if (request.enabled() && request.rateMinor() == 0) {
            throw ApiProblem.badRequest("A grant that is on needs a rate.",
                    List.of(FieldError.field("rateMinor", "must be positive when enabled")));
        }
        policy.enabled = request.enabled();
        policy.rateMinor = request.rateMinor();
        policy.projectPostId = request.projectPostId();
        policy.updatedAt = Instant.now();
        return view(policy);
    }

    private GrantPolicyView view(GrantPolicy p) {
        return new GrantPolicyView(p.countryCode, organisation.currencyOf(p.countryCode), p.enabled, p.rateMinor,
                p.projectPostId, p.updatedAt);
    }

    // ---- metrics for boards and totals

    /** Approved minutes per department (id → minutes) over the local days from {@code from} to {@code to} inclusive. */
    public Map<Long, Long> approvedMinutesByDepartment(LocalDate from, LocalDate to) {
        return hours.approvedMinutesByDepartment(from, to);
    }

    /** Approved minutes per partner NGO (id → minutes) over the days from {@code from} to {@code to} inclusive. */
    public Map<Long, Long> approvedMinutesByNgo(LocalDate from, LocalDate to) {
        return hours.approvedMinutesByNgo(from, to);
    }

    private static Ref ref(Skill s) {
        return new Ref(s.id, s.name);
    }
}
