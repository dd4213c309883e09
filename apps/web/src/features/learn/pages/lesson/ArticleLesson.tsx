import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, ButtonLink, ErrorSummary, InsetText } from '../../../../ui';
import { GlossaryLinkedHtml } from '../../../library/glossary/components/GlossaryLinkedHtml';
import { withFlash } from '../../../../app/flash';
import { completeArticleMutation } from '../../operations';
import { certificateHref } from '../../paths';
import { playerError } from './messages';
import type { LessonPartProps } from './types';

/** An article: the text, then "Mark as read and continue", which saves it and moves on. */
export function ArticleLesson({ lesson, signedIn, signInHref, nextHref, nextLabel }: LessonPartProps) {
  const navigate = useNavigate();
  const [completeArticle, { loading }] = useMutation(completeArticleMutation);
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);
  const alreadyRead = lesson.viewerStatus === 'COMPLETED';
  const moduleWasComplete = lesson.module.viewerProgress.status === 'COMPLETED';

  const onComplete = async () => {
    try {
      const result = await completeArticle({ variables: { input: { lessonId: lesson.id } } });
      const certificate = result.data?.completeArticle.certificate;
      if (certificate && !moduleWasComplete) {
        void navigate(certificateHref(certificate.code), {
          state: withFlash('Module completed', `You have completed ${lesson.module.title}. Here is your certificate.`),
        });
        return;
      }
      void navigate(nextHref);
    } catch (caught) {
      setError({ message: playerError(caught).message, attempt: (error?.attempt ?? 0) + 1 });
    }
  };

  return (
    <>
      {error ? <ErrorSummary key={error.attempt} errors={[{ text: error.message }]} /> : null}
      {lesson.article ? <GlossaryLinkedHtml html={lesson.article.linkedHtml} /> : null}
      {signedIn ? (
        <Button type="button" onClick={() => void onComplete()} loading={loading} loadingText="Saving…">
          {alreadyRead ? nextLabel : 'Mark as read and continue'}
        </Button>
      ) : (
        <>
          <InsetText>
            <Link className="govuk-link" to={signInHref}>
              Sign in
            </Link>{' '}
            to save your progress and get a certificate when you finish the module.
          </InsetText>
          <ButtonLink to={nextHref}>{nextLabel}</ButtonLink>
        </>
      )}
    </>
  );
}
