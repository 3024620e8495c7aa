-- Individuals on boards: only employees who chose to be shown appear, ranked by what they raised themselves.

ALTER TABLE employee ADD COLUMN shown_on_boards BOOLEAN NOT NULL DEFAULT FALSE;

-- Per employee and day, the money raised (donations, sponsorships, collections) they gave under their own name:
-- anonymous gifts count for their department but never on their own line.
ALTER TABLE ledger_participant
    ADD COLUMN named_pledged_minor   BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN named_collected_minor BIGINT NOT NULL DEFAULT 0,
    ADD INDEX ix_participant_employee (employee_id, day);

UPDATE ledger_participant p
    JOIN (SELECT c.department_id, DATE(c.created_at + INTERVAL
                     -- Europe/Copenhagen without time zone tables: UTC+2 from 01:00 UTC on the last Sunday of
                     -- March to 01:00 UTC on the last Sunday of October, else UTC+1 (EU rules since 1996).
                     IF(c.created_at >= LAST_DAY(CONCAT(YEAR(c.created_at), '-03-01'))
                            - INTERVAL (DAYOFWEEK(LAST_DAY(CONCAT(YEAR(c.created_at), '-03-01'))) - 1) DAY + INTERVAL 1 HOUR
                        AND c.created_at < LAST_DAY(CONCAT(YEAR(c.created_at), '-10-01'))
                            - INTERVAL (DAYOFWEEK(LAST_DAY(CONCAT(YEAR(c.created_at), '-10-01'))) - 1) DAY + INTERVAL 1 HOUR,
                        2, 1) HOUR) AS day,
                 c.giver_employee_id AS employee_id,
                 SUM(c.reporting_amount_minor) AS pledged,
                 SUM(CASE WHEN c.status = 'COLLECTED' THEN c.reporting_amount_minor ELSE 0 END) AS collected
          FROM contribution c
          WHERE c.status <> 'CANCELLED' AND c.anonymous = FALSE AND c.giver_employee_id IS NOT NULL
            AND c.department_id IS NOT NULL
            AND c.source IN ('DONATION', 'SPONSORSHIP', 'DEPARTMENT_COLLECTION')
          GROUP BY c.department_id, day, c.giver_employee_id) s
    ON s.department_id = p.department_id AND s.day = p.day AND s.employee_id = p.employee_id
SET p.named_pledged_minor = s.pledged, p.named_collected_minor = s.collected;
