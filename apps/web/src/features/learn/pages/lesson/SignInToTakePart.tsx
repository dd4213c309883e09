import { Link } from 'react-router';
import { ButtonLink, InsetText } from '../../../../ui';

/** What a signed-out visitor sees instead of a lesson's activity: why to sign in, and where. */
export function SignInToTakePart({ signInHref, saved }: { signInHref: string; saved: 'answers' | 'choices' }) {
  return (
    <>
      <InsetText>You need to sign in to take part, so that your {saved} and progress are saved.</InsetText>
      <ButtonLink to={signInHref}>Sign in to take part</ButtonLink>
      <p className="govuk-body">
        No account?{' '}
        <Link className="govuk-link" to="/sign-up">
          Create an account
        </Link>
        .
      </p>
    </>
  );
}
