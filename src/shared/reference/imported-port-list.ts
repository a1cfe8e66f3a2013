import { z } from 'zod';

import type { ReferenceOrigin } from './hts';
import type { CbpPortList, PortList } from './ports';
import { cbpPortListSchema, portListSchema, referenceOriginSchema } from './reference-schema';

/** What an imported list carries beside its ports: an id, a label and the file it came from. */
interface Imported {
  readonly id: string;
  readonly label: string;
  readonly origin: ReferenceOrigin;
}

/** A Census Schedule D list read from its file into a data folder. */
export interface ImportedPortList extends PortList, Imported {}

/** CBP's whole port code list (ACE Appendix E) read from its file into a data folder. */
export interface ImportedCbpList extends CbpPortList, Imported {}

const importedFields = { id: z.string().min(1).max(60), label: z.string(), origin: referenceOriginSchema };
export const importedPortListSchema = portListSchema.extend(importedFields);
export const importedCbpListSchema = cbpPortListSchema.extend(importedFields);

const newest = <T extends { asOf: string }>(bundled: T, imported: readonly T[]): T => {
  let chosen = bundled;
  for (const list of imported) if (list.asOf >= chosen.asOf) chosen = list;
  return chosen;
};

/** The Census list in force: the most recently produced of the bundled one and those imported. */
export const portListInForce = (bundled: PortList, imported: readonly ImportedPortList[]): PortList =>
  newest(bundled, imported);

/**
 * CBP's codes in force beyond the Census list: the most recently published CBP list, bundled (which
 * holds only those codes) or imported (CBP's whole list, narrowed here to the codes Census lacks,
 * so a code both lists have keeps its Census name, as with the bundled tables).
 */
export function cbpPortsInForce(
  bundled: CbpPortList,
  imported: readonly ImportedCbpList[],
  census: PortList,
): CbpPortList {
  const chosen = newest<CbpPortList>(bundled, imported);
  return chosen === bundled ? bundled : onlyCbpCodes(chosen, census);
}

/** A CBP list narrowed to the codes the Census list lacks. */
export function onlyCbpCodes<T extends CbpPortList>(list: T, census: PortList): T {
  const inCensus = new Set(census.ports.map((p) => p.code));
  return { ...list, ports: list.ports.filter((p) => !inCensus.has(p.code)) };
}
