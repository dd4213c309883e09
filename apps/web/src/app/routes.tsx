import type { RouteObject } from 'react-router';
import { AdminHomePage } from '../features/admin/pages/AdminHomePage';
import { InvitationsPage } from '../features/admin/pages/InvitationsPage';
import { NewInvitationPage } from '../features/admin/pages/NewInvitationPage';
import { OrganisationFormPage } from '../features/admin/pages/OrganisationFormPage';
import { OrganisationsPage } from '../features/admin/pages/OrganisationsPage';
import { OutboxMessagePage } from '../features/admin/pages/OutboxMessagePage';
import { OutboxPage } from '../features/admin/pages/OutboxPage';
import { PeoplePage } from '../features/admin/pages/PeoplePage';
import { PersonPage } from '../features/admin/pages/PersonPage';
import { PersonStatusPage } from '../features/admin/pages/PersonStatusPage';
import { RevokeInvitationPage } from '../features/admin/pages/RevokeInvitationPage';
import { CheckEmailPage } from '../features/auth/pages/CheckEmailPage';
import { ForgotPasswordPage } from '../features/auth/pages/ForgotPasswordPage';
import { ResetPasswordPage } from '../features/auth/pages/ResetPasswordPage';
import { SignedOutPage } from '../features/auth/pages/SignedOutPage';
import { SignInPage } from '../features/auth/pages/SignInPage';
import { SignUpPage } from '../features/auth/pages/SignUpPage';
import { VerifyEmailPage } from '../features/auth/pages/VerifyEmailPage';
import { ErrorPage } from '../features/errors/pages/ErrorPage';
import { NotFoundPage } from '../features/errors/pages/NotFoundPage';
import { HomePage } from '../features/home/pages/HomePage';
import { AccessibilityPage } from '../features/info/pages/AccessibilityPage';
import { ContactPage } from '../features/info/pages/ContactPage';
import { CookiesPage } from '../features/info/pages/CookiesPage';
import { PrivacyPage } from '../features/info/pages/PrivacyPage';
import { ChangePasswordPage } from '../features/profile/pages/ChangePasswordPage';
import { EditProfilePage } from '../features/profile/pages/EditProfilePage';
import { ProfilePage } from '../features/profile/pages/ProfilePage';
import { SignOutEverywherePage } from '../features/profile/pages/SignOutEverywherePage';
import { SectionPage } from '../features/sections/pages/SectionPage';
import { SECTION_LINKS } from './navigation';
import { RequireAdmin, RequireSignedIn } from './guards';
import { Layout } from './Layout';

/**
 * Every route in the app, inside the shared shell. Exported so tests can
 * mount the same tree in a memory router.
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <ErrorPage />,
    children: [
      {
        errorElement: <ErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          ...SECTION_LINKS.map((section) => ({ path: section.href, element: <SectionPage path={section.href} /> })),
          { path: 'sign-in', element: <SignInPage /> },
          { path: 'sign-up', element: <SignUpPage /> },
          { path: 'sign-up/check-email', element: <CheckEmailPage /> },
          { path: 'invitations/:token', element: <SignUpPage /> },
          { path: 'verify-email', element: <VerifyEmailPage /> },
          { path: 'signed-out', element: <SignedOutPage /> },
          { path: 'forgot-password', element: <ForgotPasswordPage /> },
          { path: 'reset-password', element: <ResetPasswordPage /> },
          { path: 'accessibility', element: <AccessibilityPage /> },
          { path: 'privacy', element: <PrivacyPage /> },
          { path: 'cookies', element: <CookiesPage /> },
          { path: 'contact', element: <ContactPage /> },
          {
            element: <RequireSignedIn />,
            children: [
              { path: 'profile', element: <ProfilePage /> },
              { path: 'profile/edit', element: <EditProfilePage /> },
              { path: 'profile/change-password', element: <ChangePasswordPage /> },
              { path: 'profile/sign-out-everywhere', element: <SignOutEverywherePage /> },
            ],
          },
          {
            path: 'admin',
            element: <RequireAdmin />,
            children: [
              { index: true, element: <AdminHomePage /> },
              { path: 'organisations', element: <OrganisationsPage /> },
              { path: 'organisations/new', element: <OrganisationFormPage /> },
              { path: 'organisations/:id/edit', element: <OrganisationFormPage /> },
              { path: 'people', element: <PeoplePage /> },
              { path: 'people/:id', element: <PersonPage /> },
              { path: 'people/:id/deactivate', element: <PersonStatusPage action="deactivate" /> },
              { path: 'people/:id/reactivate', element: <PersonStatusPage action="reactivate" /> },
              { path: 'invitations', element: <InvitationsPage /> },
              { path: 'invitations/new', element: <NewInvitationPage /> },
              { path: 'invitations/:id/revoke', element: <RevokeInvitationPage /> },
              { path: 'outbox', element: <OutboxPage /> },
              { path: 'outbox/:id', element: <OutboxMessagePage /> },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
