import type { ContentStatus } from '../../../gql/graphql';
import { Tag } from '../../../ui';
import { CONTENT_STATUS_COLOURS, CONTENT_STATUS_LABELS } from '../labels';

/** A library item's workflow status as a GOV.UK tag. */
export function ContentStatusTag({ status }: { status: ContentStatus }) {
  return <Tag colour={CONTENT_STATUS_COLOURS[status]}>{CONTENT_STATUS_LABELS[status]}</Tag>;
}
