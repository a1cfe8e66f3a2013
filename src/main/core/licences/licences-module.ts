import type { Handlers } from '../../../shared/contract';
import type { licenceProcedures } from '../../../shared/contract/licences';
import type { AuditLog } from '../audit/audit-log';
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { EventBus } from '../events';
import { createLicenceEdits } from './licence-edits';
import { createSupplierDefaults } from './supplier-defaults';
import type { LicenceRepository } from './licence-repository';
import { createLicenceService } from './licence-service';
import { createLicenceUseService } from './licence-use-service';
import type { LicenceValidator } from './licence-validator';

export interface LicencesModuleDeps {
  readonly db: Db;
  readonly repo: LicenceRepository;
  readonly clock: Clock;
  readonly audit: AuditLog;
  readonly events: EventBus;
  readonly validator: LicenceValidator;
  /** Who certifies, in the words the trail records: the filer profile's name. */
  readonly certifier: () => string;
}

/** Licences: drafts, checks, the lifecycle, kept edits, the entries a licence was used on. */
export function createLicencesModule(deps: LicencesModuleDeps) {
  const service = createLicenceService({ ...deps, edits: createLicenceEdits(deps.db) });
  const uses = createLicenceUseService(deps);
  const supplierDefaults = createSupplierDefaults(deps.db);
  const handlers: Pick<Handlers, keyof typeof licenceProcedures> = {
    'licences.list': (query) => service.list(query),
    'licences.get': ({ id }) => service.get(id),
    'licences.create': (draft) => service.create(draft),
    'licences.update': ({ id, version, draft }) => service.update(id, version, draft),
    'licences.delete': ({ id, confirmRecordKeeping }) => service.remove(id, confirmRecordKeeping),
    'licences.deleteMany': ({ ids, confirmRecordKeeping }) => service.removeMany(ids, confirmRecordKeeping),
    'licences.validate': ({ ids }) => service.validate(ids),
    'licences.check': ({ draft, id }) => service.check(draft, id),
    'licences.transition': ({ ids, to, note }) => service.transition(ids, to, note),
    'licences.recordUse': (input) => uses.record(input),
    'licences.removeUse': ({ id, useId }) => uses.remove(id, useId),
    'licences.duplicate': ({ id }) => service.duplicate(id),
    'licences.supplierDefaults': ({ supplierId }) => supplierDefaults(supplierId),
    'licences.certify': ({ ids }) => service.certify(ids),
    'licences.keepEdit': ({ id, version, draft }) => service.keepEdit(id, version, draft),
    'licences.keptEdit': ({ id }) => service.keptEdit(id),
    'licences.discardEdit': ({ id }) => service.discardEdit(id),
    'licences.keptEdits': () => service.keptEdits(),
    'licences.history': ({ id }) => service.history(id),
  };
  return { service, uses, handlers };
}
