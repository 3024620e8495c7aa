-- Money departments collect outside the app (bake sales, cash boxes, MobilePay boxes, gift swaps), recorded by a
-- lead; it is in the ledger (source DEPARTMENT_COLLECTION) from the moment it is recorded.

CREATE TABLE department_collection (
    id                      BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    department_id           BIGINT        NOT NULL,
    recorded_by_employee_id BIGINT        NOT NULL,
    amount_minor            BIGINT        NOT NULL,
    currency                CHAR(3)       NOT NULL,
    collected_on            DATE          NOT NULL,
    method                  VARCHAR(16)   NOT NULL,
    description             VARCHAR(1000) NOT NULL,
    contribution_id         BIGINT        NULL,
    created_at              DATETIME(6)   NOT NULL,
    CONSTRAINT ck_collection_amount CHECK (amount_minor > 0),
    CONSTRAINT ck_collection_method CHECK (method IN ('CASH', 'MOBILE_PAYMENT', 'BAKE_SALE', 'GIFT_SWAP', 'EVENT', 'OTHER')),
    CONSTRAINT uq_collection_contribution UNIQUE (contribution_id),
    CONSTRAINT fk_collection_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_collection_recorder FOREIGN KEY (recorded_by_employee_id) REFERENCES employee (id),
    CONSTRAINT fk_collection_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    INDEX ix_collection_department (department_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
