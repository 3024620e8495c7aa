package dk.kollekt.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A company matching rule: ratio, cap per employee and calendar year, qualifying sources, period and budget. */
@Entity
@Table(name = "match_rule")
public class MatchRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ratio_numerator")
    public int ratioNumerator;

    @Column(name = "ratio_denominator")
    public int ratioDenominator;

    @Column(name = "cap_per_employee_minor")
    public long capPerEmployeeMinor;

    /** Qualifying sources, comma separated. */
    public String sources;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "budget_minor")
    public long budgetMinor;

    @Column(name = "used_minor")
    public long usedMinor;

    public boolean active;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    Set<Source> sourceSet() {
        return sources.isBlank() ? EnumSet.noneOf(Source.class) : Arrays.stream(sources.split(","))
                .map(Source::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Source.class)));
    }
}
