import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';

import { ErrorBanner } from './error-banner';

/**
 * The end of a form: what went wrong with the last try (if `error` is given), then the submit button
 * (disabled while the form is busy or cannot be sent), and any further buttons after it.
 */
export function SubmitRow({
  label,
  disabled,
  error,
  tone = 'primary',
  children,
}: {
  label: ReactNode;
  disabled: boolean;
  error?: string | null;
  tone?: 'primary' | 'secondary' | 'danger';
  children?: ReactNode;
}) {
  return (
    <>
      {error !== undefined ? <ErrorBanner message={error} /> : null}
      <div className="form-actions">
        <Button type="submit" className={`button button-${tone}`} isDisabled={disabled}>
          {label}
        </Button>
        {children}
      </div>
    </>
  );
}
