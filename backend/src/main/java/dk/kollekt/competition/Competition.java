package dk.kollekt.competition;

import dk.kollekt.leaderboard.Metric;
import dk.kollekt.leaderboard.Ranking;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A competition between departments over whole local days; its board is a view of the ledger's totals. */
@Entity
@Table(name = "competition")
public class Competition {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionScope")
    public enum Scope { DEPARTMENTS, LOCATIONS, COUNTRIES }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public String description;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    public Scope scope;

    @Enumerated(EnumType.STRING)
    public Metric metric;

    @Enumerated(EnumType.STRING)
    public Ranking ranking;

    public Long goal;

    @Column(name = "created_by_employee_id")
    public long createdByEmployeeId;

    @Column(name = "cancelled_reason")
    public String cancelledReason;

    /** Participants are fixed once the competition has started. */
    public boolean frozen;

    @Column(name = "created_at")
    public Instant createdAt;

    @ElementCollection
    @CollectionTable(name = "competition_scope", joinColumns = @JoinColumn(name = "competition_id"))
    @Column(name = "scope_id")
    public Set<String> scopeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "competition_participant", joinColumns = @JoinColumn(name = "competition_id"))
    @Column(name = "department_id")
    public Set<Long> participants = new HashSet<>();
}
