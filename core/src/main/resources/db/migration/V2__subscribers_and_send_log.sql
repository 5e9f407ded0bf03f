-- sitrep schema, version 2: digest subscribers (double opt-in), the send log that keeps a digest issue from
-- reaching anyone twice, and server settings (the token-signing secret).

CREATE TABLE subscriber (
    email         VARCHAR(320) PRIMARY KEY,
    lang          VARCHAR(8) NOT NULL,
    topics        VARCHAR(2000) NOT NULL,
    status        VARCHAR(16) NOT NULL,
    created_at    TIMESTAMP NOT NULL,
    updated_at    TIMESTAMP NOT NULL
);

CREATE TABLE digest_send (
    issue_id      VARCHAR(64) NOT NULL,
    email         VARCHAR(320) NOT NULL REFERENCES subscriber (email) ON DELETE CASCADE,
    status        VARCHAR(16) NOT NULL,
    attempts      INTEGER NOT NULL,
    last_error    VARCHAR(2000),
    updated_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (issue_id, email)
);

CREATE TABLE setting (
    name          VARCHAR(64) PRIMARY KEY,
    setting_value VARCHAR(2000) NOT NULL
);
