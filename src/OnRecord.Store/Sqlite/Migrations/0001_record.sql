-- The record: canonical stories with their layers, syndicated copies, merged entities.
-- Offsets are UTF-16 character offsets into documents.text, end exclusive, as in the JSON contract.

CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- One row per canonical story. A syndicated copy of a story is a row in `copies`, not here,
-- so that counts of statements are not skewed by wire duplicates.
CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    doc_key       TEXT NOT NULL UNIQUE,      -- the document's URL, else its id
    doc_id        TEXT NOT NULL,             -- the contract's "id"
    content_hash  BLOB NOT NULL,             -- SHA-256 of the text
    date          TEXT,                      -- YYYY-MM-DD
    day           INTEGER,                   -- YYYYMMDD, for ranges and sorting
    dateline      TEXT,
    source_id     INTEGER REFERENCES sources(id),
    title         TEXT,
    url           TEXT,
    text          TEXT NOT NULL,
    body_start    INTEGER NOT NULL,
    body_end      INTEGER NOT NULL,
    extracted     INTEGER NOT NULL,          -- 1 when text was extracted from HTML or a feed
    layers        INTEGER NOT NULL,          -- OnRecord.Core.Pipeline.Layers that were filled
    shingles      INTEGER NOT NULL,          -- size of the shingle set, for containment estimates
    minhash       BLOB NOT NULL
);
CREATE INDEX documents_hash ON documents(content_hash);
CREATE INDEX documents_day ON documents(day);

-- Copies of a canonical story: exact (same text) or near (trimmed, re-headlined, other boilerplate).
CREATE TABLE copies (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    doc_key       TEXT NOT NULL UNIQUE,
    doc_id        TEXT NOT NULL,
    content_hash  BLOB NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
    similarity    REAL NOT NULL,
    date          TEXT,
    source_id     INTEGER REFERENCES sources(id),
    title         TEXT,
    url           TEXT
);
CREATE INDEX copies_document ON copies(document_id);

-- Locality-sensitive hashing bands of each canonical story's MinHash signature. No index by document:
-- a story's bands are recomputed from documents.minhash to delete them.
CREATE TABLE lsh_bands (
    band_hash    INTEGER NOT NULL,           -- band number mixed into the hash of its rows
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band_hash, document_id)
) WITHOUT ROWID;

-- Entities merged across documents. `root_id` points at the entity that stands for all its merged
-- parts (itself when unmerged); queries group by root_id so a merge never rewrites mentions.
CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    root_id     INTEGER NOT NULL,
    name        TEXT NOT NULL,               -- display name: the fullest canonical name seen
    label       TEXT NOT NULL,               -- EntityLabel
    class       TEXT NOT NULL,               -- person | place | org | other: labels that may merge
    name_key    TEXT NOT NULL,               -- normalised name (see Entities/NameKey)
    surname     TEXT,                        -- persons: last name key
    first_name  TEXT,                        -- persons: first name key, NULL for a bare surname
    merge_note  TEXT                         -- why it was merged into root_id
);
CREATE UNIQUE INDEX entities_key ON entities(class, name_key);
CREATE INDEX entities_root ON entities(root_id);
CREATE INDEX entities_surname ON entities(class, surname);

CREATE TABLE entity_aliases (
    entity_id  INTEGER NOT NULL REFERENCES entities(id),
    alias      TEXT NOT NULL,
    alias_key  TEXT NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_key ON entity_aliases(alias_key);

CREATE TABLE entity_roles (
    entity_id   INTEGER NOT NULL REFERENCES entities(id),
    role        TEXT NOT NULL,
    count       INTEGER NOT NULL,
    first_date  TEXT,
    last_date   TEXT,
    PRIMARY KEY (entity_id, role)
) WITHOUT ROWID;

CREATE TABLE mentions (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id    INTEGER NOT NULL REFERENCES entities(id),
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    label        TEXT NOT NULL,
    canonical    TEXT NOT NULL,
    role         TEXT
);
CREATE INDEX mentions_document ON mentions(document_id, char_start);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    id                 INTEGER PRIMARY KEY,
    document_id        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal            INTEGER NOT NULL,
    content_start      INTEGER NOT NULL,
    content_end        INTEGER NOT NULL,
    content            TEXT NOT NULL,
    fragments          TEXT NOT NULL,        -- JSON [[start,end],...]
    kind               TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed')),
    cue_start          INTEGER,
    cue_end            INTEGER,
    cue                TEXT,
    speaker_start      INTEGER,
    speaker_end        INTEGER,
    speaker_text       TEXT,
    speaker_canonical  TEXT,
    speaker_role       TEXT,
    speaker_label      TEXT,
    speaker_entity_id  INTEGER REFERENCES entities(id),
    confidence         REAL NOT NULL,
    statement_date     TEXT,                 -- TIMEX3 value as extracted
    statement_day      INTEGER               -- YYYYMMDD: the statement date when it is a day, else the document's
);
CREATE INDEX quotes_document ON quotes(document_id);
CREATE INDEX quotes_speaker ON quotes(speaker_entity_id, statement_day);
CREATE INDEX quotes_day ON quotes(statement_day);

CREATE TABLE timexes (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    text         TEXT NOT NULL,
    type         TEXT NOT NULL,
    value        TEXT NOT NULL,
    mod          TEXT
);
CREATE INDEX timexes_document ON timexes(document_id);

-- Documents written to SQLite and not yet known to be in a committed Lucene index. The search index
-- records the highest seq it has committed; on open, every later entry is indexed again (idempotently).
CREATE TABLE index_queue (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id  INTEGER NOT NULL             -- no foreign key: a deleted document must be removed from the index too
);
