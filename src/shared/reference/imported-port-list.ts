import { z } from 'zod';
import type { ReferenceOrigin } from './hts';
import type { PortList } from './ports';
import { portListSchema, referenceOriginSchema } from './reference-schema';

/** A port list read from its publisher's file into a data folder, with where it came from. */
export interface ImportedPortList extends PortList {
  readonly id: string;
  readonly label: string;
  readonly origin: ReferenceOrigin;
}

export const importedPortListSchema = portListSchema.extend({
  id: z.string().min(1).max(60),
  label: z.string(),
  origin: referenceOriginSchema,
});

/** The port list in force: the most recently produced of the bundled one and those imported. */
export function portListInForce(bundled: PortList, imported: readonly ImportedPortList[]): PortList {
  let chosen: PortList = bundled;
  for (const list of imported) if (list.asOf >= chosen.asOf) chosen = list;
  return chosen;
}
