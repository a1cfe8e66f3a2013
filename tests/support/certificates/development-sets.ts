import type { CertificateCase } from './certificate-case';
import { developmentSet } from './development-set';
import { developmentSet2 } from './development-set-2';
import { developmentSet3 } from './development-set-3';
import { developmentSet4 } from './development-set-4';
import { developmentSet5 } from './development-set-5';
import { developmentSet6 } from './development-set-6';
import { developmentSet7 } from './development-set-7';
import { developmentSet8 } from './development-set-8';
import { developmentSet9 } from './development-set-9';
import { developmentSet10 } from './development-set-10';
import { developmentSet11 } from './development-set-11';
import { developmentSet12 } from './development-set-12';
import { developmentSet13 } from './development-set-13';

/** Every development case, in the order they were written: the reader's rules are tuned on these. */
export const developmentSets: readonly CertificateCase[] = [
  ...developmentSet,
  ...developmentSet2,
  ...developmentSet3,
  ...developmentSet4,
  ...developmentSet5,
  ...developmentSet6,
  ...developmentSet7,
  ...developmentSet8,
  ...developmentSet9,
  ...developmentSet10,
  ...developmentSet11,
  ...developmentSet12,
  ...developmentSet13,
];
