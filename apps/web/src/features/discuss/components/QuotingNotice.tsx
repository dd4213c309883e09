import { excerptOf } from '../excerpt';
import type { QuotedPostSummary } from './QuotedPost';
import '../responses.scss';

/** Above the reply editor: the post the reply will quote, and a way to stop quoting it. */
export function QuotingNotice({ quoting, onRemove }: { quoting: QuotedPostSummary; onRemove: () => void }) {
  const author = quoting.author?.name ?? 'a colleague';
  return (
    <div className="app-quote">
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        Your reply quotes {author}’s post: “{excerptOf(quoting.body, 100)}”
      </p>
      <button type="button" className="govuk-link app-link-button govuk-body-s" onClick={onRemove}>
        Remove quote <span className="govuk-visually-hidden">of {author}’s post</span>
      </button>
    </div>
  );
}
