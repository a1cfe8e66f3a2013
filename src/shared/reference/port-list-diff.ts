import type { PortList } from './ports';

/** What one port list changes against another: codes added, dropped and renamed. */
export function diffPortLists(before: PortList, after: PortList) {
  const old = new Map(before.ports.map((p) => [p.code, p.name]));
  const next = new Map(after.ports.map((p) => [p.code, p.name]));
  return {
    added: after.ports.filter((p) => !old.has(p.code)).map(({ code, name }) => ({ code, name })),
    removed: before.ports.filter((p) => !next.has(p.code)).map(({ code, name }) => ({ code, name })),
    renamed: after.ports
      .filter((p) => old.has(p.code) && old.get(p.code) !== p.name)
      .map((p) => ({ code: p.code, before: old.get(p.code)!, after: p.name })),
  };
}
