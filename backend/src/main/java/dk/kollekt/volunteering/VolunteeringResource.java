package dk.kollekt.volunteering;

import dk.kollekt.common.Caller;
import dk.kollekt.common.Ref;
import dk.kollekt.common.Role;
import dk.kollekt.organisation.Placement;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Volunteering: skills, opportunities and their shifts, sign-ups, logged hours, approvals and the grant policy. */
@Path("/volunteering")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Volunteering")
public class VolunteeringResource {

    @Inject
    VolunteeringService volunteering;
    @Inject
    Caller caller;

    @GET
    @Path("/skills")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "listSkills", summary = "The shared skill list")
    public List<Ref> skills() {
        return volunteering.skills();
    }

    @POST
    @Path("/skills")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "addSkill", summary = "Add a skill to the shared list (NGO staff, admins)")
    @APIResponse(responseCode = "201", description = "The new skill",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Ref.class)))
    @APIResponse(responseCode = "409", description = "A skill of that name exists")
    public RestResponse<Ref> addSkill(@Valid @NotNull SkillRequest request) {
        Ref skill = volunteering.addSkill(request);
        return RestResponse.status(RestResponse.Status.CREATED, skill);
    }

    @GET
    @Path("/my-skills")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "getMySkills", summary = "My skills profile")
    public List<Ref> mySkills() {
        return volunteering.skillsOf(caller.employee().employeeId());
    }

    @PUT
    @Path("/my-skills")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "setMySkills", summary = "Replace my skills profile")
    @APIResponse(responseCode = "200", description = "The profile now")
    @APIResponse(responseCode = "422", description = "A skill is not on the list")
    public List<Ref> setMySkills(@Valid @NotNull SkillsProfileRequest request) {
        return volunteering.setSkills(caller.employee().employeeId(), request.skillIds());
    }

    @GET
    @Path("/opportunities")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "listOpportunities",
            summary = "Opportunities with shifts to come: those wanting more of my skills first, then the soonest")
    public List<OpportunitySummary> opportunities(
            @Parameter(description = "Only those wanting this skill") @QueryParam("skill") @Positive Long skillId,
            @QueryParam("placeKind") Opportunity.PlaceKind placeKind,
            @Parameter(description = "Only those at this company location") @QueryParam("locationId") @Positive Long locationId,
            @Parameter(description = "Only shifts starting on or after this local day") @QueryParam("from") LocalDate from,
            @Parameter(description = "Only shifts starting on or before this local day") @QueryParam("to") LocalDate to) {
        Long me = caller.placement().map(Placement::employeeId).orElse(null);
        return volunteering.list(me, skillId, placeKind, locationId, from, to);
    }

    @POST
    @Path("/opportunities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"ngo", "admin"})
    @Operation(operationId = "postOpportunity", summary = "Post a volunteer need with its shifts (NGO staff, admins)")
    @APIResponse(responseCode = "201", description = "The opportunity; its poster runs it and approves its hours",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "422", description = "Unknown NGO or skill")
    public RestResponse<OpportunityView> post(@Valid @NotNull OpportunityRequest request) {
        OpportunityView posted = volunteering.post(caller.subject(), request);
        return RestResponse.ResponseBuilder.<OpportunityView>created(URI.create("/api/volunteering/opportunities/" + posted.id()))
                .entity(posted).build();
    }

    @GET
    @Path("/opportunities/{id}")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "getOpportunity",
            summary = "An opportunity with its shifts, my sign-ups and, for its owner and admins, who signed up")
    public OpportunityView opportunity(@PathParam("id") @Positive long id) {
        Long me = caller.placement().map(Placement::employeeId).orElse(null);
        return volunteering.get(id, me, caller.subject(), caller.is(Role.admin));
    }

    @POST
    @Path("/shifts/{shiftId}/signup")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "signUpForShift",
            summary = "Sign up for a shift: a place if one is free, else the waiting list")
    @APIResponse(responseCode = "200", description = "CONFIRMED, or WAITING with my position",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignupView.class)))
    @APIResponse(responseCode = "409", description = "Signed up already, or the shift has started")
    public SignupView signUp(@PathParam("shiftId") @Positive long shiftId) {
        return volunteering.signUp(shiftId, caller.employee().employeeId());
    }

    @POST
    @Path("/shifts/{shiftId}/withdraw")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "withdrawFromShift",
            summary = "Withdraw from a shift; the first in the waiting list gets the place")
    @APIResponse(responseCode = "200", description = "The sign-up, now WITHDRAWN")
    public SignupView withdraw(@PathParam("shiftId") @Positive long shiftId) {
        return volunteering.withdraw(shiftId, caller.employee().employeeId());
    }

    @GET
    @Path("/my-shifts")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "listMyShifts", summary = "My confirmed and waiting shifts")
    public List<SignupView> myShifts() {
        return volunteering.myShifts(caller.employee().employeeId());
    }

    @GET
    @Path("/my-shifts.ics")
    @Produces("text/calendar")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "downloadMyShiftsCalendar", summary = "My confirmed shifts as an iCalendar file")
    @APIResponse(responseCode = "200", description = "One event per confirmed shift, times in UTC",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    public RestResponse<String> myShiftsCalendar() {
        return RestResponse.ResponseBuilder.ok(volunteering.myShiftsCalendar(caller.employee().employeeId()),
                        "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"kollekt-shifts.ics\"").build();
    }

    @POST
    @Path("/hours")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "logHours", summary = "Log volunteer hours, for an opportunity or a partner NGO")
    @APIResponse(responseCode = "201", description = "The hours, submitted for approval",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HourLogView.class)))
    @APIResponse(responseCode = "422", description = "Over 24 hours that day, or unknown opportunity or NGO")
    public RestResponse<HourLogView> logHours(@Valid @NotNull HourRequest request) {
        HourLogView logged = volunteering.log(caller.employee().employeeId(), request);
        return RestResponse.ResponseBuilder.<HourLogView>created(URI.create("/api/volunteering/hours/" + logged.id()))
                .entity(logged).build();
    }

    @GET
    @Path("/hours/{id}")
    @RolesAllowed({"employee", "lead", "ngo", "admin"})
    @Operation(operationId = "getHours", summary = "Logged hours: mine, or hours I may decide on")
    public HourLogView hours(@PathParam("id") @Positive long id) {
        return volunteering.hourLog(id, caller.placement().map(Placement::employeeId).orElse(null), approver());
    }

    @PUT
    @Path("/hours/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "editHours", summary = "Change my hours while they await approval")
    @APIResponse(responseCode = "200", description = "The changed hours")
    @APIResponse(responseCode = "409", description = "Approved or rejected hours are final")
    @APIResponse(responseCode = "422", description = "Over 24 hours that day, or unknown opportunity or NGO")
    public HourLogView editHours(@PathParam("id") @Positive long id, @Valid @NotNull HourRequest request) {
        return volunteering.edit(id, caller.employee().employeeId(), request);
    }

    @GET
    @Path("/my-hours")
    @RolesAllowed({"employee", "lead", "admin"})
    @Operation(operationId = "listMyHours", summary = "My logged hours, newest day first")
    public List<HourLogView> myHours() {
        return volunteering.myHours(caller.employee().employeeId());
    }

    @GET
    @Path("/approvals")
    @RolesAllowed({"lead", "ngo", "admin"})
    @Operation(operationId = "listHoursToApprove",
            summary = "Submitted hours I may decide on: my departments' (leads), my opportunities' (owners), all (admins)")
    public List<HourLogView> approvals() {
        return volunteering.approvalQueue(approver());
    }

    @POST
    @Path("/hours/{id}/approve")
    @RolesAllowed({"lead", "ngo", "admin"})
    @Operation(operationId = "approveHours",
            summary = "Approve hours (final); with the grant policy on, the company's grant enters the ledger")
    @APIResponse(responseCode = "200", description = "The approved hours")
    @APIResponse(responseCode = "409", description = "Decided already")
    @APIResponse(responseCode = "422", description = "The grant cannot be recorded (closed project post, no exchange rate)")
    public HourLogView approve(@PathParam("id") @Positive long id) {
        return volunteering.approve(id, approver());
    }

    @POST
    @Path("/hours/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"lead", "ngo", "admin"})
    @Operation(operationId = "rejectHours", summary = "Reject hours with a reason (final)")
    @APIResponse(responseCode = "200", description = "The rejected hours")
    @APIResponse(responseCode = "409", description = "Decided already")
    public HourLogView reject(@PathParam("id") @Positive long id, @Valid @NotNull RejectRequest request) {
        return volunteering.reject(id, approver(), request.reason());
    }

    @GET
    @Path("/grant-policies")
    @RolesAllowed("admin")
    @Operation(operationId = "listGrantPolicies", summary = "The company's grant per approved hour, per country")
    public List<GrantPolicyView> grantPolicies() {
        return volunteering.grantPolicies();
    }

    @PUT
    @Path("/grant-policies/{countryCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    @Operation(operationId = "setGrantPolicy", summary = "Turn a country's grant per approved hour on or off, set its rate")
    @APIResponse(responseCode = "200", description = "The policy now")
    @APIResponse(responseCode = "422", description = "No open project post with that id")
    public GrantPolicyView setGrantPolicy(
            @PathParam("countryCode") @Pattern(regexp = "[A-Z]{2}", message = "must be a country code") @Size(max = 2) String countryCode,
            @Valid @NotNull GrantPolicyRequest request) {
        return volunteering.setGrantPolicy(countryCode, request);
    }

    private VolunteeringService.Approver approver() {
        Placement placement = caller.placement().orElse(null);
        return new VolunteeringService.Approver(caller.subject(), placement == null ? null : placement.employeeId(),
                placement == null ? java.util.Set.of()
                        : placement.leads().stream().map(Ref::id).collect(Collectors.toSet()),
                caller.is(Role.admin));
    }
}
