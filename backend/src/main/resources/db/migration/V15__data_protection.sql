-- Data protection: employees ask for erasure of their personal data, admins complete or refuse it. An erased
-- employee's row stays (the ledger, totals, memberships and payroll items refer to it by id) with its personal data
-- replaced, and erased_at says when.

ALTER TABLE employee ADD COLUMN erased_at DATETIME(6) NULL;

CREATE TABLE erasure_request (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_id    BIGINT        NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    note           VARCHAR(1000) NULL,
    requested_at   DATETIME(6)   NOT NULL,
    decided_at     DATETIME(6)   NULL,
    decided_by     VARCHAR(64)   NULL,
    refusal_reason VARCHAR(500)  NULL,
    -- One open request per employee, held by the database itself: NULL (never unique) unless the request is open.
    open_employee_id BIGINT AS (CASE WHEN status = 'OPEN' THEN employee_id END) PERSISTENT,
    CONSTRAINT ck_erasure_status CHECK (status IN ('OPEN', 'WITHDRAWN', 'REFUSED', 'COMPLETED')),
    CONSTRAINT uq_erasure_open UNIQUE (open_employee_id),
    CONSTRAINT fk_erasure_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    INDEX ix_erasure_employee (employee_id, requested_at),
    INDEX ix_erasure_status (status, requested_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's data download lists the changes they made.
CREATE INDEX ix_audit_actor ON audit_record (actor, id);

-- From now on the audit trail holds no free text people typed (AuditService writes "[not audited]" for messages,
-- reasons, descriptions and notes; the text stays in the feature's own row, where an erasure can remove it). Rows
-- written before this migration are left as they are: the trail is append-only without exception.
