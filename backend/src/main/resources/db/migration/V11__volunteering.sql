-- Volunteering: skills, opportunities with shifts and sign-ups, logged hours and their approval, grant policy.

CREATE TABLE skill (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    CONSTRAINT uq_skill_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO skill (name) VALUES
    ('Orthopaedic surgeon'),
    ('Anaesthesia nurse'),
    ('Nurse educator'),
    ('Project manager'),
    ('Surgical nurse'),
    ('Event helper');

-- An employee's skills profile.
CREATE TABLE employee_skill (
    employee_id BIGINT NOT NULL,
    skill_id    BIGINT NOT NULL,
    PRIMARY KEY (employee_id, skill_id),
    CONSTRAINT fk_employee_skill_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_employee_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    INDEX ix_employee_skill_skill (skill_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A need an NGO (or the company) posted; owner_subject is the Keycloak subject of who posted it.
CREATE TABLE opportunity (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ngo_id        BIGINT        NOT NULL,
    owner_subject VARCHAR(64)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000) NOT NULL,
    place_kind    VARCHAR(16)   NOT NULL,
    location_id   BIGINT        NULL,
    place_text    VARCHAR(200)  NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT ck_opportunity_place CHECK (place_kind IN ('LOCATION', 'NGO_SITE', 'REMOTE')),
    CONSTRAINT fk_opportunity_ngo FOREIGN KEY (ngo_id) REFERENCES ngo (id),
    CONSTRAINT fk_opportunity_location FOREIGN KEY (location_id) REFERENCES location (id),
    INDEX ix_opportunity_owner (owner_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE opportunity_skill (
    opportunity_id BIGINT NOT NULL,
    skill_id       BIGINT NOT NULL,
    PRIMARY KEY (opportunity_id, skill_id),
    CONSTRAINT fk_opportunity_skill_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_opportunity_skill_skill FOREIGN KEY (skill_id) REFERENCES skill (id),
    INDEX ix_opportunity_skill_skill (skill_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A time slot of an opportunity with a number of places; sign-ups lock this row.
CREATE TABLE volunteer_shift (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    opportunity_id BIGINT      NOT NULL,
    starts_at      DATETIME(6) NOT NULL,
    ends_at        DATETIME(6) NOT NULL,
    places         INT         NOT NULL,
    CONSTRAINT ck_shift_time CHECK (ends_at > starts_at),
    CONSTRAINT ck_shift_places CHECK (places > 0),
    CONSTRAINT fk_shift_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    INDEX ix_shift_opportunity (opportunity_id, starts_at),
    INDEX ix_shift_start (starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One person's place (or place in the queue) on a shift; queue_no orders the waiting list.
CREATE TABLE volunteer_signup (
    id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shift_id    BIGINT      NOT NULL,
    employee_id BIGINT      NOT NULL,
    status      VARCHAR(16) NOT NULL,
    queue_no    INT         NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    CONSTRAINT ck_signup_status CHECK (status IN ('CONFIRMED', 'WAITING', 'WITHDRAWN')),
    CONSTRAINT uq_signup UNIQUE (shift_id, employee_id),
    CONSTRAINT fk_signup_shift FOREIGN KEY (shift_id) REFERENCES volunteer_shift (id),
    CONSTRAINT fk_signup_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    INDEX ix_signup_shift_status (shift_id, status, queue_no),
    INDEX ix_signup_employee (employee_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Hours an employee gave, with where they belonged that day (from the membership history).
CREATE TABLE hour_log (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_id      BIGINT        NOT NULL,
    work_date        DATE          NOT NULL,
    minutes          INT           NOT NULL,
    description      VARCHAR(1000) NOT NULL,
    opportunity_id   BIGINT        NULL,
    ngo_id           BIGINT        NOT NULL,
    department_id    BIGINT        NOT NULL,
    location_id      BIGINT        NOT NULL,
    country_code     CHAR(2)       NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    decided_by       VARCHAR(64)   NULL,
    decided_at       DATETIME(6)   NULL,
    reason           VARCHAR(500)  NULL,
    contribution_id  BIGINT        NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT ck_hour_log_minutes CHECK (minutes > 0 AND minutes <= 1440),
    CONSTRAINT ck_hour_log_status CHECK (status IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    CONSTRAINT fk_hour_log_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_hour_log_opportunity FOREIGN KEY (opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_hour_log_ngo FOREIGN KEY (ngo_id) REFERENCES ngo (id),
    CONSTRAINT fk_hour_log_department FOREIGN KEY (department_id) REFERENCES department (id),
    INDEX ix_hour_log_employee (employee_id, work_date),
    INDEX ix_hour_log_department (department_id, status),
    INDEX ix_hour_log_opportunity (opportunity_id, status),
    INDEX ix_hour_log_ngo (ngo_id, status, work_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per employee and day that has hours: locked while a log of that day is written (24 h limit).
CREATE TABLE volunteer_employee_day (
    employee_id BIGINT NOT NULL,
    day         DATE   NOT NULL,
    PRIMARY KEY (employee_id, day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Approved minutes per department and day, added to in the approval's transaction (board metric).
CREATE TABLE volunteer_day_total (
    department_id BIGINT NOT NULL,
    day           DATE   NOT NULL,
    minutes       BIGINT NOT NULL,
    PRIMARY KEY (department_id, day),
    INDEX ix_volunteer_day_total_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The company's grant per approved hour, per country in its currency; off until an admin turns it on.
CREATE TABLE volunteer_grant_policy (
    country_code    CHAR(2)     NOT NULL PRIMARY KEY,
    enabled         BOOLEAN     NOT NULL DEFAULT FALSE,
    rate_minor      BIGINT      NOT NULL DEFAULT 0,
    project_post_id BIGINT      NULL,
    updated_at      DATETIME(6) NULL,
    CONSTRAINT fk_grant_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_grant_post FOREIGN KEY (project_post_id) REFERENCES project_post (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO volunteer_grant_policy (country_code) SELECT code FROM country;
