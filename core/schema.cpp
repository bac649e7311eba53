#include "schema.h"

#include "contacttriggers.h"
#include "database.h"
#include "logging.h"

#include <fmt/format.h>

#include <array>
#include <string_view>

namespace herald::schema {
namespace {

// Times are UTC epoch seconds. Event and consent kinds are small integers (see domain.h) so the
// events table stays compact at tens of millions of rows.
constexpr std::string_view migration1 = R"SQL(
CREATE TABLE workspace_meta (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE imports (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('contacts', 'events')),
    file_name    TEXT NOT NULL,
    file_sha256  TEXT NOT NULL,
    profile      TEXT,
    encoding     TEXT,
    delimiter    TEXT,
    options      TEXT,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER,
    rows_read    INTEGER NOT NULL DEFAULT 0,
    imported     INTEGER NOT NULL DEFAULT 0,
    updated      INTEGER NOT NULL DEFAULT 0,
    duplicates   INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE import_rejects (
    id         INTEGER PRIMARY KEY,
    import_id  INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    line       INTEGER NOT NULL,
    column     INTEGER,
    field      TEXT,
    reason     TEXT NOT NULL,
    raw        TEXT
);
CREATE INDEX import_rejects_by_import ON import_rejects(import_id, line);

CREATE TABLE contacts (
    id               INTEGER PRIMARY KEY,
    email            TEXT NOT NULL,
    email_key        TEXT NOT NULL UNIQUE,
    first_name       TEXT,
    last_name        TEXT,
    company          TEXT,
    phone            TEXT,
    address          TEXT,
    city             TEXT,
    region           TEXT,
    postal_code      TEXT,
    country          TEXT,
    time_zone        TEXT,
    -- explicit, esp, utc_offset, postal_code, region, country or workspace (TimeZoneSource). Not a CHECK: an IN
    -- list in a CHECK costs an ephemeral table on every insert, which dominated imports.
    time_zone_source TEXT,
    language         TEXT,
    status           INTEGER NOT NULL DEFAULT 1,
    fields           TEXT, -- custom fields: one JSON object of name -> text (json_extract for rules)
    source_import_id INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    last_import_id   INTEGER, -- the import that last touched this contact: finds repeats within one file
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX contacts_by_status ON contacts(status, id);
CREATE INDEX contacts_by_country ON contacts(country, id);

-- Search over email, names and company: an external-content FTS5 index kept in step by triggers.
CREATE VIRTUAL TABLE contacts_search USING fts5(
    email, first_name, last_name, company,
    content='contacts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_tag ON contact_tags(tag_id, contact_id);

-- Append-only: a contact's status is derived from its latest entry and never rewritten in place.
CREATE TABLE consent_events (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    status      INTEGER NOT NULL,
    occurred_at INTEGER NOT NULL,
    source      TEXT NOT NULL,
    import_id   INTEGER REFERENCES imports(id) ON DELETE SET NULL,
    note        TEXT
);
CREATE INDEX consent_events_by_contact ON consent_events(contact_id, occurred_at);
CREATE TRIGGER consent_events_append_only BEFORE UPDATE OF contact_id, status, occurred_at, source ON consent_events
BEGIN
    SELECT RAISE(ABORT, 'the consent ledger is append-only');
END;

CREATE TABLE campaigns (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    subject     TEXT,
    preheader   TEXT,
    body        TEXT,
    from_name   TEXT,
    from_email  TEXT,
    sent_at     INTEGER,
    esp         TEXT,
    external_id TEXT,
    recipients  INTEGER,
    stats       TEXT,
    created_at  INTEGER NOT NULL,
    UNIQUE (esp, external_id)
);
CREATE INDEX campaigns_by_sent ON campaigns(sent_at);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    campaign_id INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
    type        INTEGER NOT NULL,
    occurred_at INTEGER NOT NULL,
    machine     INTEGER NOT NULL DEFAULT 0,
    url         TEXT,
    revenue     REAL,
    import_id   INTEGER REFERENCES imports(id) ON DELETE SET NULL
);
CREATE INDEX events_by_contact ON events(contact_id, occurred_at);
CREATE INDEX events_by_campaign ON events(campaign_id, type);
CREATE INDEX events_by_time ON events(occurred_at, type);

CREATE TABLE segments (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind       TEXT NOT NULL CHECK (kind IN ('rule', 'rfm', 'cluster', 'predictive', 'static')),
    definition TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE segment_members (
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    score      REAL,
    PRIMARY KEY (segment_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX segment_members_by_contact ON segment_members(contact_id);

CREATE TABLE models (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,
    version          INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    seed             INTEGER,
    training_summary TEXT,
    metrics          TEXT,
    hyperparameters  TEXT,
    data             BLOB NOT NULL,
    active           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX models_by_kind ON models(kind, active, created_at);

CREATE TABLE predictions (
    model_id   INTEGER NOT NULL REFERENCES models(id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    value      REAL,
    detail     BLOB,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (model_id, contact_id, kind)
) WITHOUT ROWID;
CREATE INDEX predictions_by_contact ON predictions(contact_id, kind);

CREATE TABLE schedules (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    campaign_id       INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    segment_id        INTEGER REFERENCES segments(id) ON DELETE SET NULL,
    mode              TEXT NOT NULL CHECK (mode IN ('one_time', 'local_time', 'optimised')),
    window_start      INTEGER,
    window_end        INTEGER,
    local_time        TEXT,
    quiet_hours_start INTEGER,
    quiet_hours_end   INTEGER,
    max_per_hour      INTEGER,
    model_id          INTEGER REFERENCES models(id) ON DELETE SET NULL,
    created_at        INTEGER NOT NULL
);

CREATE TABLE schedule_items (
    schedule_id INTEGER NOT NULL REFERENCES schedules(id) ON DELETE CASCADE,
    contact_id  INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    send_at     INTEGER NOT NULL,
    variant     TEXT,
    PRIMARY KEY (schedule_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX schedule_items_by_time ON schedule_items(schedule_id, send_at);

-- Hidden traits the demo generator drew for each contact: what a model should recover. Empty outside demos.
CREATE TABLE demo_truth (
    contact_id        INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
    persona           TEXT NOT NULL,
    peak_hour         INTEGER NOT NULL,
    second_peak_hour  INTEGER,
    weekday_weights   TEXT NOT NULL,
    engagement        REAL NOT NULL,
    purchase_rate     REAL NOT NULL,
    mean_order_value  REAL NOT NULL,
    machine_opener    INTEGER NOT NULL,
    churned_at        INTEGER,
    time_zone         TEXT NOT NULL -- where the contact really lives, even when contacts.time_zone is empty
);

-- Exploration (core/query/). Derived tables below are rebuilt from events by refreshContactActivity()
-- (core/query/activityrefresh.h): the contacts table and the campaign list read them instead of scanning
-- ten million events. Every contact has an activity row (the trigger adds it); counts are zero until a refresh.
CREATE TABLE contact_activity (
    contact_id        INTEGER PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
    sends             INTEGER NOT NULL DEFAULT 0,
    opens             INTEGER NOT NULL DEFAULT 0, -- every open, machine-made ones included
    human_opens       INTEGER NOT NULL DEFAULT 0,
    clicks            INTEGER NOT NULL DEFAULT 0,
    purchases         INTEGER NOT NULL DEFAULT 0,
    revenue           REAL NOT NULL DEFAULT 0,
    opened_campaigns  INTEGER NOT NULL DEFAULT 0, -- campaigns with a human open or a click (a click proves an open)
    clicked_campaigns INTEGER NOT NULL DEFAULT 0,
    last_open_at      INTEGER, -- human opens only
    last_click_at     INTEGER,
    last_purchase_at  INTEGER,
    last_activity_at  INTEGER, -- the latest of the three above; NULL when the contact never did anything
    engagement        INTEGER NOT NULL DEFAULT 0 -- EngagementLevel, rules in core/query/engagement.h
);
-- contacts_activity_insert gives each new contact its row: see contacttriggers.cpp.
-- The "last activity" sort walks this in order (never active = 0) and pages by (value, id).
CREATE INDEX contact_activity_by_last_activity ON contact_activity(coalesce(last_activity_at, 0), contact_id);
-- Drives the engagement filter when it is the most selective one.
CREATE INDEX contact_activity_by_engagement ON contact_activity(engagement, contact_id);

-- Per-campaign totals; "unique" columns count contacts, the others count events.
CREATE TABLE campaign_stats (
    campaign_id   INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
    recipients    INTEGER NOT NULL DEFAULT 0, -- send events
    bounced       INTEGER NOT NULL DEFAULT 0, -- unique, hard bounces
    soft_bounced  INTEGER NOT NULL DEFAULT 0, -- unique, soft bounces only
    opens         INTEGER NOT NULL DEFAULT 0,
    human_opens   INTEGER NOT NULL DEFAULT 0,
    machine_opens INTEGER NOT NULL DEFAULT 0,
    openers       INTEGER NOT NULL DEFAULT 0, -- unique, any open
    human_openers INTEGER NOT NULL DEFAULT 0, -- unique
    responders    INTEGER NOT NULL DEFAULT 0, -- unique, a human open or a click
    clicks        INTEGER NOT NULL DEFAULT 0,
    clickers      INTEGER NOT NULL DEFAULT 0, -- unique
    unsubscribes  INTEGER NOT NULL DEFAULT 0, -- unique
    complaints    INTEGER NOT NULL DEFAULT 0, -- unique
    purchases     INTEGER NOT NULL DEFAULT 0,
    revenue       REAL NOT NULL DEFAULT 0,
    first_send_at INTEGER
);

-- Contacts table sorts (core/query/contactquery.cpp). Each sort walks one index in order and pages by keyset
-- (sort value, id), so that page 5,000 costs what page 1 does. The query spells each sort value exactly as the
-- index does (a missing value sorts as empty, names ignore ASCII case), or SQLite would sort instead.
-- Email sorts by the unique email_key index and status by contacts_by_status above.
CREATE INDEX contacts_by_first_name ON contacts(coalesce(first_name, '') COLLATE NOCASE, id);
CREATE INDEX contacts_by_last_name ON contacts(coalesce(last_name, '') COLLATE NOCASE, id);
CREATE INDEX contacts_by_company ON contacts(coalesce(company, '') COLLATE NOCASE, id);
CREATE INDEX contacts_by_country_sort ON contacts(coalesce(country, ''), id);
-- Also drives the time-zone filter when it is the most selective one.
CREATE INDEX contacts_by_time_zone ON contacts(coalesce(time_zone, ''), id);
CREATE INDEX contacts_by_created ON contacts(created_at, id);

-- Activity imports (core/import/eventimport.h).
-- A purchase's order or invoice number: two orders of one customer in the same minute stay two events, and the
-- order lines of one invoice add up to one event.
ALTER TABLE events ADD COLUMN order_id TEXT;
-- What makes an event the same event, so that importing an export twice (or two overlapping exports) counts nothing
-- twice. A unique index treats NULLs as distinct, hence ifnull(). Its (contact_id, occurred_at) prefix also serves
-- the machine-open check, which looks for a send to the same contact a few seconds before an open.
CREATE UNIQUE INDEX events_natural_key
    ON events(contact_id, occurred_at, type, ifnull(campaign_id, 0), ifnull(url, ''), ifnull(order_id, ''));
-- Exports that give no campaign id (Mailchimp's activity files, generic CSVs) find campaigns by name.
CREATE INDEX campaigns_by_name ON campaigns(name);
)SQL";

// Version 2.
// - The search index also keeps one- and two-character prefixes, so that a search for "m" reads one list of
//   rows instead of merging the lists of every word that starts with m (1.2 s -> under 0.1 s on 1 M contacts).
//   The new index starts empty: the background indexer fills it (indexmaintenance.h), and searches read the
//   contacts it has not reached from the table meanwhile.
// - events_by_contact goes: the natural key starts with (contact_id, occurred_at) and serves the same look-ups.
constexpr std::string_view migration2 = R"SQL(
DROP TRIGGER IF EXISTS contacts_search_insert;
DROP TRIGGER IF EXISTS contacts_search_delete;
DROP TRIGGER IF EXISTS contacts_search_update;
DROP TABLE contacts_search;
CREATE VIRTUAL TABLE contacts_search USING fts5(
    email, first_name, last_name, company,
    content='contacts', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='1 2'
);
INSERT INTO workspace_meta(key, value) SELECT 'search_bulk_after', '0' WHERE EXISTS (SELECT 1 FROM contacts);
DROP INDEX IF EXISTS events_by_contact;
)SQL";

constexpr std::array<std::string_view, currentVersion> migrations = {migration1, migration2};

} // namespace

void migrateTo(Database &db, int targetVersion)
{
    const int from = static_cast<int>(db.scalarInt("PRAGMA user_version"));
    if (from >= targetVersion)
        return;
    Transaction transaction(db);
    for (int version = from + 1; version <= targetVersion; ++version) {
        qCInfo(lcStorage) << "Migrating workspace to schema version" << version;
        db.exec(migrations[static_cast<size_t>(version - 1)]);
        if (version == 1)
            createContactTriggers(db);
        if (version == 2)
            recreateContactTriggers(db);
    }
    db.exec(fmt::format("PRAGMA application_id = {}", applicationId));
    db.exec(fmt::format("PRAGMA user_version = {}", targetVersion));
    transaction.commit();
}

void migrate(Database &db)
{
    migrateTo(db, currentVersion);
}

} // namespace herald::schema
