import type { Db } from '#core/db/open-database';
import type { SupplierDefaults } from '#shared/contract/licences';

/**
 * What a licence's header usually says when its goods come from a supplier: what the last licence
 * with a line from that supplier said, or else what the supplier record says (its name as
 * exporter and manufacturer when it has those roles, its country as origin and export).
 */
export function createSupplierDefaults(db: Db) {
  const lastLicence = db.prepare<
    [string],
    {
      reference: string;
      exporter_name: string;
      manufacturers: string;
      manufacturer_unknown: number;
      country_of_origin: string;
      country_of_export: string;
      port_of_entry: string;
    }
  >(
    `SELECT l.reference, l.exporter_name, l.manufacturers, l.manufacturer_unknown, l.country_of_origin,
            l.country_of_export, l.port_of_entry
       FROM licences l
      WHERE l.id IN (SELECT licence_id FROM licence_lines WHERE supplier_id = ?)
      ORDER BY l.updated_at DESC, l.rowid DESC
      LIMIT 1`,
  );
  const supplier = db.prepare<[string], { name: string; roles: string; country: string }>(
    'SELECT name, roles, country FROM suppliers WHERE id = ?',
  );

  return (supplierId: string): SupplierDefaults | null => {
    const last = lastLicence.get(supplierId);
    if (last) {
      return {
        source: 'licence',
        reference: last.reference,
        exporterName: last.exporter_name,
        manufacturers: last.manufacturer_unknown ? [] : (JSON.parse(last.manufacturers) as string[]),
        countryOfOrigin: last.country_of_origin,
        countryOfExport: last.country_of_export,
        portOfEntry: last.port_of_entry,
      };
    }
    const record = supplier.get(supplierId);
    if (!record) return null;
    const roles = JSON.parse(record.roles) as string[];
    return {
      source: 'supplier',
      reference: '',
      exporterName: roles.includes('exporter') ? record.name : '',
      manufacturers: roles.includes('manufacturer') ? [record.name] : [],
      countryOfOrigin: record.country,
      countryOfExport: roles.includes('exporter') ? record.country : '',
      portOfEntry: '',
    };
  };
}
