-- sitrep schema, version 1: articles, their fingerprints, near-duplicate links, and per-article facts.
-- Portable SQL for H2 2.x and PostgreSQL 12+. Offsets are Java String indices into article.text.

CREATE TABLE article (
    id            VARCHAR(32) PRIMARY KEY,
    source        VARCHAR(300) NOT NULL,
    url           VARCHAR(2000),
    title         VARCHAR(1000) NOT NULL,
    published     DATE,
    language      VARCHAR(8) NOT NULL,
    body_start    INTEGER NOT NULL,
    body_end      INTEGER NOT NULL,
    origin        VARCHAR(2000) NOT NULL,
    ingested_at   TIMESTAMP NOT NULL,
    min_hash      VARCHAR(1200) NOT NULL,
    text          TEXT NOT NULL
);
CREATE INDEX article_published ON article (published);

CREATE TABLE article_band (
    band_key    BIGINT NOT NULL,
    article_id  VARCHAR(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE
);
CREATE INDEX article_band_key ON article_band (band_key);

-- A re-publication of a stored article: linked to it, never stored (nor counted) twice.
CREATE TABLE article_alias (
    content_hash  VARCHAR(32) PRIMARY KEY,
    article_id    VARCHAR(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    source        VARCHAR(300) NOT NULL,
    url           VARCHAR(2000),
    title         VARCHAR(1000) NOT NULL,
    published     DATE,
    origin        VARCHAR(2000) NOT NULL,
    similarity    DOUBLE PRECISION NOT NULL
);

CREATE TABLE boilerplate (
    article_id  VARCHAR(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL
);
CREATE INDEX boilerplate_article ON boilerplate (article_id);

CREATE TABLE entity (
    article_id  VARCHAR(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    type        VARCHAR(32) NOT NULL,
    canonical   VARCHAR(300) NOT NULL,
    ref         VARCHAR(100),
    lat         DOUBLE PRECISION,
    lon         DOUBLE PRECISION,
    confidence  DOUBLE PRECISION NOT NULL
);
CREATE INDEX entity_article ON entity (article_id);
CREATE INDEX entity_canonical ON entity (canonical);

CREATE TABLE time_expression (
    article_id  VARCHAR(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    text        VARCHAR(1000) NOT NULL,
    timex_value VARCHAR(64),
    type        VARCHAR(16) NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL
);
CREATE INDEX time_expression_article ON time_expression (article_id);

CREATE TABLE quote (
    article_id   VARCHAR(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_at     INTEGER NOT NULL,
    end_at       INTEGER NOT NULL,
    text         TEXT NOT NULL,
    speaker      VARCHAR(300) NOT NULL,
    speaker_ref  VARCHAR(100),
    confidence   DOUBLE PRECISION NOT NULL,
    ev_start     INTEGER NOT NULL,
    ev_end       INTEGER NOT NULL,
    ev_sentence  TEXT NOT NULL
);
CREATE INDEX quote_article ON quote (article_id);
CREATE INDEX quote_speaker ON quote (speaker);

CREATE TABLE event (
    article_id   VARCHAR(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    event_id     VARCHAR(64) NOT NULL,
    type         VARCHAR(32) NOT NULL,
    acled        VARCHAR(200) NOT NULL,
    cameo        VARCHAR(8) NOT NULL,
    actor        VARCHAR(300),
    actor_side   VARCHAR(64),
    target       VARCHAR(300),
    target_side  VARCHAR(64),
    place        VARCHAR(300),
    place_ref    VARCHAR(100),
    lat          DOUBLE PRECISION,
    lon          DOUBLE PRECISION,
    event_date   VARCHAR(32),
    modality     VARCHAR(16) NOT NULL,
    confidence   DOUBLE PRECISION NOT NULL,
    ev_start     INTEGER NOT NULL,
    ev_end       INTEGER NOT NULL,
    ev_sentence  TEXT NOT NULL,
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX event_date_index ON event (event_date);
CREATE INDEX event_place ON event (place);

CREATE TABLE control_claim (
    article_id        VARCHAR(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    place             VARCHAR(300) NOT NULL,
    place_ref         VARCHAR(100),
    controller        VARCHAR(300) NOT NULL,
    controller_side   VARCHAR(64),
    status            VARCHAR(16) NOT NULL,
    since             VARCHAR(32),
    as_of             VARCHAR(32),
    confidence        DOUBLE PRECISION NOT NULL,
    ev_start          INTEGER NOT NULL,
    ev_end            INTEGER NOT NULL,
    ev_sentence       TEXT NOT NULL
);
CREATE INDEX control_claim_article ON control_claim (article_id);
CREATE INDEX control_claim_place ON control_claim (place);

CREATE TABLE stance (
    article_id   VARCHAR(32) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    from_actor   VARCHAR(300) NOT NULL,
    to_actor     VARCHAR(300) NOT NULL,
    to_side      VARCHAR(64),
    stance_value DOUBLE PRECISION NOT NULL,
    stance_date  VARCHAR(32),
    confidence   DOUBLE PRECISION NOT NULL,
    ev_start     INTEGER NOT NULL,
    ev_end       INTEGER NOT NULL,
    ev_sentence  TEXT NOT NULL
);
CREATE INDEX stance_article ON stance (article_id);
CREATE INDEX stance_from ON stance (from_actor);
