-- Shirt campaigns: a shirt with a print, sizes, prices per currency and a donation per printed shirt; orders by
-- employees or by a lead for a team; print runs. A printed shirt's donation is in the ledger (source SHIRT_PRINT);
-- the shirt's price (what the buyer owes for the shirt) is kept here only and never enters the ledger.

CREATE TABLE shirt_campaign (
    id                       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                     VARCHAR(120)  NOT NULL,
    description              VARCHAR(2000) NULL,
    print_title              VARCHAR(120)  NOT NULL,
    project_post_id          BIGINT        NOT NULL,
    donation_per_print_minor BIGINT        NOT NULL,
    donation_currency        CHAR(3)       NOT NULL,
    order_deadline           DATETIME(6)   NOT NULL,
    created_at               DATETIME(6)   NOT NULL,
    CONSTRAINT ck_shirt_campaign_donation CHECK (donation_per_print_minor > 0),
    CONSTRAINT fk_shirt_campaign_post FOREIGN KEY (project_post_id) REFERENCES project_post (id),
    INDEX ix_shirt_campaign_deadline (order_deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The price of one shirt in each currency the campaign sells in.
CREATE TABLE shirt_campaign_price (
    campaign_id BIGINT  NOT NULL,
    currency    CHAR(3) NOT NULL,
    price_minor BIGINT  NOT NULL,
    PRIMARY KEY (campaign_id, currency),
    CONSTRAINT ck_shirt_price CHECK (price_minor >= 0),
    CONSTRAINT fk_shirt_price_campaign FOREIGN KEY (campaign_id) REFERENCES shirt_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Sizes offered; "ordered" counts shirts in orders that are not cancelled and never exceeds the optional limit.
CREATE TABLE shirt_campaign_size (
    id          BIGINT     NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT     NOT NULL,
    size        VARCHAR(8) NOT NULL,
    position    INT        NOT NULL,
    stock_limit INT        NULL,
    ordered     INT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_shirt_size UNIQUE (campaign_id, size),
    CONSTRAINT ck_shirt_size_stock CHECK (ordered >= 0 AND (stock_limit IS NULL OR ordered <= stock_limit)),
    CONSTRAINT fk_shirt_size_campaign FOREIGN KEY (campaign_id) REFERENCES shirt_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where the shirts of a location are delivered (address and note for the printer).
CREATE TABLE shirt_campaign_delivery (
    campaign_id BIGINT       NOT NULL,
    location_id BIGINT       NOT NULL,
    address     VARCHAR(500) NOT NULL,
    note        VARCHAR(500) NULL,
    PRIMARY KEY (campaign_id, location_id),
    CONSTRAINT fk_shirt_delivery_campaign FOREIGN KEY (campaign_id) REFERENCES shirt_campaign (id),
    CONSTRAINT fk_shirt_delivery_location FOREIGN KEY (location_id) REFERENCES location (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The print image, in the database so that every API instance serves it.
CREATE TABLE shirt_print_image (
    campaign_id  BIGINT      NOT NULL PRIMARY KEY,
    content_type VARCHAR(32) NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    uploaded_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_shirt_image_campaign FOREIGN KEY (campaign_id) REFERENCES shirt_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An order: the orderer's department, location and country at the time of ordering are kept with it.
CREATE TABLE shirt_order (
    id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id         BIGINT      NOT NULL,
    kind                VARCHAR(8)  NOT NULL,
    orderer_employee_id BIGINT      NOT NULL,
    department_id       BIGINT      NOT NULL,
    location_id         BIGINT      NOT NULL,
    country_code        CHAR(2)     NOT NULL,
    currency            CHAR(3)     NOT NULL,
    created_at          DATETIME(6) NOT NULL,
    changed_at          DATETIME(6) NOT NULL,
    cancelled_at        DATETIME(6) NULL,
    CONSTRAINT ck_shirt_order_kind CHECK (kind IN ('SELF', 'TEAM')),
    CONSTRAINT fk_shirt_order_campaign FOREIGN KEY (campaign_id) REFERENCES shirt_campaign (id),
    CONSTRAINT fk_shirt_order_orderer FOREIGN KEY (orderer_employee_id) REFERENCES employee (id),
    CONSTRAINT fk_shirt_order_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_shirt_order_location FOREIGN KEY (location_id) REFERENCES location (id),
    INDEX ix_shirt_order_campaign (campaign_id, created_at),
    INDEX ix_shirt_order_orderer (orderer_employee_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One size of an order; its price per shirt is fixed at order time in the order's currency.
CREATE TABLE shirt_order_line (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id         BIGINT       NOT NULL,
    size             VARCHAR(8)   NOT NULL,
    quantity         INT          NOT NULL,
    wearer_name      VARCHAR(120) NULL,
    unit_price_minor BIGINT       NOT NULL,
    printed          INT          NOT NULL DEFAULT 0,
    CONSTRAINT ck_shirt_line_quantity CHECK (quantity > 0 AND printed >= 0 AND printed <= quantity),
    CONSTRAINT fk_shirt_line_order FOREIGN KEY (order_id) REFERENCES shirt_order (id),
    INDEX ix_shirt_line_order (order_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A print run recorded by an admin; its reference (the printer's job) is unique within the campaign.
CREATE TABLE shirt_print_run (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    campaign_id BIGINT       NOT NULL,
    reference   VARCHAR(64)  NOT NULL,
    shirts      INT          NOT NULL,
    recorded_by VARCHAR(255) NOT NULL,
    recorded_at DATETIME(6)  NOT NULL,
    CONSTRAINT uq_shirt_run_reference UNIQUE (campaign_id, reference),
    CONSTRAINT fk_shirt_run_campaign FOREIGN KEY (campaign_id) REFERENCES shirt_campaign (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each printed shirt: the n-th shirt of an order line, printed once, with its donation's contribution.
CREATE TABLE shirt_printed (
    order_line_id   BIGINT NOT NULL,
    seq             INT    NOT NULL,
    print_run_id    BIGINT NOT NULL,
    contribution_id BIGINT NOT NULL,
    PRIMARY KEY (order_line_id, seq),
    CONSTRAINT uq_shirt_printed_contribution UNIQUE (contribution_id),
    CONSTRAINT fk_shirt_printed_line FOREIGN KEY (order_line_id) REFERENCES shirt_order_line (id),
    CONSTRAINT fk_shirt_printed_run FOREIGN KEY (print_run_id) REFERENCES shirt_print_run (id),
    CONSTRAINT fk_shirt_printed_contribution FOREIGN KEY (contribution_id) REFERENCES contribution (id),
    INDEX ix_shirt_printed_run (print_run_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
