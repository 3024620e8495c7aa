-- Competitions between departments: a view over the ledger's totals during a period. They hold no money.

CREATE TABLE competition (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                   VARCHAR(120)  NOT NULL,
    description            VARCHAR(2000) NULL,
    starts_on              DATE          NOT NULL,
    ends_on                DATE          NOT NULL,
    scope                  VARCHAR(16)   NOT NULL,
    metric                 VARCHAR(24)   NOT NULL,
    ranking                VARCHAR(16)   NOT NULL,
    goal                   BIGINT        NULL,
    created_by_employee_id BIGINT        NOT NULL,
    cancelled_reason       VARCHAR(500)  NULL,
    frozen                 BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at             DATETIME(6)   NOT NULL,
    CONSTRAINT ck_competition_period CHECK (ends_on >= starts_on),
    CONSTRAINT ck_competition_scope CHECK (scope IN ('DEPARTMENTS', 'LOCATIONS', 'COUNTRIES')),
    CONSTRAINT fk_competition_creator FOREIGN KEY (created_by_employee_id) REFERENCES employee (id),
    INDEX ix_competition_period (starts_on, ends_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What the lead chose: department ids, location ids or country codes.
CREATE TABLE competition_scope (
    competition_id BIGINT      NOT NULL,
    scope_id       VARCHAR(16) NOT NULL,
    PRIMARY KEY (competition_id, scope_id),
    CONSTRAINT fk_scope_competition FOREIGN KEY (competition_id) REFERENCES competition (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The departments taking part, frozen when the competition starts.
CREATE TABLE competition_participant (
    competition_id BIGINT NOT NULL,
    department_id  BIGINT NOT NULL,
    PRIMARY KEY (competition_id, department_id),
    CONSTRAINT fk_participant_competition FOREIGN KEY (competition_id) REFERENCES competition (id),
    CONSTRAINT fk_participant_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
