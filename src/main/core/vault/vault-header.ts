import fs from 'node:fs';
import path from 'node:path';

import { z } from 'zod';

import { syncDirectory, writeFileAtomically } from '#core/audit/audit-anchor';
import { AppError } from '#shared/contract';
import type { VaultChange } from '#shared/contract/vault';

import { sealedNameKeySchema, sealNameKey } from './file-names';
import { keyIdOf, type KeySpec, keySpecSchema, type VaultKeys, wrapKeys } from './vault-keys';

/**
 * `vault.json` in the data folder: its presence marks the folder as protected, and it holds what
 * is needed to derive the keys again from the passphrase (scrypt's salt and cost) plus a check
 * value. It holds no key. While a change of protection is under way it also says where the
 * change is going, so a crash part-way is finished at the next unlock instead of leaving files
 * nobody can read.
 */
export const vaultHeaderFileName = 'vault.json';
export const vaultHeaderFile = (dataDir: string): string => path.join(dataDir, vaultHeaderFileName);

const keyId = z.string().regex(/^[0-9a-f]{16}$/);

/** During a passphrase change each key's master is kept sealed under the other, so either passphrase finishes it. */
const wrappedKeySchema = z.object({ keyId, under: keyId, sealed: z.string().max(200) });

export const vaultHeaderSchema = z
  .object({
    format: z.literal('aim-licences-vault'),
    formatVersion: z.literal(1),
    /** `on`: settled. The others: a change that has started and must be finished. */
    state: z.enum(['on', 'enabling', 'changing', 'removing']),
    keys: z.array(keySpecSchema).min(1).max(2),
    /** The key everything is brought to, or null when protection is being removed. */
    target: keyId.nullable(),
    wrapped: z.array(wrappedKeySchema).max(2),
    database: z.literal('sqlcipher-4'),
    files: z.literal('aes-256-gcm'),
    /**
     * The attachments' name key (file-names.ts), sealed under each of the header's keys. Absent
     * in a folder protected by a version before keyed names: it is made at the next start.
     */
    fileNames: z.array(sealedNameKeySchema).max(2).optional(),
    /** Set while a folder from before keyed names has its attachments renamed (finished at the next start). */
    fileNamesPending: z.literal(true).optional(),
  })
  .superRefine((h, ctx) => {
    const ids = h.keys.map((k) => keyIdOf(k.check));
    const expected = { on: 1, enabling: 1, removing: 1, changing: 2 }[h.state];
    const targetOk = h.state === 'removing' ? h.target === null : h.target === ids[ids.length - 1];
    if (ids.length !== expected || !targetOk || (h.state === 'changing' && h.wrapped.length !== 2)) {
      ctx.addIssue({ code: 'custom', message: `its keys do not fit its state "${h.state}"` });
    }
  });
export type VaultHeader = z.infer<typeof vaultHeaderSchema>;

/** The folder's protection, or null when it has none (no header file). */
export function readVaultHeader(dataDir: string): VaultHeader | null {
  const file = vaultHeaderFile(dataDir);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw unreadable(file, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw unreadable(file, 'it is not valid JSON');
  }
  const parsed = vaultHeaderSchema.safeParse(raw);
  if (!parsed.success) throw unreadable(file, parsed.error.issues[0]?.message ?? 'unexpected content');
  return parsed.data;
}

const unreadable = (file: string, reason: string) =>
  new AppError(
    'UNREADABLE_FILE',
    `${path.basename(file)} in the data folder cannot be read (${reason}). It says how the passphrase unlocks the data; without it the data cannot be opened. ` +
      'Put back a copy of it (every backup manifest also records it, under "protection").',
    { file },
  );

export function writeVaultHeader(dataDir: string, header: VaultHeader): void {
  writeFileAtomically(vaultHeaderFile(dataDir), `${JSON.stringify(vaultHeaderSchema.parse(header), null, 2)}\n`);
}

export function removeVaultHeader(dataDir: string): void {
  fs.rmSync(vaultHeaderFile(dataDir), { force: true });
  syncDirectory(dataDir);
}

const base = { format: 'aim-licences-vault', formatVersion: 1, database: 'sqlcipher-4', files: 'aes-256-gcm' } as const;

/** The name key sealed under each of `keys`, or nothing when the folder has none (yet). */
const sealedNames = (nameKey: Buffer | null, keys: readonly VaultKeys[]) =>
  nameKey ? { fileNames: keys.map((k) => sealNameKey(nameKey, k)) } : {};

export const settledHeader = (keys: VaultKeys, nameKey: Buffer | null): VaultHeader => ({
  ...base,
  state: 'on',
  keys: [keys.spec],
  target: keys.id,
  wrapped: [],
  ...sealedNames(nameKey, [keys]),
});

/** The header written before anything is touched, for each kind of change. */
export function pendingHeader(
  change: VaultChange,
  from: VaultKeys | null,
  to: VaultKeys | null,
  nameKey: Buffer | null,
): VaultHeader {
  if (change === 'enabling' && to)
    return { ...base, state: 'enabling', keys: [to.spec], target: to.id, wrapped: [], ...sealedNames(nameKey, [to]) };
  if (change === 'removing' && from)
    return {
      ...base,
      state: 'removing',
      keys: [from.spec],
      target: null,
      wrapped: [],
      ...sealedNames(nameKey, [from]),
    };
  if (change === 'changing' && from && to) {
    return {
      ...sealedNames(nameKey, [from, to]),
      ...base,
      state: 'changing',
      keys: [from.spec, to.spec],
      target: to.id,
      wrapped: [
        { keyId: from.id, under: to.id, sealed: wrapKeys(from, to) },
        { keyId: to.id, under: from.id, sealed: wrapKeys(to, from) },
      ],
    };
  }
  throw new Error(
    `A ${change} header needs ${change === 'enabling' ? 'a new' : change === 'removing' ? 'the current' : 'both'} key(s).`,
  );
}

export const unfinishedChange = (header: VaultHeader | null): VaultChange | null =>
  header && header.state !== 'on' ? header.state : null;

/** The key spec everything is (being) brought to, for a backup manifest; null when it becomes plain. */
export const targetSpec = (header: VaultHeader): KeySpec | null =>
  header.keys.find((k) => keyIdOf(k.check) === header.target) ?? null;
