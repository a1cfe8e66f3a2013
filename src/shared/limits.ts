/**
 * The app's own limits, each named once and used everywhere it applies (the contract's schemas,
 * the form, the core, the portal protocol). None comes from a regulation: they keep one request,
 * one page or one event to a size every part of the app handles quickly.
 */

/** Product lines on one licence (the portal's web form takes fewer; see the simulator's rules). */
export const maxLinesPerLicence = 500;

/** Ids one call may name (a batch action or an export of a selection over the whole register). */
export const maxIdsPerCall = 100_000;

/** Ids a push event lists; more than this is sent as an empty list, meaning "many changed: reload". */
export const maxIdsPerEvent = 1_000;

/** Rows one page of a list procedure returns at most. */
export const maxPageSize = 500;

/** A note or reason typed with a change of state (a transition's note, a cancellation's reason). */
export const maxNoteLength = 500;

/** Idempotency keys the portal is asked about in one lookup. */
export const maxKeysPerLookup = 500;
