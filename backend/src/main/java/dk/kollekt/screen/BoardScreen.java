package dk.kollekt.screen;

import dk.kollekt.leaderboard.Level;
import dk.kollekt.leaderboard.Metric;
import dk.kollekt.leaderboard.Period;
import dk.kollekt.leaderboard.Ranking;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A read-only link to one board for a canteen screen: opened without a login, until revoked. */
@Entity
@Table(name = "board_screen")
public class BoardScreen {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String token;

    public String title;

    @Column(name = "competition_id")
    public Long competitionId;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Enumerated(EnumType.STRING)
    public Metric metric;

    @Enumerated(EnumType.STRING)
    public Ranking ranking;

    @Enumerated(EnumType.STRING)
    public Period period;

    @Column(name = "created_by_employee_id")
    public long createdByEmployeeId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
