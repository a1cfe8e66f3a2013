import type { Clock } from '#core/clock';
import type { ReferenceStore } from '#core/reference/reference-store';
import type { Handlers } from '#shared/contract';
import { localIsoDate } from '#shared/dates/iso-date';
import { type EntryKind, needLicence, type NeedLicenceAnswer } from '#shared/need-licence/need-licence';

export interface NeedLicenceDeps {
  readonly clock: Clock;
  readonly reference: ReferenceStore;
}

/** "Do I need a licence?": the shared answer, judged with the reference data in force and today's date by default. */
export function createNeedLicenceModule({ clock, reference }: NeedLicenceDeps) {
  const service = {
    check(question: {
      entryKind: EntryKind;
      lines: readonly { hts: string; valueUsd: number | null }[];
      importDate: string;
    }): NeedLicenceAnswer {
      return needLicence(
        { ...question, importDate: question.importDate || localIsoDate(clock.now()) },
        reference.current(),
      );
    },
  };
  const handlers: Pick<Handlers, 'licences.needLicence'> = {
    'licences.needLicence': (question) => service.check(question),
  };
  return { service, handlers };
}
