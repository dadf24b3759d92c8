-- Later layers, added without touching earlier tables.

CREATE TABLE quantities (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    text           TEXT NOT NULL,
    value          REAL,
    unit           TEXT,
    measure_start  INTEGER,
    measure_end    INTEGER
);
CREATE INDEX quantities_document ON quantities(document_id);

CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    text           TEXT NOT NULL,
    stance         TEXT NOT NULL CHECK (stance IN ('assertion', 'denial')),
    speaker_start  INTEGER,
    speaker_end    INTEGER
);
CREATE INDEX claims_document ON claims(document_id);

CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    char_start INTEGER NOT NULL,
    char_end   INTEGER NOT NULL,
    text           TEXT NOT NULL,
    cameo          TEXT NOT NULL,
    plover         TEXT,
    source_start   INTEGER,
    source_end     INTEGER,
    target_start   INTEGER,
    target_end     INTEGER
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_cameo ON events(cameo);
