/*
 * A new licence becomes a saved draft with its first autosave, and its address changes from
 * /licences/new to /licences/<id>. The form must live on through that change (the person is still
 * typing), so both routes give the page the same React key: the key of the "new licence" visit
 * that created it. The next visit to /licences/new gets a fresh key, so a fresh form.
 */

let visit = 1;
const adopted = new Map<string, string>();

export const newLicenceKey = (): string => `new-${visit}`;

export const licenceKey = (id: string): string => adopted.get(id) ?? id;

/** The new licence now has an id: keep its form and move to its address (replacing /licences/new in the history). */
export function adoptNewLicence(id: string, navigate: (to: string, options: { replace: boolean }) => void): void {
  adopted.set(id, newLicenceKey());
  navigate(`/licences/${id}`, { replace: true });
  // After the address changed: renders from now on match /licences/<id> and use the adopted key.
  visit += 1;
}
