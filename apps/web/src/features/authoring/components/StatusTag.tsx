import type { PublicationStatus } from '../../../gql/graphql';
import { Tag } from '../../../ui';
import { STATUS_COLOURS, STATUS_LABELS } from '../labels';

/** A module's or lesson's editorial status as a GOV.UK tag. */
export function StatusTag({ status }: { status: PublicationStatus }) {
  return <Tag colour={STATUS_COLOURS[status]}>{STATUS_LABELS[status]}</Tag>;
}
