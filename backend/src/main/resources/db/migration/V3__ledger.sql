-- The ledger: every amount that counts toward any total, its status history, the rates it was converted with,
-- the audit trail of every change to money, and the idempotency keys of money-creating requests.

CREATE TABLE exchange_rate (
    currency           CHAR(3)        NOT NULL,
    rate_date          DATE           NOT NULL,
    reporting_currency CHAR(3)        NOT NULL,
    rate               DECIMAL(18, 8) NOT NULL,
    PRIMARY KEY (currency, rate_date, reporting_currency),
    CONSTRAINT ck_rate_positive CHECK (rate > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE contribution (
    id                     BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    source                 VARCHAR(32)    NOT NULL,
    amount_minor           BIGINT         NOT NULL,
    currency               CHAR(3)        NOT NULL,
    reporting_amount_minor BIGINT         NOT NULL,
    reporting_currency     CHAR(3)        NOT NULL,
    exchange_rate          DECIMAL(18, 8) NOT NULL,
    rate_date              DATE           NOT NULL,
    giver_employee_id      BIGINT         NULL,
    anonymous              BOOLEAN        NOT NULL DEFAULT FALSE,
    department_id          BIGINT         NULL,
    location_id            BIGINT         NULL,
    country_code           CHAR(2)        NULL,
    project_post_id        BIGINT         NOT NULL,
    status                 VARCHAR(16)    NOT NULL,
    message                VARCHAR(500)   NULL,
    origin                 VARCHAR(64)    NULL,
    payment_reference      VARCHAR(16)    NOT NULL,
    created_at             DATETIME(6)   NOT NULL,
    status_changed_at      DATETIME(6)   NOT NULL,
    CONSTRAINT ck_contribution_amount CHECK (amount_minor > 0 AND reporting_amount_minor >= 0),
    CONSTRAINT ck_contribution_status CHECK (status IN ('PLEDGED', 'COLLECTED', 'CANCELLED')),
    CONSTRAINT uq_contribution_payment_reference UNIQUE (payment_reference),
    CONSTRAINT uq_contribution_origin UNIQUE (origin),
    CONSTRAINT fk_contribution_giver FOREIGN KEY (giver_employee_id) REFERENCES employee (id),
    CONSTRAINT fk_contribution_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_contribution_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT fk_contribution_post FOREIGN KEY (project_post_id) REFERENCES project_post (id),
    INDEX ix_contribution_giver (giver_employee_id, created_at),
    INDEX ix_contribution_status_country (status, country_code, created_at),
    INDEX ix_contribution_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Status history: every contribution is created by one event and changes only by further events.
CREATE TABLE contribution_event (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    contribution_id BIGINT       NOT NULL,
    type            VARCHAR(16)  NOT NULL,
    from_status     VARCHAR(16)  NULL,
    to_status       VARCHAR(16)  NOT NULL,
    occurred_at     DATETIME(6) NOT NULL,
    actor           VARCHAR(64)  NOT NULL,
    reason          VARCHAR(500) NULL,
    CONSTRAINT fk_event_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    INDEX ix_event_contribution (contribution_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_record (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6) NOT NULL,
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(64)  NOT NULL,
    entity_type  VARCHAR(64)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    before_state TEXT         NULL,
    after_state  TEXT         NULL,
    request_id   VARCHAR(64)  NULL,
    INDEX ix_audit_entity (entity_type, entity_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idempotency_record (
    caller            VARCHAR(64)  NOT NULL,
    idem_key          VARCHAR(100) NOT NULL,
    request_hash      CHAR(64)     NOT NULL,
    state             VARCHAR(12)  NOT NULL,
    owner_token       CHAR(36)     NOT NULL,
    locked_until      DATETIME(6) NOT NULL,
    response_status   INT          NULL,
    response_body     MEDIUMTEXT   NULL,
    response_location VARCHAR(500) NULL,
    created_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (caller, idem_key),
    INDEX ix_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
