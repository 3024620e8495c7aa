-- Running totals of the ledger per department, kept in the same transaction as every contribution and status
-- change, so boards read a few rows per department instead of scanning contributions.
-- Amounts are reporting-currency minor units: pledged = not cancelled (pledged or collected); collected = collected.

CREATE TABLE ledger_day_total (
    department_id   BIGINT      NOT NULL,
    day             DATE        NOT NULL,
    source          VARCHAR(32) NOT NULL,
    pledged_minor   BIGINT      NOT NULL DEFAULT 0,
    collected_minor BIGINT      NOT NULL DEFAULT 0,
    contributions   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (department_id, day, source),
    INDEX ix_day_total_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_month_total (
    department_id   BIGINT      NOT NULL,
    month           DATE        NOT NULL,
    source          VARCHAR(32) NOT NULL,
    pledged_minor   BIGINT      NOT NULL DEFAULT 0,
    collected_minor BIGINT      NOT NULL DEFAULT 0,
    contributions   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (department_id, month, source),
    INDEX ix_month_total_month (month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who gave, per department and day (not-cancelled contributions counted), for "share of employees taking part".
CREATE TABLE ledger_participant (
    department_id BIGINT NOT NULL,
    day           DATE   NOT NULL,
    employee_id   BIGINT NOT NULL,
    contributions INT    NOT NULL DEFAULT 0,
    PRIMARY KEY (department_id, day, employee_id),
    INDEX ix_participant_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
