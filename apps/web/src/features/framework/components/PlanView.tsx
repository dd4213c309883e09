import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LearningPlanFieldsFragment } from '../../../gql/graphql';
import { Button, ButtonGroup } from '../../../ui';
import { confidenceText } from '../labels';
import { FRAMEWORK_PATH, planPdfHref } from '../paths';
import { PlanResourceItem } from './PlanResourceItem';
import '../framework.scss';

/**
 * A learning plan as a page body: progress, the gaps to work on, and the resources for
 * them. Prints on its own (the shell is hidden in print); signed-in plans also download as
 * a tagged PDF.
 */
export function PlanView({
  plan,
  own,
  pdf,
  emptyAction,
}: {
  plan: LearningPlanFieldsFragment;
  /** The viewer's own plan (they may mark resources done). */
  own: boolean;
  /** Offer the PDF (signed-in plans only). */
  pdf: boolean;
  emptyAction?: ReactNode;
}) {
  const who = own || !plan.personId ? 'You have' : `${plan.personName ?? 'They'} has`;
  return (
    <div className="app-plan">
      <p className="govuk-body-l">
        {who} rated {plan.ratedCount} {plan.ratedCount === 1 ? 'competency' : 'competencies'}: {plan.gapCount} to work
        on. {plan.doneCount} of {plan.resourceCount} suggested {plan.resourceCount === 1 ? 'resource' : 'resources'}{' '}
        done.
      </p>
      <div className="app-no-print">
        <ButtonGroup>
          <Button type="button" variant="secondary" onClick={() => window.print()}>
            Print this plan
          </Button>
          {pdf ? (
            <a
              className="govuk-link"
              href={planPdfHref(own ? null : plan.personId)}
              download="learning-plan.pdf"
              type="application/pdf"
            >
              Download as a PDF
            </a>
          ) : null}
        </ButtonGroup>
      </div>
      <h2 className="govuk-heading-m">What to work on</h2>
      {plan.gaps.length ? (
        <ul className="govuk-list govuk-list--bullet">
          {plan.gaps.map((gap) => (
            <li key={gap.competencyId}>
              {gap.statement}{' '}
              <span className="govuk-hint govuk-!-display-inline">
                ({gap.strandName}. You said: “{confidenceText(gap.confidence)}”)
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <>
          <p className="govuk-body">
            {plan.ratedCount
              ? 'Nothing: every competency rated so far was rated confident.'
              : 'Nothing yet: rate your confidence first.'}
          </p>
          {emptyAction ?? (
            <p className="govuk-body app-no-print">
              <Link className="govuk-link" to={FRAMEWORK_PATH}>
                Find what you need to know and do
              </Link>
            </p>
          )}
        </>
      )}
      <h2 className="govuk-heading-m">Resources for you</h2>
      {plan.resources.length ? (
        <ul className="govuk-list">
          {plan.resources.map((resource) => (
            <PlanResourceItem key={resource.resourceId} resource={resource} canMark={own && plan.viewerCanMarkDone} />
          ))}
        </ul>
      ) : (
        <p className="govuk-body">
          {plan.gapCount ? 'No resources have been suggested for these yet.' : 'Resources appear here for your gaps.'}
        </p>
      )}
      {plan.truncated ? <p className="govuk-body">This plan is long: only the first 100 items are shown.</p> : null}
    </div>
  );
}
