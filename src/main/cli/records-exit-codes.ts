/** Exit codes of `aim-licence audit` and `aim-licence backup`: scripts and CI branch on them. */
export const exitCodes = { ok: 0, problemFound: 1, usage: 2, cannotOpen: 3 } as const;
