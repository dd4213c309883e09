import { graphql } from '../../gql';

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      roles
      jobTitle
      workforceGroup
      preferredLanguage
      lineManagerEmail
      emailVerified
      organisation {
        id
        name
      }
    }
  }
`);

export const signInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      name
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const signUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      email
      verificationRequired
      viewer {
        id
        name
      }
    }
  }
`);

export const invitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      email
      organisationName
      expiresAt
    }
  }
`);

export const verifyEmailMutation = graphql(`
  mutation VerifyEmail($input: TokenInput!) {
    verifyEmail(input: $input) {
      id
      name
    }
  }
`);

export const resendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail($input: EmailInput!) {
    resendVerificationEmail(input: $input)
  }
`);

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: EmailInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);
