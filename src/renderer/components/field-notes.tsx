import type { RuleIssue } from '#shared/rules/rule';

/** Which findings to show under a field: errors go to FieldError, the rest read as notes. */
export function splitIssues(issues: readonly RuleIssue[], formError?: string) {
  const errors = [
    ...(formError ? [formError] : []),
    ...issues.filter((i) => i.severity === 'error').map((i) => i.message),
  ];
  const notes = issues.filter((i) => i.severity !== 'error');
  return { errors, notes };
}

/** Warnings and information for one field, worded by the rule that found them. */
export function FieldNotes({ notes, description }: { notes: readonly RuleIssue[]; description?: string | undefined }) {
  if (!description && notes.length === 0) return null;
  return (
    <>
      {description ? <span className="field-description">{description}</span> : null}
      {notes.map((note) => (
        <span
          key={`${note.code}-${note.message}`}
          className={`field-note field-note-${note.severity}`}
          data-code={note.code}
        >
          <span className="field-note-label">{note.severity === 'warning' ? 'Warning: ' : 'Note: '}</span>
          {note.message}
        </span>
      ))}
    </>
  );
}
