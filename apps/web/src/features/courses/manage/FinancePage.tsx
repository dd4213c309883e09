import { useQuery } from '@apollo/client/react';
import { SECTOR_LABELS } from '@common-ground/shared';
import { type FormEvent, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { Page } from '../../../app/Page';
import { TIME_ZONE } from '../../../lib/dates';
import { type FieldErrors, mapApiError } from '../../../lib/errors';
import { useFormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button, ErrorSummary, Pagination, SummaryList, Table } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { DATE_PARTS, DatePartsInput } from './DatePartsInput';
import { courseChargesQuery } from './operations';
import { chargesCsvHref, FINANCE_PATH, MANAGE_COURSES_PATH } from './paths';
import type { Parts } from './sessionTimes';

const FIELDS = ['from', 'to'] as const;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Pence as "£1,250.00". */
export const formatPence = (pence: number): string => money.format(pence / 100);

/** "2026-06-01" as "1 June 2026". */
const dateWords = (iso: string): string => dayMonthYear.format(new Date(`${iso}T12:00:00Z`));

/** This month in the UK, as the period shown when none is chosen. */
function thisMonth(now = new Date()): { from: string; to: string } {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit' })
    .format(now)
    .split('-')
    .map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const m = String(month).padStart(2, '0');
  return { from: `${year}-${m}-01`, to: `${year}-${m}-${String(last).padStart(2, '0')}` };
}

const toBoxes = (iso: string): Parts => {
  const [year, month, day] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
};

/** A real date from the boxes as YYYY-MM-DD, or what is wrong with it. */
export function readDate(parts: Parts, what: string): { iso: string } | { error: string } {
  const [day, month, year] = ['day', 'month', 'year'].map((n) => (parts[n] ?? '').trim());
  if (!day && !month && !year) return { error: `Enter the ${what} date` };
  if (!day || !month || !year) return { error: `The ${what} date must include a day, month and year` };
  if (![day, month, year].every((n) => /^\d+$/.test(n))) return { error: `Enter the ${what} date using numbers only` };
  if (year.length !== 4) return { error: 'Year must include 4 numbers' };
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
    return { error: `The ${what} date must be a real date` };
  }
  return { iso: date.toISOString().slice(0, 10) };
}

/**
 * What each organisation owes for places on sessions in a period (partnership leads and
 * admins): places taken, late cancellations and no-shows (both charged), totals, and the
 * same as a CSV that opens cleanly in Excel.
 */
export function FinancePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const page = useCursorPage();
  const fallback = thisMonth();
  const from = ISO.test(params.get('from') ?? '') ? (params.get('from') ?? '') : fallback.from;
  const to = ISO.test(params.get('to') ?? '') ? (params.get('to') ?? '') : fallback.to;
  const [fromBoxes, setFromBoxes] = useState<Parts>(toBoxes(from));
  const [toBoxesValue, setToBoxes] = useState<Parts>(toBoxes(to));
  const errors = useFormErrors(FIELDS);
  const { data, loading, error } = useQuery(courseChargesQuery, {
    variables: { period: { from, to }, first: PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors = {};
    const a = readDate(fromBoxes, 'start');
    const b = readDate(toBoxesValue, 'end');
    if ('error' in a) found.from = a.error;
    if ('error' in b) found.to = b.error;
    if ('iso' in a && 'iso' in b && b.iso < a.iso)
      found.to = 'The end date must be the same as or after the start date';
    if (Object.keys(found).length || !('iso' in a) || !('iso' in b)) {
      errors.showFieldErrors(found);
      return;
    }
    errors.clear();
    void navigate(`${FINANCE_PATH}?from=${a.iso}&to=${b.iso}`);
  };

  const connection = data?.courseChargesByOrganisation;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const totals = data?.courseChargeTotals;
  const mapped = error && !data ? mapApiError(error, FIELDS) : null;
  const problem = mapped ? (Object.values(mapped.fields)[0] ?? mapped.general[0] ?? null) : null;

  return (
    <Page
      title="Charges by organisation"
      caption="Run the programme"
      width="full"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={MANAGE_COURSES_PATH} text="Back to courses" />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
          {mapped ? (
            <ErrorSummary
              errors={[{ text: problem ?? 'The charges could not be loaded. Check the dates and try again.' }]}
            />
          ) : null}
        </>
      }
    >
      <p className="govuk-body">
        Places on sessions that start in the period. A place given up after the free cancellation deadline, or not used
        (absent on the register), is still charged unless someone else from the organisation took it.
      </p>
      <form className="app-filter" onSubmit={onSubmit} noValidate aria-label="Choose the period">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <DatePartsInput
              id="from"
              legend="From"
              hint="For example, 1 6 2026"
              error={errors.fields.from}
              parts={DATE_PARTS}
              value={fromBoxes}
              onChange={setFromBoxes}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <DatePartsInput
              id="to"
              legend="To"
              hint="For example, 30 6 2026"
              error={errors.fields.to}
              parts={DATE_PARTS}
              value={toBoxesValue}
              onChange={setToBoxes}
            />
          </div>
        </div>
        <Button variant="secondary">Show charges</Button>
      </form>

      <h2 className="govuk-heading-m">
        {dateWords(from)} to {dateWords(to)}
      </h2>
      {loading && !data ? (
        <p className="govuk-body" role="status">
          Loading charges…
        </p>
      ) : null}
      {totals ? (
        <>
          <SummaryList
            rows={[
              { key: 'Total owed', value: formatPence(totals.totalPence) },
              { key: 'Organisations', value: String(totals.organisations) },
              { key: 'Places taken', value: String(totals.places) },
              { key: 'Late cancellations charged', value: String(totals.lateCancellations) },
              { key: 'No-shows charged', value: String(totals.noShows) },
            ]}
          />
          <p className="govuk-body">
            <a className="govuk-link" href={chargesCsvHref(from, to)} download>
              Download every charged place as a spreadsheet (CSV)
            </a>
          </p>
        </>
      ) : null}
      {connection && rows.length === 0 ? (
        <p className="govuk-body">No places were charged for sessions in this period.</p>
      ) : null}
      {rows.length > 0 ? (
        <Table
          caption="Charges by organisation"
          captionClassName="govuk-table__caption--m"
          rows={rows}
          rowKey={(r) => r.organisationId}
          columns={[
            { header: 'Organisation', rowHeader: true, cell: (r) => r.organisationName },
            { header: 'Sector', cell: (r) => SECTOR_LABELS[r.sector] },
            { header: 'Places taken', numeric: true, cell: (r) => r.places },
            { header: 'Late cancellations', numeric: true, cell: (r) => r.lateCancellations },
            { header: 'No-shows', numeric: true, cell: (r) => r.noShows },
            { header: 'Owed', numeric: true, cell: (r) => formatPence(r.totalPence) },
          ]}
        />
      ) : null}
      <Pagination
        previousHref={page.previousHref}
        nextHref={connection ? page.nextHref(connection.pageInfo) : undefined}
        landmarkLabel="Charges pages"
      />
    </Page>
  );
}
