import { MYTH_VERDICT_LABELS } from '@common-ground/shared';
import type { MythVerdict } from '../../../../gql/graphql';
import { Tag, type TagColour } from '../../../../ui';

const COLOURS: Record<MythVerdict, TagColour> = { FALSE: 'red', MISLEADING: 'orange', PARTLY_TRUE: 'yellow' };

/**
 * A myth-buster's verdict as a GOV.UK tag: the words ("Verdict: False") carry the meaning,
 * the colour only repeats it. A draft without a verdict says so.
 */
export function VerdictTag({ verdict }: { verdict: MythVerdict | null }) {
  if (!verdict) return <Tag colour="grey">No verdict yet</Tag>;
  return (
    <Tag colour={COLOURS[verdict]}>
      <span className="govuk-visually-hidden">Verdict: </span>
      {MYTH_VERDICT_LABELS[verdict]}
    </Tag>
  );
}
