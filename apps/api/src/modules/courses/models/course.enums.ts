import { registerEnumType } from '@nestjs/graphql';
import {
  APPLICATION_STATUSES,
  type ApplicationStatusName,
  CHARGE_BAND_LABELS,
  CHARGE_BANDS,
  type ChargeBandName,
  NATION_LABELS,
  NATIONS,
  type NationName,
} from '@common-ground/shared';
import type { SessionStatusName } from '../entities/course-session.entity';

const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const Nation = enumOf<NationName>(NATIONS);
registerEnumType(Nation, {
  name: 'Nation',
  description: 'The UK nation a venue is in; its bank holidays are not working days.',
  valuesMap: Object.fromEntries(NATIONS.map((n) => [n, { description: NATION_LABELS[n] }])),
});

export const ApplicationStatus = enumOf<ApplicationStatusName>(APPLICATION_STATUSES);
registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an application for a session stands.',
  valuesMap: {
    APPLIED: { description: 'Waiting for shortlisting.' },
    AWAITING_MANAGER: { description: 'Waiting for the line manager to approve it.' },
    OFFERED: { description: 'A freed place is offered; accept it before the deadline.' },
    CONFIRMED: { description: 'Has a place.' },
    WAITING: { description: 'On the waiting list.' },
    NOT_OFFERED: { description: 'Not offered a place.' },
    WITHDRAWN: {
      description: 'Withdrawn before a place was given, or an offered place declined or not accepted in time.',
    },
    CANCELLED: { description: 'A place given up or passed to a substitute, or the session cancelled.' },
  },
});

export const ChargeBand = enumOf<ChargeBandName>(CHARGE_BANDS);
registerEnumType(ChargeBand, {
  name: 'ChargeBand',
  description: 'How an organisation is charged for a place.',
  valuesMap: Object.fromEntries(CHARGE_BANDS.map((b) => [b, { description: CHARGE_BAND_LABELS[b] }])),
});

export const SessionStatus = enumOf<SessionStatusName>(['SCHEDULED', 'CANCELLED']);
registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Whether a session goes ahead.',
  valuesMap: { SCHEDULED: { description: 'Goes ahead.' }, CANCELLED: { description: 'Cancelled.' } },
});
