import type { ReferenceStore } from '#core/reference/reference-store';
import type { Handlers } from '#shared/contract';
import type { licenceProcedures } from '#shared/contract/licences';
import { certifierName } from '#shared/licences/certification';
import type { AppSettings } from '#shared/settings/app-settings';
import type { EvidenceIndex } from '#shared/suppliers/evidence-data';

import { createLicenceEdits } from './licence-edits';
import { createLicenceRepository } from './licence-repository';
import { createLicenceService, type LicenceServiceDeps } from './licence-service';
import { createLicenceUseService } from './licence-use-service';
import { createLicenceValidator } from './licence-validator';
import { createSupplierDefaults } from './supplier-defaults';

/**
 * The licence service's own deps; the module makes the repository, the validator (the rule engine
 * with what only the database knows) and the kept-edits store itself.
 */
export interface LicencesModuleDeps extends Omit<LicenceServiceDeps, 'edits' | 'repo' | 'validator' | 'certifier'> {
  readonly reference: ReferenceStore;
  readonly settings: () => AppSettings;
  /** Supplier documents behind the lines (the evidence module's index). */
  readonly evidenceIndex: () => EvidenceIndex | undefined;
  /** Who certifies: the filer named in the profile. */
  readonly profile: () => Parameters<typeof certifierName>[0];
}

/** Licences: drafts, checks, the lifecycle, kept edits, the entries a licence was used on. */
export function createLicencesModule(deps: LicencesModuleDeps) {
  const repo = createLicenceRepository(deps.db);
  const validator = createLicenceValidator(deps.db, deps.clock, deps.reference, deps.settings, deps.evidenceIndex);
  const certifier = () => certifierName(deps.profile());
  const service = createLicenceService({ ...deps, repo, validator, certifier, edits: createLicenceEdits(deps.db) });
  const uses = createLicenceUseService({ ...deps, repo, validator });
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
  return { service, uses, repo, validator, handlers };
}
