import { parseScheduleD, type ScheduleDList } from '#shared/reference/census-schedule-d';
import { stateFromPortName } from '#shared/reference/port-state';
import { bundledPorts, type Port } from '#shared/reference/ports';

import { refuseFile } from './hts-export-file';

/** A Census Schedule D list as the app keeps its ports (code, name, state). */
export interface CensusPortFile {
  readonly producedOn: string | null;
  readonly districts: number;
  readonly ports: Port[];
}

/**
 * The state of each port is read from its name as for the bundled list; where the name carries
 * none, the bundled list's state for the same code is kept (SOURCES.md took those from other lists).
 */
export function portsWithStates(list: ScheduleDList): Port[] {
  const known = new Map(bundledPorts.ports.map((p) => [p.code, p.state]));
  return list.ports.map(({ code, name }) => ({ code, name, state: stateFromPortName(name) || known.get(code) || '' }));
}

/** The Census "Schedule D - District/Port List" (dist.txt) from its text, or a one-sentence refusal. */
export function readCensusScheduleD(text: string, fileName: string): CensusPortFile {
  const read = parseScheduleD(text);
  if (!read.ok) throw refuseFile(fileName, read.reason);
  return { producedOn: read.list.producedOn, districts: read.list.districts.length, ports: portsWithStates(read.list) };
}
