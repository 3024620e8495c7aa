-- Settlement of pledges: monthly payroll batches per country. A pledge is in at most one batch.

CREATE TABLE payroll_batch (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    country_code CHAR(2)     NOT NULL,
    period       CHAR(7)     NOT NULL,
    reference    VARCHAR(32) NOT NULL,
    status       VARCHAR(16) NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    collected_at DATETIME(6) NULL,
    collected_by VARCHAR(64) NULL,
    CONSTRAINT uq_batch_period UNIQUE (country_code, period),
    CONSTRAINT uq_batch_reference UNIQUE (reference),
    CONSTRAINT ck_batch_status CHECK (status IN ('OPEN', 'COLLECTED')),
    CONSTRAINT fk_batch_country FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE payroll_batch_item (
    batch_id        BIGINT NOT NULL,
    contribution_id BIGINT NOT NULL,
    employee_id     BIGINT NOT NULL,
    PRIMARY KEY (batch_id, contribution_id),
    CONSTRAINT uq_item_contribution UNIQUE (contribution_id),
    CONSTRAINT fk_item_batch FOREIGN KEY (batch_id) REFERENCES payroll_batch (id),
    CONSTRAINT fk_item_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    CONSTRAINT fk_item_employee FOREIGN KEY (employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
