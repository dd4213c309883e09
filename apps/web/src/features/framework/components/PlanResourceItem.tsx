import { RESOURCE_KIND_LABELS } from '@common-ground/shared';
import { Link } from 'react-router';
import type { LearningPlanFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../lib/dates';
import { Tag } from '../../../ui';
import { markDoneHref } from '../paths';

type PlanResource = LearningPlanFieldsFragment['resources'][number];

/** How a resource's address is shown: a page of ours through the router, anything else as a plain link. */
function ResourceTitle({ resource }: { resource: PlanResource }) {
  if (!resource.url) return <>{resource.title}</>;
  if (resource.url.startsWith('/')) {
    return (
      <Link className="govuk-link" to={resource.url}>
        {resource.title}
      </Link>
    );
  }
  return (
    <a className="govuk-link" href={resource.url} rel="noopener noreferrer">
      {resource.title}
    </a>
  );
}

/**
 * One resource in a learning plan: what it is, the gaps it helps with, whether it is done
 * (a module counts by itself; anything else the person marks, with a reflection) and, on
 * the person's own plan, the way to mark it.
 */
export function PlanResourceItem({ resource, canMark }: { resource: PlanResource; canMark: boolean }) {
  const statusId = `status-${resource.resourceId}`;
  return (
    <li className="app-plan__resource">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
        <ResourceTitle resource={resource} />
      </h3>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        <span className="govuk-visually-hidden">Kind: </span>
        {RESOURCE_KIND_LABELS[resource.kind]}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-2" id={statusId}>
        {resource.done ? <Tag colour="green">Done</Tag> : <Tag colour="blue">To do</Tag>}
      </p>
      {resource.description ? <p className="govuk-body">{resource.description}</p> : null}
      {resource.serves.length ? (
        <>
          <p className="govuk-body govuk-!-margin-bottom-1">Helps with:</p>
          <ul className="govuk-list govuk-list--bullet">
            {resource.serves.map((statement) => (
              <li key={statement}>{statement}</li>
            ))}
          </ul>
        </>
      ) : null}
      {resource.completion === 'AUTOMATIC' ? (
        <p className="govuk-body">
          {resource.kind === 'COURSE'
            ? 'Counted as done when you attended the whole course.'
            : 'Counted as done when the module was completed.'}
        </p>
      ) : null}
      {resource.countsAutomatically && !resource.done ? (
        <p className="govuk-body">This counts as done by itself when you complete the module.</p>
      ) : null}
      {resource.completion === 'MARKED' ? (
        <div className="govuk-inset-text">
          <p className="govuk-body govuk-!-margin-bottom-1">
            Marked done{resource.doneAt ? ` on ${formatDate(resource.doneAt)}` : ''}.
          </p>
          {resource.reflection ? <p className="govuk-body app-plan__reflection">{resource.reflection}</p> : null}
        </div>
      ) : null}
      {canMark && !resource.countsAutomatically ? (
        <p className="govuk-body app-no-print">
          <Link className="govuk-link" to={markDoneHref(resource.resourceId)} aria-describedby={statusId}>
            {resource.done ? 'Change your reflection' : 'Mark as done'}
            <span className="govuk-visually-hidden"> – {resource.title}</span>
          </Link>
        </p>
      ) : null}
    </li>
  );
}
