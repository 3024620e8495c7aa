-- Colleague-to-colleague sponsorships: an activity with a share code, and the pledges colleagues make to it.
-- Fixed pledges enter the ledger at once; per-unit pledges enter it when the owner reports the result.

CREATE TABLE activity (
    id                BIGINT         NOT NULL AUTO_INCREMENT PRIMARY KEY,
    share_code        CHAR(6)        NOT NULL,
    owner_employee_id BIGINT         NOT NULL,
    title             VARCHAR(120)   NOT NULL,
    description       VARCHAR(2000)  NULL,
    activity_date     DATE           NOT NULL,
    unit              VARCHAR(8)     NOT NULL,
    target            DECIMAL(10, 2) NULL,
    project_post_id   BIGINT         NOT NULL,
    status            VARCHAR(16)    NOT NULL,
    result            DECIMAL(10, 2) NULL,
    closed_reason     VARCHAR(500)   NULL,
    created_at        DATETIME(6)    NOT NULL,
    finished_at       DATETIME(6)    NULL,
    CONSTRAINT uq_activity_code UNIQUE (share_code),
    CONSTRAINT ck_activity_unit CHECK (unit IN ('KM', 'HOUR', 'NONE')),
    CONSTRAINT ck_activity_status CHECK (status IN ('OPEN', 'COMPLETED', 'CLOSED')),
    CONSTRAINT fk_activity_owner FOREIGN KEY (owner_employee_id) REFERENCES employee (id),
    CONSTRAINT fk_activity_post FOREIGN KEY (project_post_id) REFERENCES project_post (id),
    INDEX ix_activity_owner (owner_employee_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sponsorship_pledge (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    activity_id            BIGINT       NOT NULL,
    sponsor_employee_id    BIGINT       NOT NULL,
    sponsor_department_id  BIGINT       NOT NULL,
    sponsor_location_id    BIGINT       NOT NULL,
    sponsor_country_code   CHAR(2)      NOT NULL,
    kind                   VARCHAR(8)   NOT NULL,
    amount_minor           BIGINT       NULL,
    rate_minor             BIGINT       NULL,
    cap_minor              BIGINT       NULL,
    currency               CHAR(3)      NOT NULL,
    message                VARCHAR(500) NULL,
    show_name              BOOLEAN      NOT NULL,
    status                 VARCHAR(16)  NOT NULL,
    contribution_id        BIGINT       NULL,
    created_at             DATETIME(6)  NOT NULL,
    CONSTRAINT ck_pledge_kind CHECK (kind IN ('FIXED', 'PER_UNIT')),
    CONSTRAINT ck_pledge_amounts CHECK ((kind = 'FIXED' AND amount_minor > 0)
        OR (kind = 'PER_UNIT' AND rate_minor > 0 AND (cap_minor IS NULL OR cap_minor > 0))),
    CONSTRAINT ck_pledge_status CHECK (status IN ('AWAITING_RESULT', 'IN_LEDGER', 'LAPSED', 'CANCELLED')),
    CONSTRAINT fk_pledge_activity FOREIGN KEY (activity_id) REFERENCES activity (id),
    CONSTRAINT fk_pledge_sponsor FOREIGN KEY (sponsor_employee_id) REFERENCES employee (id),
    CONSTRAINT fk_pledge_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    CONSTRAINT uq_pledge_contribution UNIQUE (contribution_id),
    INDEX ix_pledge_activity (activity_id, created_at),
    INDEX ix_pledge_sponsor (sponsor_employee_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
