-- Canteen screens: read-only links to one board, opened without a login, revocable.

CREATE TABLE board_screen (
    id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    token                  CHAR(32)     NOT NULL,
    title                  VARCHAR(120) NOT NULL,
    competition_id         BIGINT       NULL,
    level                  VARCHAR(16)  NOT NULL,
    metric                 VARCHAR(24)  NOT NULL,
    ranking                VARCHAR(16)  NOT NULL,
    period                 VARCHAR(16)  NOT NULL,
    created_by_employee_id BIGINT       NOT NULL,
    created_at             DATETIME(6)  NOT NULL,
    revoked_at             DATETIME(6)  NULL,
    CONSTRAINT uq_screen_token UNIQUE (token),
    CONSTRAINT fk_screen_competition FOREIGN KEY (competition_id) REFERENCES competition (id),
    CONSTRAINT fk_screen_creator FOREIGN KEY (created_by_employee_id) REFERENCES employee (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
