import { v7 as uuidv7 } from 'uuid';

/** Time-ordered ids (UUIDv7): unique without coordination, and they sort by creation. */
export const newId = (): string => uuidv7();
