import type { AuditLog } from '#core/audit/audit-log';
import type { Clock } from '#core/clock';
import type { Db } from '#core/db/open-database';
import type { EventBus } from '#core/events';
import type { LicenceRepository } from '#core/licences/licence-repository';
import type { LicenceValidator } from '#core/licences/licence-validator';
import type { Handlers } from '#shared/contract';
import { licenceQuerySchema } from '#shared/contract/licences';
import { localIsoDate } from '#shared/dates/iso-date';

import { exportLicences, toCanonicalCsv } from './export-licences';
import { createImportPresets } from './import-presets';
import { createImportService } from './import-service';
import { templateRows } from './template';

type ImportHandlers = Pick<
  Handlers,
  | 'imports.template'
  | 'imports.preview'
  | 'imports.commit'
  | 'imports.presets'
  | 'imports.savePreset'
  | 'imports.deletePreset'
  | 'licences.export'
>;

export function createImportHandlers(deps: {
  db: Db;
  clock: Clock;
  audit: AuditLog;
  events: EventBus;
  repo: LicenceRepository;
  validator: LicenceValidator;
}): ImportHandlers & { service: ReturnType<typeof createImportService> } {
  const service = createImportService(deps);
  const presets = createImportPresets(deps.db, deps.clock, deps.audit);
  return {
    service,
    'imports.template': () => ({
      fileName: 'aim-licences-template.csv',
      mimeType: 'text/csv',
      content: toCanonicalCsv(templateRows(localIsoDate(deps.clock.now()))),
      count: 1,
    }),
    'imports.preview': ({ fileName, contentBase64, mapping }) =>
      service.preview(fileName, Buffer.from(contentBase64, 'base64'), mapping),
    'imports.commit': ({ importId, skipInvalid }) => service.commit(importId, skipInvalid),
    'imports.presets': () => presets.list(),
    'imports.savePreset': (preset) => presets.save(preset),
    'imports.deletePreset': ({ name }) => presets.delete(name),
    'licences.export': ({ format, ids, query }) => {
      const chosen = ids ?? deps.repo.idsMatching(licenceQuerySchema.parse({ ...(query ?? {}) }));
      const licences = chosen.map((id) => deps.repo.get(id)).filter((l) => l !== null);
      return exportLicences(licences, format, deps.clock.now());
    },
  };
}
