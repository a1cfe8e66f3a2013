import type { Migration } from '#core/db/migration';

export const syncOutbox: Migration = {
  version: 3,
  name: 'sync outbox, sync log, portal links, conflicts, sync state, reference updates',
  up(db) {
    db.exec(`
      -- One row per operation to send to the portal. The id is a UUIDv7 made here and sent as the
      -- idempotency key, so a resend after a lost answer can never file twice. Rows are never
      -- deleted: done, failed and withdrawn rows stay as the record of what was sent.
      CREATE TABLE sync_outbox (
        id TEXT PRIMARY KEY,
        licence_id TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        op TEXT NOT NULL CHECK (op IN ('submit','cancel','correct')),
        payload TEXT NOT NULL,
        base_version INTEGER,
        state TEXT NOT NULL CHECK (state IN ('pending','in_flight','done','failed','withdrawn')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error_code TEXT,
        last_error_message TEXT,
        result TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX sync_outbox_state ON sync_outbox(state, next_attempt_at);
      CREATE INDEX sync_outbox_licence ON sync_outbox(licence_id);
      -- At most one operation per licence is on its way at a time, so they reach the portal in order.
      CREATE UNIQUE INDEX sync_outbox_one_open ON sync_outbox(licence_id) WHERE state IN ('pending','in_flight');

      -- Every attempt and its outcome, for the sync log screen and the diagnostics bundle.
      CREATE TABLE sync_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        outcome TEXT NOT NULL,
        code TEXT,
        http_status INTEGER,
        count INTEGER NOT NULL DEFAULT 0,
        message TEXT NOT NULL,
        duration_ms INTEGER
      );

      -- The portal's copy of each filed licence as last seen: its id, its version (conflicts are
      -- judged by version, never by clock) and the record itself.
      CREATE TABLE sync_links (
        licence_id TEXT PRIMARY KEY,
        portal_id TEXT NOT NULL UNIQUE,
        portal_version INTEGER NOT NULL,
        record TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      -- Both versions of a disagreement, kept until the user chooses.
      CREATE TABLE sync_conflicts (
        id TEXT PRIMARY KEY,
        licence_id TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        mine TEXT NOT NULL,
        portal TEXT NOT NULL,
        detected_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT
      );
      CREATE INDEX sync_conflicts_open ON sync_conflicts(licence_id) WHERE resolved_at IS NULL;

      -- Settings, the changes cursor, the last sync time. Never credentials.
      CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      -- Reference tables delivered by the portal; the newest is applied at start-up.
      CREATE TABLE sync_reference_updates (
        version TEXT PRIMARY KEY,
        received_at TEXT NOT NULL,
        data TEXT NOT NULL
      );
    `);
  },
};
