import { type Control, useWatch } from 'react-hook-form';

import type { DocumentDraft } from '#shared/suppliers/document-schema';
import type { SourcedField } from '#shared/suppliers/field-source';

/** Under a field whose value was taken from the document: from which file, page and words. */
export function SourceNote({ control, field }: { control: Control<DocumentDraft>; field: SourcedField }) {
  const sources = useWatch({ control, name: 'fieldSources' });
  const source = sources.find((s) => s.field === field);
  if (!source) return null;
  return (
    <p className="source-note" data-testid={`source-${field}`}>
      From {source.fileName}, page {source.page}: “{source.text}”{' '}
      <span className="muted">
        ({source.decision === 'edited' ? `corrected; the reader proposed ${source.proposed}` : 'accepted as proposed'})
      </span>
    </p>
  );
}
