import { useWatch, type Control } from 'react-hook-form';
import type { LicenceDraft, LicenceLine } from '../../../shared/licence/licence-schema';

/** A copy, compared field by field: the line re-renders when its own values change. */
const copyOf = (line: LicenceLine | undefined) => (line ? { ...line } : line);

/**
 * One line's values. A plain `useWatch` of `lines.3` is also told of `lines.30.…` (react-hook-form
 * matches names by prefix), and hands over a new object on every change anywhere in the form;
 * comparing a copy keeps a keystroke in one line from re-rendering the others.
 */
export function useWatchedLine(control: Control<LicenceDraft>, index: number): LicenceLine | undefined {
  return useWatch({ control, name: `lines.${index}`, compute: copyOf });
}
