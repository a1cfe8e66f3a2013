import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { bulkUploadColumns } from './bulk-upload';
import { changeKinds, portalErrorCodes, portalPaths, portalStatuses } from './portal-protocol';

const root = path.resolve(__dirname, '../../..');
const openapi = fs.readFileSync(path.join(root, 'docs/portal-protocol.openapi.yaml'), 'utf8');
const bulkDoc = fs.readFileSync(path.join(root, 'docs/portal-bulk-upload.md'), 'utf8');

describe('the documented protocol', () => {
  it('documents every path, status, change kind and error code the code uses', () => {
    const paths = [
      portalPaths.session,
      portalPaths.licences,
      portalPaths.lookup,
      portalPaths.changes,
      portalPaths.cancel('{portalId}'),
      portalPaths.correct('{portalId}'),
    ];
    for (const p of paths) expect(openapi, p).toContain(`\n  ${decodeURIComponent(p)}:\n`);
    for (const status of portalStatuses) expect(openapi).toContain(status);
    for (const kind of changeKinds) expect(openapi).toContain(kind);
    for (const code of portalErrorCodes.filter((c) => c !== 'RATE_LIMITED' && c !== 'VERSION_CONFLICT'))
      expect(openapi).toContain(code);
    expect(openapi).toContain('VERSION_CONFLICT');
    expect(openapi).toContain('RATE_LIMITED');
  });

  it('has no reference-data call: the AIM portal publishes no tables (they are imported from USITC files)', () => {
    expect(openapi).not.toContain('/v1/reference');
    expect(Object.keys(portalPaths)).not.toContain('reference');
  });

  it('documents every bulk-upload column, flagged as to be checked against the portal template', () => {
    for (const column of bulkUploadColumns)
      expect(bulkDoc).toContain(`| ${column.header} | ${column.formField || '—'} |`);
    expect(bulkDoc).toMatch(/To be checked against the portal's template/);
  });
});
