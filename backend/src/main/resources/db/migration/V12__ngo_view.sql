-- The NGO's view: running totals per day (and month), project post, source, department, location and country,
-- kept by the ledger like the board totals but for every contribution (company money with no department too);
-- the corporate donation and its split proposals; company matching rules and what they have used.
-- department_id and location_id are 0 and country_code '' for contributions that belong to none.

CREATE TABLE ledger_post_day_total (
    day             DATE        NOT NULL,
    project_post_id BIGINT      NOT NULL,
    source          VARCHAR(32) NOT NULL,
    department_id   BIGINT      NOT NULL,
    location_id     BIGINT      NOT NULL,
    country_code    CHAR(2)     NOT NULL,
    pledged_minor   BIGINT      NOT NULL DEFAULT 0,
    collected_minor BIGINT      NOT NULL DEFAULT 0,
    contributions   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (day, project_post_id, source, department_id, location_id, country_code),
    INDEX ix_post_day_department (department_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ledger_post_month_total (
    month           DATE        NOT NULL,
    project_post_id BIGINT      NOT NULL,
    source          VARCHAR(32) NOT NULL,
    department_id   BIGINT      NOT NULL,
    location_id     BIGINT      NOT NULL,
    country_code    CHAR(2)     NOT NULL,
    pledged_minor   BIGINT      NOT NULL DEFAULT 0,
    collected_minor BIGINT      NOT NULL DEFAULT 0,
    contributions   INT         NOT NULL DEFAULT 0,
    PRIMARY KEY (month, project_post_id, source, department_id, location_id, country_code),
    INDEX ix_post_month_department (department_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Backfill from the contributions written before this migration. created_at is UTC; the local day is
-- Europe/Copenhagen, summer time (UTC+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
-- of October, else UTC+1 (computed here because the server may have no time-zone tables).
INSERT INTO ledger_post_day_total (day, project_post_id, source, department_id, location_id, country_code,
                                   pledged_minor, collected_minor, contributions)
SELECT DATE(c.created_at + INTERVAL IF(c.created_at >= TIMESTAMP(c.march - INTERVAL (DAYOFWEEK(c.march) - 1) DAY,
               '01:00:00') AND c.created_at < TIMESTAMP(c.october - INTERVAL (DAYOFWEEK(c.october) - 1) DAY,
               '01:00:00'), 2, 1) HOUR),
       c.project_post_id, c.source, COALESCE(c.department_id, 0), COALESCE(c.location_id, 0),
       COALESCE(c.country_code, ''), SUM(c.reporting_amount_minor),
       SUM(CASE WHEN c.status = 'COLLECTED' THEN c.reporting_amount_minor ELSE 0 END), COUNT(*)
FROM (SELECT created_at, project_post_id, source, department_id, location_id, country_code, reporting_amount_minor,
             status, DATE(CONCAT(YEAR(created_at), '-03-31')) AS march,
             DATE(CONCAT(YEAR(created_at), '-10-31')) AS october
      FROM contribution WHERE status <> 'CANCELLED') c
GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO ledger_post_month_total (month, project_post_id, source, department_id, location_id, country_code,
                                     pledged_minor, collected_minor, contributions)
SELECT DATE_FORMAT(day, '%Y-%m-01'), project_post_id, source, department_id, location_id, country_code,
       SUM(pledged_minor), SUM(collected_minor), SUM(contributions)
FROM ledger_post_day_total
GROUP BY 1, 2, 3, 4, 5, 6;

-- The company's donation for a year, and every proposal of its split across project posts with its decision.
CREATE TABLE corporate_donation (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    year          INT         NOT NULL,
    amount_minor  BIGINT      NOT NULL,
    currency      CHAR(3)     NOT NULL,
    registered_by VARCHAR(64) NOT NULL,
    registered_at DATETIME(6) NOT NULL,
    CONSTRAINT uq_corporate_donation_year UNIQUE (year),
    CONSTRAINT ck_corporate_donation_amount CHECK (amount_minor > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE corporate_split (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    donation_id      BIGINT        NOT NULL,
    state            VARCHAR(16)   NOT NULL,
    note             VARCHAR(1000) NULL,
    proposed_by      VARCHAR(64)   NOT NULL,
    proposed_at      DATETIME(6)   NOT NULL,
    decided_by       VARCHAR(64)   NULL,
    decided_at       DATETIME(6)   NULL,
    decision_comment VARCHAR(1000) NULL,
    replaced_at      DATETIME(6)   NULL,
    CONSTRAINT fk_split_donation FOREIGN KEY (donation_id) REFERENCES corporate_donation (id),
    CONSTRAINT ck_split_state CHECK (state IN ('PROPOSED', 'APPROVED', 'RETURNED', 'REPLACED')),
    INDEX ix_split_donation (donation_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE corporate_split_part (
    split_id        BIGINT NOT NULL,
    project_post_id BIGINT NOT NULL,
    amount_minor    BIGINT NOT NULL,
    contribution_id BIGINT NULL,
    PRIMARY KEY (split_id, project_post_id),
    CONSTRAINT fk_part_split FOREIGN KEY (split_id) REFERENCES corporate_split (id),
    CONSTRAINT fk_part_post FOREIGN KEY (project_post_id) REFERENCES project_post (id),
    CONSTRAINT fk_part_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    CONSTRAINT ck_part_amount CHECK (amount_minor > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Company matching: rules (ratio, cap per employee and calendar year, sources, period, budget) and their use.
CREATE TABLE match_rule (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ratio_numerator        INT          NOT NULL,
    ratio_denominator      INT          NOT NULL,
    cap_per_employee_minor BIGINT       NOT NULL,
    sources                VARCHAR(200) NOT NULL,
    valid_from             DATE         NOT NULL,
    valid_to               DATE         NOT NULL,
    budget_minor           BIGINT       NOT NULL,
    used_minor             BIGINT       NOT NULL DEFAULT 0,
    active                 BOOLEAN      NOT NULL DEFAULT TRUE,
    created_by             VARCHAR(64)  NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    CONSTRAINT ck_match_rule_budget CHECK (used_minor >= 0 AND used_minor <= budget_minor)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE match_employee_use (
    rule_id     BIGINT NOT NULL,
    employee_id BIGINT NOT NULL,
    year        INT    NOT NULL,
    used_minor  BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (rule_id, employee_id, year),
    CONSTRAINT fk_match_use_rule FOREIGN KEY (rule_id) REFERENCES match_rule (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which contribution a match was written for, so a refund of the original cancels it and gives back budget and cap.
CREATE TABLE match_grant (
    contribution_id       BIGINT NOT NULL PRIMARY KEY,
    match_contribution_id BIGINT NOT NULL,
    rule_id               BIGINT NOT NULL,
    employee_id           BIGINT NOT NULL,
    year                  INT    NOT NULL,
    amount_minor          BIGINT NOT NULL,
    released_at           DATETIME(6) NULL,
    CONSTRAINT fk_match_grant_rule FOREIGN KEY (rule_id) REFERENCES match_rule (id),
    CONSTRAINT fk_match_grant_original FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    CONSTRAINT fk_match_grant_match FOREIGN KEY (match_contribution_id) REFERENCES contribution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
