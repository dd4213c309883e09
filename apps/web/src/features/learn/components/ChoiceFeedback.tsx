import type { Ref } from 'react';
import { Button, InsetText, Table } from '../../../ui';
import { points } from './labels';
import '../learn.scss';

/**
 * How colleagues chose at one decision, as the API returns it. The API withholds figures until
 * enough people have answered (`needed` is that threshold, 5), so no small group can be singled
 * out; this component never sees counts.
 */
export type ColleagueStats =
  | { available: false; needed: number }
  | {
      available: true;
      /** How many answers the figures come from, when the source says. */
      total?: number;
      choices: { choiceId: string; label: string; percent: number }[];
      /** `suppressed` when too few people in the sector answered for figures to be shown. */
      bySector: {
        sector: string;
        label: string;
        suppressed?: boolean;
        choices: { choiceId: string; percent: number }[];
      }[];
    };

export interface ChoiceFeedbackProps {
  choice: { id: string; label: string; feedback: string };
  /** What the choice added to the score; hidden when null or undefined. */
  scoreChange?: number | null;
  /** null while loading or when there is nothing to show (the editor's preview). */
  stats: ColleagueStats | null;
  onContinue: () => void;
  continueLabel?: string;
  busy?: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  headingLevel?: 1 | 2;
}

/** Whole percentages, so "62.5" reads "63%"; rounding is safe because the figures are never counts. */
function percent(value: number): string {
  return `${Math.round(value)}%`;
}

/**
 * The consequence of a choice, on its own view after the scene (UX.md: consequences on the next
 * page): what the learner chose, the feedback, the score change and how colleagues chose. The
 * percentages are written out in a table, so nothing depends on the bars' length or colour.
 */
export function ChoiceFeedback({
  choice,
  scoreChange,
  stats,
  onContinue,
  continueLabel = 'Continue',
  busy = false,
  headingRef,
  headingLevel = 2,
}: ChoiceFeedbackProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Subheading = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <div className="app-feedback">
      <Heading className={headingLevel === 1 ? 'govuk-heading-l' : 'govuk-heading-m'} tabIndex={-1} ref={headingRef}>
        What happened
      </Heading>
      <p className="govuk-body">You chose:</p>
      <InsetText>{choice.label}</InsetText>
      {choice.feedback
        .split(/\n\s*\n/)
        .filter((paragraph) => paragraph.trim() !== '')
        .map((paragraph, index) => (
          <p className="govuk-body" key={index}>
            {paragraph}
          </p>
        ))}
      {scoreChange == null ? null : (
        <p className="govuk-body">
          <strong>
            {scoreChange === 0
              ? 'This choice did not change your score.'
              : `This choice ${scoreChange > 0 ? 'added' : 'took away'} ${points(Math.abs(scoreChange))}.`}
          </strong>
        </p>
      )}
      {stats ? <ColleagueChoices stats={stats} chosenId={choice.id} Subheading={Subheading} /> : null}
      <Button type="button" onClick={onContinue} loading={busy} loadingText="Loading…">
        {continueLabel}
      </Button>
    </div>
  );
}

function ColleagueChoices({
  stats,
  chosenId,
  Subheading,
}: {
  stats: ColleagueStats;
  chosenId: string;
  Subheading: 'h2' | 'h3';
}) {
  const shownSectors = stats.available ? stats.bySector.filter((row) => !row.suppressed) : [];
  const hiddenSectors = stats.available ? stats.bySector.filter((row) => row.suppressed) : [];
  return (
    <section className="app-colleagues" aria-labelledby="colleagues-heading">
      <Subheading className="govuk-heading-s" id="colleagues-heading">
        How colleagues chose
      </Subheading>
      {!stats.available ? (
        <p className="govuk-body">Shown when at least {stats.needed} colleagues have answered.</p>
      ) : (
        <>
          <p className="govuk-body">
            {stats.total === undefined
              ? 'Each colleague’s latest answer counts once. Nobody is named.'
              : `Based on ${stats.total} answers. Nobody is named.`}
          </p>
          <Table
            caption="All colleagues"
            captionClassName="govuk-table__caption--s"
            rowKey={(row) => row.choiceId}
            rows={stats.choices}
            columns={[
              {
                header: 'Choice',
                rowHeader: true,
                cell: (row) => (
                  <>
                    {row.label}
                    {row.choiceId === chosenId ? <span className="app-colleagues__mine"> (your choice)</span> : null}
                  </>
                ),
              },
              {
                header: 'Chose this',
                numeric: true,
                cell: (row) => (
                  <span className="app-colleagues__figure">
                    <span className="app-colleagues__bar" aria-hidden="true">
                      <span style={{ width: `${Math.max(0, Math.min(100, row.percent))}%` }} />
                    </span>
                    {percent(row.percent)}
                  </span>
                ),
              },
            ]}
          />
          {shownSectors.length > 0 ? (
            <div className="app-table-scroll">
              <Table
                caption="By sector"
                captionClassName="govuk-table__caption--s"
                rowKey={(row) => row.sector}
                rows={shownSectors}
                columns={[
                  { header: 'Sector', rowHeader: true, cell: (row) => row.label },
                  ...stats.choices.map((column) => ({
                    header: column.label,
                    numeric: true,
                    cell: (row: (typeof shownSectors)[number]) => {
                      const found = row.choices.find((item) => item.choiceId === column.choiceId);
                      return found ? percent(found.percent) : '0%';
                    },
                  })),
                ]}
              />
            </div>
          ) : null}
          {hiddenSectors.length > 0 ? (
            <p className="govuk-body-s">
              Not shown by sector, because fewer than 5 people there have answered:{' '}
              {hiddenSectors.map((row) => row.label).join(', ')}.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
