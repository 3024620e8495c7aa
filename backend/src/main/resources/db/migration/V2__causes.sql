-- Partner NGOs and their project posts: where money goes.

CREATE TABLE ngo (
    id   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT uq_ngo_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_post (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ngo_id      BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000) NULL,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT fk_post_ngo FOREIGN KEY (ngo_id) REFERENCES ngo (id),
    CONSTRAINT uq_post_name UNIQUE (ngo_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
