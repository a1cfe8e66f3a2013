import type { Migration } from '../migration';
import { initial } from './0001-initial';

/**
 * Every schema step, in order. Static imports (not a directory scan) so the list is bundled
 * into the main build and works inside an ASAR archive.
 */
export const migrations: readonly Migration[] = [initial];
