import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { apiErrorCode } from '../../../lib/errors';
import { BackLink, InsetText, SummaryList, Table } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { authoringLessonQuery, scenarioReportQuery } from '../operations';

/** Counts under this are not shown, so no one's choices can be singled out (UX.md, dashboards). */
export const SMALL_COUNT = 5;

/** A count as the report shows it: "fewer than 5" for 1 to 4. */
export function shownCount(count: number): string {
  return count > 0 && count < SMALL_COUNT ? `fewer than ${SMALL_COUNT}` : String(count);
}

/** A share of a total as a whole percentage, or null when either number is too small to show. */
export function shownShare(count: number, total: number): string | null {
  if (total < SMALL_COUNT || (count > 0 && count < SMALL_COUNT)) return null;
  return `${Math.round((count / total) * 100)}%`;
}

/**
 * The editors' per-scene report of a scenario: how many attempts reached each scene, what
 * people chose there and where they stopped. Counts of 1 to 4 are shown as "fewer than 5".
 */
export function ScenarioReportPage() {
  const { id = '' } = useParams();
  const lessonQuery = useQuery(authoringLessonQuery, { variables: { id } });
  const { data, loading, error } = useQuery(scenarioReportQuery, { variables: { lessonId: id } });
  const lesson = lessonQuery.data?.authoringLesson;
  const report = data?.scenarioReport;

  if ((loading && !data) || (lessonQuery.loading && !lessonQuery.data)) return <LoadingPage />;
  if (error && !data) {
    const code = apiErrorCode(error);
    if (code === 'NOT_FOUND') return <NotFoundPage />;
    if (code === 'BAD_USER_INPUT') {
      return (
        <Page title="There is no report for this lesson" beforeHeading={<BackLink to={`/authoring/lessons/${id}`} />}>
          <p className="govuk-body">Reports are only kept for branching scenarios.</p>
        </Page>
      );
    }
    return <SomethingWentWrong />;
  }
  if (!report) return <NotFoundPage />;

  const title = lesson ? `How learners chose: ${lesson.title}` : 'How learners chose';
  return (
    <Page title={title} caption="Scenario report" beforeHeading={<BackLink to={`/authoring/lessons/${id}`} />}>
      <SummaryList
        rows={[
          { key: 'Attempts started', value: shownCount(report.attempts) },
          { key: 'Attempts that reached an ending', value: shownCount(report.completedAttempts) },
        ]}
      />
      <InsetText>
        Numbers from 1 to 4 are shown as ‘fewer than 5’, and percentages only when 5 or more people chose, so no one’s
        choices can be picked out. The report follows the published version, or the draft if it has never been
        published.
      </InsetText>
      {report.attempts === 0 ? (
        <p className="govuk-body">No one has played this scenario yet. Come back once learners have started it.</p>
      ) : null}
      {(report.attempts === 0 ? [] : report.scenes).map((scene) => {
        const chosen = scene.choices.reduce((sum, choice) => sum + choice.count, 0);
        return (
          <section key={scene.sceneId} className="govuk-!-margin-bottom-8" aria-labelledby={`report-${scene.sceneId}`}>
            <h2 className="govuk-heading-m" id={`report-${scene.sceneId}`}>
              {scene.title.trim() || 'Untitled scene'}
              {scene.isEnding ? <span className="govuk-caption-m">Ending</span> : null}
            </h2>
            <SummaryList
              rows={[
                { key: 'Reached', value: shownCount(scene.reached) },
                {
                  key: 'Stopped here',
                  value: scene.isEnding ? 'Not applicable: this is an ending' : shownCount(scene.stoppedHere),
                },
              ]}
            />
            {scene.choices.length > 0 ? (
              <Table
                caption={`What people chose in ‘${scene.title.trim() || 'Untitled scene'}’`}
                captionClassName="govuk-table__caption--s"
                rows={scene.choices}
                rowKey={(choice) => choice.choiceId}
                columns={[
                  { header: 'Choice', rowHeader: true, cell: (choice) => choice.label },
                  { header: 'Chosen', numeric: true, cell: (choice) => shownCount(choice.count) },
                  { header: 'Share', numeric: true, cell: (choice) => shownShare(choice.count, chosen) ?? 'Not shown' },
                ]}
              />
            ) : null}
          </section>
        );
      })}
    </Page>
  );
}
