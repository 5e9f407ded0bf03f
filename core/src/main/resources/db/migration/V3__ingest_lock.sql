-- One row that every article write locks (SELECT … FOR UPDATE) for the length of its transaction, so that the
-- duplicate decision (same content hash, or a near copy by shingles) and the insert are one atomic step for every
-- writer: threads, servers and Flink subtasks alike. Exact duplicates are also refused by article's primary key.
CREATE TABLE ingest_lock (
    id  INTEGER PRIMARY KEY
);
INSERT INTO ingest_lock (id) VALUES (1);
