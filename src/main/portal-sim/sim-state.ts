import { createHash, randomBytes } from 'node:crypto';

import { localIsoDate, plusDays } from '#shared/dates/iso-date';
import {
  bundledReferenceData,
  indexReferenceData,
  type ReferenceData,
  type ReferenceIndex,
  referenceVersion,
} from '#shared/reference/reference-data';
import type {
  LookupResult,
  PortalChange,
  PortalError,
  PortalLicenceContent,
  PortalLicenceRecord,
  PortalReason,
  SubmissionItem,
  SubmitItemResult,
} from '#shared/sync/portal-protocol';

import { judge } from './sim-rules';

export interface SimAccount {
  readonly username: string;
  readonly password: string;
  readonly company: string;
}

export interface SimClock {
  now(): Date;
}

/** A reply as the HTTP layer sends it. */
export interface SimReply {
  readonly status: number;
  readonly body: unknown;
}

interface StoredOperation {
  readonly hash: string;
  readonly portalId: string | null;
  readonly error: SimReply | null;
}

const validityDays = 75;

const errorReply = (
  status: number,
  code: string,
  message: string,
  extra: { reasons?: PortalReason[]; current?: PortalLicenceRecord } = {},
): SimReply => {
  const body: PortalError = {
    error: { code, message, ...(extra.reasons ? { reasons: extra.reasons } : {}) },
    ...(extra.current ? { current: extra.current } : {}),
  };
  return { status, body };
};

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * The simulated portal's memory: accounts and tokens, filed licences with their versions, every
 * idempotency key it has seen (with the answer to replay), fenced keys, and the change feed.
 * Everything is in memory; a restart is a fresh portal.
 */
