-- Learned boilerplate (issue 13, item 8): per source, in how many distinct articles each short line or sentence
-- occurred, so that a later ingest of the same source knows its captions and promos. Only 64-bit hashes of the
-- normalized segments are kept, never their text.
CREATE TABLE boilerplate_segment (
    source        VARCHAR(300) NOT NULL,
    segment_hash  BIGINT NOT NULL,
    articles      INTEGER NOT NULL,
    PRIMARY KEY (source, segment_hash)
);
