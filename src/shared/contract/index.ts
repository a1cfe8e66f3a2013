import type { z } from 'zod';

import { appProcedures } from './app';
import { auditProcedures } from './audit';
import { backupProcedures } from './backups';
import { dashboardProcedures } from './dashboard';
import { mergeMaps, type ProcedureDef } from './define';
import { fileProcedures } from './files';
import { importProcedures } from './imports';
import { licenceProcedures } from './licences';
import { needLicenceProcedures } from './need-licence';
import { noticeProcedures } from './notices';
import { profileProcedures } from './profile';
import { recoveryProcedures } from './recovery';
import { referenceProcedures } from './reference';
import { reportProcedures } from './reports';
import { settingsProcedures } from './settings';
import { documentProcedures } from './suppliers/documents';
import { evidenceProcedures } from './suppliers/evidence';
import { supplierProcedures } from './suppliers/suppliers';
import { syncProcedures } from './sync';
import { vaultProcedures } from './vault';

export type { ProcedureDef } from './define';
export * from './errors';
export * from './events';
export * from './result';

/** The whole contract between the UI (or any other caller) and the core. */
export const procedures = mergeMaps(
  appProcedures,
  profileProcedures,
  settingsProcedures,
  referenceProcedures,
  licenceProcedures,
  needLicenceProcedures,
  importProcedures,
  dashboardProcedures,
  auditProcedures,
  backupProcedures,
  recoveryProcedures,
  syncProcedures,
  supplierProcedures,
  documentProcedures,
  evidenceProcedures,
  reportProcedures,
  vaultProcedures,
  noticeProcedures,
  fileProcedures,
);

export type Procedures = typeof procedures;
export type ProcedureName = keyof Procedures & string;
/** What a caller may send (before defaults and trimming). */
export type ProcedureInput<K extends ProcedureName> = z.input<Procedures[K]['input']>;
/** What a handler receives (after parsing). */
export type HandlerInput<K extends ProcedureName> = z.output<Procedures[K]['input']>;
export type ProcedureOutput<K extends ProcedureName> = z.output<Procedures[K]['output']>;

export const isProcedureName = (name: string): name is ProcedureName => Object.hasOwn(procedures, name);
export const procedureDef = (name: ProcedureName): ProcedureDef => procedures[name] as ProcedureDef;

/** Who is calling: handlers never trust it for authorisation (hosts do that), only for logging. */
export interface CallContext {
  readonly host: 'electron' | 'web' | 'in-process' | 'cli';
}

export type Handlers = {
  [K in ProcedureName]: (input: HandlerInput<K>, ctx: CallContext) => ProcedureOutput<K> | Promise<ProcedureOutput<K>>;
};