export function createSimState(options: {
  clock: SimClock;
  accounts: readonly SimAccount[];
  tokenTtlMs?: number;
  reviewMs?: number;
}) {
  const { clock } = options;
  const tokenTtlMs = options.tokenTtlMs ?? 8 * 3600_000;
  const reviewMs = options.reviewMs ?? 0;
  const accounts = new Map(options.accounts.map((a) => [a.username.toLowerCase(), a]));
  const tokens = new Map<string, { username: string; expiresAt: number }>();
  const records = new Map<string, PortalLicenceRecord & { owner: string; createdAtMs: number }>();
  const operations = new Map<string, StoredOperation>();
  const fenced = new Set<string>();
  const changes: (PortalChange & { owner: string })[] = [];
  const filedByClient = new Map<string, string>();
  /** How many times each key was processed (first time and replays): the tests' view of resends. */
  const processed = new Map<string, number>();
  let reference: { version: string; data: ReferenceData; index: ReferenceIndex } = {
    version: referenceVersion(bundledReferenceData),
    data: bundledReferenceData,
    index: indexReferenceData(bundledReferenceData),
  };
  let numberSeq = 0;
  let idSeq = 0;

  const nowIso = () => clock.now().toISOString();
  const publicRecord = (r: PortalLicenceRecord & { owner: string; createdAtMs: number }): PortalLicenceRecord => {
    const { owner: _owner, createdAtMs: _created, ...record } = r;
    return structuredClone(record);
  };

  function emit(
    kind: PortalChange['kind'],
    record: PortalLicenceRecord & { owner: string; createdAtMs: number },
  ): void {
    changes.push({ seq: changes.length + 1, kind, record: publicRecord(record), owner: record.owner });
  }

  function issue(record: PortalLicenceRecord): void {
    numberSeq += 1;
    const today = localIsoDate(clock.now());
    record.status = 'issued';
    record.licenceNumber = `AL${today.slice(2, 4)}${String(numberSeq).padStart(7, '0')}`;
    record.validFrom = today;
    record.validThrough = plusDays(today, validityDays - 1);
    record.reasons = [];
  }

  function count(key: string): void {
    processed.set(key, (processed.get(key) ?? 0) + 1);
  }

  function owned(owner: string, portalId: string) {
    const record = records.get(portalId);
    return record && record.owner === owner ? record : null;
  }

  /** Replays the stored answer of a key, or refuses a fenced key / a reused key with other content. */
  function replay(key: string, hash: string): SimReply | 'new' {
    if (fenced.has(key))
      return errorReply(
        409,
        'KEY_FENCED',
        'This idempotency key was withdrawn by the client and can no longer be used.',
      );
    const previous = operations.get(key);
    if (!previous) return 'new';
    if (previous.hash !== hash)
      return errorReply(422, 'IDEMPOTENCY_MISMATCH', 'This idempotency key was used before with different content.');
    if (previous.error) return previous.error;
    return { status: 200, body: { record: publicRecord(records.get(previous.portalId!)!), replayed: true } };
  }

  return {
    signIn(username: string, password: string): SimReply {
      const account = accounts.get(username.trim().toLowerCase());
      if (!account || account.password !== password)
        return errorReply(401, 'INVALID_CREDENTIALS', 'Unknown user name or wrong password.');
      const token = randomBytes(32).toString('base64url');
      const expiresAt = clock.now().getTime() + tokenTtlMs;
      tokens.set(token, { username: account.username, expiresAt });
      return {
        status: 200,
        body: {
          token,
          expiresAt: new Date(expiresAt).toISOString(),
          account: { username: account.username, company: account.company },
        },
      };
    },
    signOut(token: string): SimReply {
      tokens.delete(token);
      return { status: 200, body: { signedOut: true } };
    },
    /** The account a bearer token belongs to, or null when it is unknown or expired. */
    authenticate(token: string | null): string | null {
      if (!token) return null;
      const session = tokens.get(token);
      if (!session || session.expiresAt <= clock.now().getTime()) return null;
      return session.username;
    },
    expireToken(token: string | null): void {
      const session = token ? tokens.get(token) : undefined;
      if (session) session.expiresAt = 0;
    },
    expireAllTokens(): void {
      for (const session of tokens.values()) session.expiresAt = 0;
    },

    submitItem(owner: string, item: SubmissionItem): SubmitItemResult {
      count(item.idempotencyKey);
      const hash = hashOf({ op: 'submit', clientLicenceId: item.clientLicenceId, licence: item.licence });
      const previous = replay(item.idempotencyKey, hash);
      if (previous !== 'new') {
        if (previous.status !== 200)
          return { idempotencyKey: item.idempotencyKey, error: (previous.body as PortalError).error };
        return {
          idempotencyKey: item.idempotencyKey,
          replayed: true,
          record: (previous.body as { record: PortalLicenceRecord }).record,
        };
      }
      // The portal's own guard: one licence is filed once, even under a second key.
      const existingId = filedByClient.get(`${owner}|${item.clientLicenceId}`);
      const existing = existingId ? records.get(existingId) : undefined;
      if (existing && (existing.status === 'issued' || existing.status === 'in-review')) {
        operations.set(item.idempotencyKey, { hash, portalId: existing.portalId, error: null });
        return { idempotencyKey: item.idempotencyKey, replayed: true, record: publicRecord(existing) };
      }
      idSeq += 1;
      const record: PortalLicenceRecord & { owner: string; createdAtMs: number } = {
        portalId: `P${String(idSeq).padStart(8, '0')}`,
        clientLicenceId: item.clientLicenceId,
        idempotencyKey: item.idempotencyKey,
        status: 'in-review',
        licenceNumber: null,
        validFrom: null,
        validThrough: null,
        reasons: [],
        version: 1,
        lastOperationKey: item.idempotencyKey,
        licence: structuredClone(item.licence),
        updatedAt: nowIso(),
        owner,
        createdAtMs: clock.now().getTime(),
      };
      const verdict = judge(item.licence, clock.now(), reference.index);
      if (verdict.kind === 'reject') {
        record.status = 'rejected';
        record.reasons = verdict.reasons;
      } else if (verdict.kind === 'issue') {
        issue(record);
      }
      records.set(record.portalId, record);
      if (record.status !== 'rejected') filedByClient.set(`${owner}|${item.clientLicenceId}`, record.portalId);
      operations.set(item.idempotencyKey, { hash, portalId: record.portalId, error: null });
      emit('created', record);
      return { idempotencyKey: item.idempotencyKey, replayed: false, record: publicRecord(record) };
    },

    change(
      owner: string,
      op: 'cancel' | 'correct',
      key: string,
      portalId: string,
      body: { baseVersion: number; reason?: string; licence?: PortalLicenceContent },
    ): SimReply {
      count(key);
      const hash = hashOf({ op, portalId, body });
      const previous = replay(key, hash);
      if (previous !== 'new') return previous;
      const remember = (reply: SimReply, id: string | null): SimReply => {
        operations.set(key, { hash, portalId: id, error: reply.status === 200 ? null : reply });
        return reply;
      };
      const record = owned(owner, portalId);
      if (!record) return remember(errorReply(404, 'NOT_FOUND', `No licence ${portalId} on this account.`), null);
      if (record.version !== body.baseVersion) {
        return remember(
          errorReply(
            409,
            'VERSION_CONFLICT',
            `The licence is at version ${record.version}; this ${op} was prepared on version ${body.baseVersion}.`,
            { current: publicRecord(record) },
          ),
          null,
        );
      }
      if (record.status !== 'issued') {
        return remember(
          errorReply(
            422,
            'VALIDATION_FAILED',
            `Only an issued licence can be ${op === 'cancel' ? 'cancelled' : 'corrected'}; this one is ${record.status}.`,
            { reasons: [{ code: 'PORTAL_NOT_ISSUED', path: '', message: `The licence is ${record.status}.` }] },
          ),
          null,
        );
      }
      if (op === 'correct') {
        const verdict = judge(body.licence!, clock.now(), reference.index);
        if (verdict.kind === 'reject')
          return remember(
            errorReply(422, 'VALIDATION_FAILED', "The correction breaks the portal's rules.", {
              reasons: verdict.reasons,
            }),
            null,
          );
        record.licence = structuredClone(body.licence!);
      } else {
        record.status = 'cancelled';
      }
      record.version += 1;
      record.lastOperationKey = key;
      record.updatedAt = nowIso();
      emit(op === 'cancel' ? 'cancelled' : 'corrected', record);
      return remember({ status: 200, body: { record: publicRecord(record), replayed: false } }, record.portalId);
    },

    lookup(owner: string, keys: readonly string[], fence: boolean): LookupResult[] {
      return keys.map((key): LookupResult => {
        if (fenced.has(key)) return { idempotencyKey: key, state: 'fenced' };
        const op = operations.get(key);
        if (!op) {
          if (fence) fenced.add(key);
          return { idempotencyKey: key, state: 'unknown' };
        }
        if (op.error) {
          const body = op.error.body as PortalError;
          return {
            idempotencyKey: key,
            state: 'failed',
            error: body.error,
            ...(body.current ? { current: body.current } : {}),
          };
        }
        const record = owned(owner, op.portalId!);
        return record
          ? { idempotencyKey: key, state: 'completed', record: publicRecord(record) }
          : { idempotencyKey: key, state: 'unknown' };
      });
    },

    changes(
      owner: string,
      cursor: number,
      limit: number,
      repeat: number,
    ): { changes: PortalChange[]; cursor: string; hasMore: boolean } {
      // Licences held for review are decided when the client next asks (after `reviewMs`).
      for (const record of records.values()) {
        if (
          record.owner === owner &&
          record.status === 'in-review' &&
          clock.now().getTime() - record.createdAtMs >= reviewMs
        ) {
          issue(record);
          record.version += 1;
          record.lastOperationKey = null;
          record.updatedAt = nowIso();
          emit('decided', record);
        }
      }
      const mine = changes.filter((c) => c.owner === owner);
      const from = mine.findIndex((c) => c.seq > cursor);
      const page = from === -1 ? [] : mine.slice(from, from + limit);
      const repeated = repeat > 0 && from > 0 ? mine.slice(Math.max(0, from - repeat), from) : [];
      const last = page.at(-1)?.seq ?? cursor;
      return {
        changes: [...repeated, ...page].map(({ owner: _o, ...c }) => c),
        cursor: String(last),
        hasMore: from !== -1 && from + limit < mine.length,
      };
    },

    // What the portal's own staff or web form do; driven by the admin endpoints and tests.
    admin: {
      /** The tables the simulated portal judges with (a real portal's are its own; it sends none). */
      judgeWith(data: ReferenceData): string {
        reference = { version: referenceVersion(data), data, index: indexReferenceData(data) };
        return reference.version;
      },
      correctOnPortal(portalId: string, patch: Partial<PortalLicenceContent>): PortalLicenceRecord | null {
        const record = records.get(portalId);
        if (!record) return null;
        record.licence = { ...record.licence, ...patch };
        record.version += 1;
        record.lastOperationKey = null;
        record.updatedAt = nowIso();
        emit('corrected', record);
        return publicRecord(record);
      },
      cancelOnPortal(portalId: string): PortalLicenceRecord | null {
        const record = records.get(portalId);
        if (!record || record.status !== 'issued') return null;
        record.status = 'cancelled';
        record.version += 1;
        record.lastOperationKey = null;
        record.updatedAt = nowIso();
        emit('cancelled', record);
        return publicRecord(record);
      },
      licences: (): PortalLicenceRecord[] => [...records.values()].map(publicRecord),
      processed: (key: string): number => processed.get(key) ?? 0,
      /** Licences filed (not rejected) per client licence id: more than one would be a double filing. */
      filingsPerClientLicence(): Map<string, number> {
        const counts = new Map<string, number>();
        for (const record of records.values()) {
          if (record.status === 'rejected') continue;
          counts.set(record.clientLicenceId, (counts.get(record.clientLicenceId) ?? 0) + 1);
        }
        return counts;
      },
    },
  };
}
export type SimState = ReturnType<typeof createSimState>;
