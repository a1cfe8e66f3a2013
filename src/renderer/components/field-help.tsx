import type { ReactNode } from 'react';
import { Text } from 'react-aria-components';

/** The help line under a field, read out with it (react-aria's description slot); nothing when there is none. */
export function FieldHelp({ text }: { text: ReactNode }) {
  return text ? (
    <Text slot="description" className="field-help">
      {text}
    </Text>
  ) : null;
}
