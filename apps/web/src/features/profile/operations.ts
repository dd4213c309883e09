import { graphql } from '../../gql';

export const profileQuery = graphql(`
  query Profile {
    viewer {
      id
      name
      email
      jobTitle
      workforceGroup
      preferredLanguage
      lineManagerEmail
      roles
      createdAt
      organisation {
        id
        name
      }
      viewerCan {
        editProfile
      }
    }
  }
`);

export const updateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id
      name
      jobTitle
      workforceGroup
      preferredLanguage
      lineManagerEmail
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const signOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);
