-- Organisation directory: country -> location -> department -> employee.

CREATE TABLE country (
    code        CHAR(2)      NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    currency    CHAR(3)      NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO country (code, name, currency) VALUES
    ('DK', 'Danmark', 'DKK'),
    ('NO', 'Norge', 'NOK'),
    ('SE', 'Sverige', 'SEK');

CREATE TABLE location (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    country_code CHAR(2)      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    CONSTRAINT fk_location_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT uq_location_name UNIQUE (country_code, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE department (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    location_id BIGINT       NOT NULL,
    name        VARCHAR(200) NOT NULL,
    CONSTRAINT fk_department_location FOREIGN KEY (location_id) REFERENCES location (id),
    CONSTRAINT uq_department_name UNIQUE (location_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employee (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_number  VARCHAR(50)  NOT NULL,
    email            VARCHAR(254) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    department_id    BIGINT       NOT NULL,
    department_since DATE         NOT NULL,
    keycloak_subject VARCHAR(64)  NULL,
    CONSTRAINT fk_employee_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT uq_employee_number UNIQUE (employee_number),
    CONSTRAINT uq_employee_email UNIQUE (email),
    CONSTRAINT uq_employee_subject UNIQUE (keycloak_subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which department an employee belonged to when: headcounts at a past date and moves read from here.
CREATE TABLE department_membership (
    id            BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    employee_id   BIGINT NOT NULL,
    department_id BIGINT NOT NULL,
    valid_from    DATE   NOT NULL,
    valid_to      DATE   NULL,
    CONSTRAINT fk_membership_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    CONSTRAINT fk_membership_department FOREIGN KEY (department_id) REFERENCES department (id),
    INDEX ix_membership_department (department_id, valid_from, valid_to),
    INDEX ix_membership_employee (employee_id, valid_to)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE department_lead (
    department_id BIGINT NOT NULL,
    employee_id   BIGINT NOT NULL,
    PRIMARY KEY (department_id, employee_id),
    CONSTRAINT fk_lead_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_lead_employee FOREIGN KEY (employee_id) REFERENCES employee (id),
    INDEX ix_lead_employee (employee_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
