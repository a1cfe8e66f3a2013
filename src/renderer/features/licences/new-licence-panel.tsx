/**
 * The side panel of a licence not saved yet. It holds the place of the saved licence's status
 * panel, so the form keeps its width (and the field being typed in keeps its place, with its list
 * open) when the first autosave turns the new licence into a draft.
 */
export function NewLicencePanel() {
  return (
    <aside className="side-panel" aria-label="Status and history">
      <h2 className="side-title">Status</h2>
      <p>
        <span className="status-badge">Not saved yet</span>
      </p>
      <p className="small">
        Fill in what you know: each field is checked once you change it. What you type is saved as a draft after a short
        pause; from then on it is in the licence register and can be printed, copied or deleted.
      </p>
      <h2 className="side-title">History</h2>
      <p className="muted small">Starts when the licence is first saved.</p>
    </aside>
  );
}
