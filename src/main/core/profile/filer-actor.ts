import type { Db } from '#core/db/open-database';

/**
 * Who the audit trail names for a change: the filer profile's company and e-mail, read when each
 * entry is written (the trail exists before the profile service, which writes to it).
 */
export function filerActor(db: Db): () => string {
  const select = db.prepare<[], { data: string }>('SELECT data FROM filer_profile WHERE id = 1');
  return () => {
    const row = select.get();
    if (!row) return 'filer (no profile yet)';
    const p = JSON.parse(row.data) as { company?: string; email?: string };
    return `${p.company ?? ''} <${p.email ?? ''}>`;
  };
}
