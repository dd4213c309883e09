import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { SignedOutPage } from '../features/auth/pages/SignedOutPage';
import { SignInPage } from '../features/auth/pages/SignInPage';
import { ErrorPage } from '../features/errors/pages/ErrorPage';
import { NotFoundPage } from '../features/errors/pages/NotFoundPage';
import { HomePage } from '../features/home/pages/HomePage';
import { SectionPage } from '../features/sections/pages/SectionPage';
import { SECTION_LINKS } from './navigation';
import { RequireAdmin, RequireSignedIn } from './guards';
import { RequireEditor } from '../features/authoring/components/RequireEditor';
import { RequireModerator } from '../features/moderate/components/RequireModerator';
import { Layout } from './Layout';
import { courseRoutes } from '../features/courses/routes';
import { glossaryRoutes } from '../features/library/glossary/routes';
import { frameworkRoutes } from '../features/framework/routes';
import { podcastRoutes } from '../features/library/podcast/routes';
import { faqRoutes } from '../features/library/faq/routes';
import { mythRoutes } from '../features/library/myth/routes';

/**
 * A page component loaded on first use, in its own chunk, so the first
 * download stays small. The Layout shows a loading page meanwhile.
 */
function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

// Signing up and recovering an account: each is visited rarely, mostly from an email.
const CheckEmailPage = lazyPage(async () => (await import('../features/auth/pages/CheckEmailPage')).CheckEmailPage);
const ForgotPasswordPage = lazyPage(
  async () => (await import('../features/auth/pages/ForgotPasswordPage')).ForgotPasswordPage,
);
const ResetPasswordPage = lazyPage(
  async () => (await import('../features/auth/pages/ResetPasswordPage')).ResetPasswordPage,
);
const SignUpPage = lazyPage(async () => (await import('../features/auth/pages/SignUpPage')).SignUpPage);
const VerifyEmailPage = lazyPage(async () => (await import('../features/auth/pages/VerifyEmailPage')).VerifyEmailPage);

// Administration: only administrators load these.
const AdminHomePage = lazyPage(async () => (await import('../features/admin/pages/AdminHomePage')).AdminHomePage);
const InvitationsPage = lazyPage(async () => (await import('../features/admin/pages/InvitationsPage')).InvitationsPage);
const NewInvitationPage = lazyPage(
  async () => (await import('../features/admin/pages/NewInvitationPage')).NewInvitationPage,
);
const OrganisationFormPage = lazyPage(
  async () => (await import('../features/admin/pages/OrganisationFormPage')).OrganisationFormPage,
);
const OrganisationsPage = lazyPage(
  async () => (await import('../features/admin/pages/OrganisationsPage')).OrganisationsPage,
);
const OutboxMessagePage = lazyPage(
  async () => (await import('../features/admin/pages/OutboxMessagePage')).OutboxMessagePage,
);
const JobsPage = lazyPage(async () => (await import('../features/admin/pages/JobsPage')).JobsPage);
const OutboxPage = lazyPage(async () => (await import('../features/admin/pages/OutboxPage')).OutboxPage);
const PeoplePage = lazyPage(async () => (await import('../features/admin/pages/PeoplePage')).PeoplePage);
const PersonPage = lazyPage(async () => (await import('../features/admin/pages/PersonPage')).PersonPage);
const PersonStatusPage = lazyPage(
  async () => (await import('../features/admin/pages/PersonStatusPage')).PersonStatusPage,
);
const RevokeInvitationPage = lazyPage(
  async () => (await import('../features/admin/pages/RevokeInvitationPage')).RevokeInvitationPage,
);

// Your profile: only signed-in people load these.
const ChangePasswordPage = lazyPage(
  async () => (await import('../features/profile/pages/ChangePasswordPage')).ChangePasswordPage,
);
const EditProfilePage = lazyPage(
  async () => (await import('../features/profile/pages/EditProfilePage')).EditProfilePage,
);
const ProfilePage = lazyPage(async () => (await import('../features/profile/pages/ProfilePage')).ProfilePage);
const SignOutEverywherePage = lazyPage(
  async () => (await import('../features/profile/pages/SignOutEverywherePage')).SignOutEverywherePage,
);

// Notifications: the list, email choices, and the digest's unsubscribe page (opened from an email).
const NotificationsPage = lazyPage(
  async () => (await import('../features/notifications/pages/NotificationsPage')).NotificationsPage,
);
const EmailSettingsPage = lazyPage(
  async () => (await import('../features/notifications/pages/EmailSettingsPage')).EmailSettingsPage,
);
const UnsubscribePage = lazyPage(
  async () => (await import('../features/notifications/pages/UnsubscribePage')).UnsubscribePage,
);

// Information pages linked from the footer.
const AccessibilityPage = lazyPage(
  async () => (await import('../features/info/pages/AccessibilityPage')).AccessibilityPage,
);
const ContactPage = lazyPage(async () => (await import('../features/info/pages/ContactPage')).ContactPage);
const CookiesPage = lazyPage(async () => (await import('../features/info/pages/CookiesPage')).CookiesPage);
const PrivacyPage = lazyPage(async () => (await import('../features/info/pages/PrivacyPage')).PrivacyPage);

// Learning: the catalogue, modules, lessons, my learning and certificates.
const CataloguePage = lazyPage(async () => (await import('../features/learn/pages/CataloguePage')).CataloguePage);
const ModulePage = lazyPage(async () => (await import('../features/learn/pages/ModulePage')).ModulePage);
const LessonPage = lazyPage(async () => (await import('../features/learn/pages/LessonPage')).LessonPage);
const MyLearningPage = lazyPage(async () => (await import('../features/learn/pages/MyLearningPage')).MyLearningPage);
const CertificatePage = lazyPage(async () => (await import('../features/learn/pages/CertificatePage')).CertificatePage);
const VerifyCertificatePage = lazyPage(
  async () => (await import('../features/learn/pages/VerifyCertificatePage')).VerifyCertificatePage,
);

// Discussion: the forums and their threads (each lesson's discussion is on the lesson page).
const DiscussPage = lazyPage(async () => (await import('../features/discuss/pages/DiscussPage')).DiscussPage);
const ForumCategoryPage = lazyPage(async () => (await import('../features/discuss/pages/CategoryPage')).CategoryPage);
const NewThreadPage = lazyPage(async () => (await import('../features/discuss/pages/NewThreadPage')).NewThreadPage);
const ThreadPage = lazyPage(async () => (await import('../features/discuss/pages/ThreadPage')).ThreadPage);

// Library: the blog (reading for everyone by audience; writing for staff; review for editors).
const LibraryPage = lazyPage(async () => (await import('../features/library/pages/LibraryPage')).LibraryPage);
const BlogListPage = lazyPage(async () => (await import('../features/library/pages/BlogListPage')).BlogListPage);
const BlogPostPage = lazyPage(async () => (await import('../features/library/pages/BlogPostPage')).BlogPostPage);
const NewBlogPostPage = lazyPage(
  async () => (await import('../features/library/pages/BlogEditorPage')).NewBlogPostPage,
);
const EditBlogPostPage = lazyPage(
  async () => (await import('../features/library/pages/BlogEditorPage')).EditBlogPostPage,
);
const MyBlogPostsPage = lazyPage(
  async () => (await import('../features/library/pages/MyBlogPostsPage')).MyBlogPostsPage,
);
const BlogReviewPage = lazyPage(async () => (await import('../features/library/pages/BlogReviewPage')).BlogReviewPage);
const ArchiveBlogPostPage = lazyPage(
  async () => (await import('../features/library/pages/ArchiveBlogPostPage')).ArchiveBlogPostPage,
);

// The one search's results.
const SearchPage = lazyPage(async () => (await import('../features/search/pages/SearchPage')).SearchPage);

// Moderation: only moderators and administrators load these.
const ModerationQueuePage = lazyPage(
  async () => (await import('../features/moderate/pages/ModerationQueuePage')).ModerationQueuePage,
);
const AuditLogPage = lazyPage(async () => (await import('../features/moderate/pages/AuditLogPage')).AuditLogPage);
const WatchedWordsPage = lazyPage(
  async () => (await import('../features/moderate/pages/WatchedWordsPage')).WatchedWordsPage,
);
const SuspensionsPage = lazyPage(
  async () => (await import('../features/moderate/pages/SuspensionsPage')).SuspensionsPage,
);
const SuspendPersonPage = lazyPage(
  async () => (await import('../features/moderate/pages/SuspendPersonPage')).SuspendPersonPage,
);
const ThreadModerationPage = lazyPage(
  async () => (await import('../features/moderate/pages/ThreadModerationPage')).ThreadModerationPage,
);
const ModerationSettingsPage = lazyPage(
  async () => (await import('../features/moderate/pages/ModerationSettingsPage')).ModerationSettingsPage,
);
const CategoryModeratorsPage = lazyPage(
  async () => (await import('../features/moderate/pages/CategoryModeratorsPage')).CategoryModeratorsPage,
);
const CategoryModeratorsEditPage = lazyPage(
  async () => (await import('../features/moderate/pages/CategoryModeratorsPage')).CategoryModeratorsEditPage,
);

// Authoring: only editors and administrators load these.
const AuthoringModulesPage = lazyPage(
  async () => (await import('../features/authoring/pages/AuthoringModulesPage')).AuthoringModulesPage,
);
const AuthoringModuleFormPage = lazyPage(
  async () => (await import('../features/authoring/pages/ModuleFormPage')).ModuleFormPage,
);
const AuthoringModulePage = lazyPage(async () => (await import('../features/authoring/pages/ModulePage')).ModulePage);
const AuthoringArchiveModulePage = lazyPage(
  async () => (await import('../features/authoring/pages/ArchiveModulePage')).ArchiveModulePage,
);
const AuthoringNewLessonPage = lazyPage(
  async () => (await import('../features/authoring/pages/NewLessonPage')).NewLessonPage,
);
const AuthoringLessonEditorPage = lazyPage(
  async () => (await import('../features/authoring/pages/LessonEditorPage')).LessonEditorPage,
);
const AuthoringArchiveLessonPage = lazyPage(
  async () => (await import('../features/authoring/pages/ArchiveLessonPage')).ArchiveLessonPage,
);
const AuthoringScenarioReportPage = lazyPage(
  async () => (await import('../features/authoring/pages/ScenarioReportPage')).ScenarioReportPage,
);

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
          ...SECTION_LINKS.filter(
            (section) => !['/learn', '/discuss', '/library', '/courses', '/framework'].includes(section.href),
          ).map((section) => ({
            path: section.href,
            element: <SectionPage path={section.href} />,
          })),
          { path: 'search', element: <SearchPage /> },
          { path: 'library', element: <LibraryPage /> },
          { path: 'library/blog', element: <BlogListPage /> },
          { path: 'library/blog/:slug', element: <BlogPostPage /> },
          { path: 'learn', element: <CataloguePage /> },
          { path: 'learn/:slug', element: <ModulePage /> },
          { path: 'learn/:slug/lessons/:lessonId', element: <LessonPage /> },
          { path: 'certificates/verify', element: <VerifyCertificatePage /> },
          { path: 'certificates/verify/:code', element: <VerifyCertificatePage /> },
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
          { path: 'email-digest/unsubscribe', element: <UnsubscribePage /> },
          {
            element: <RequireSignedIn />,
            children: [
              { path: 'profile', element: <ProfilePage /> },
              { path: 'profile/edit', element: <EditProfilePage /> },
              { path: 'profile/change-password', element: <ChangePasswordPage /> },
              { path: 'profile/sign-out-everywhere', element: <SignOutEverywherePage /> },
              { path: 'profile/emails', element: <EmailSettingsPage /> },
              { path: 'notifications', element: <NotificationsPage /> },
              { path: 'my-learning', element: <MyLearningPage /> },
              { path: 'certificates/:code', element: <CertificatePage /> },
              { path: 'discuss', element: <DiscussPage /> },
              { path: 'discuss/categories/:id', element: <ForumCategoryPage /> },
              { path: 'discuss/categories/:id/new', element: <NewThreadPage /> },
              { path: 'discuss/threads/:id', element: <ThreadPage /> },
              { path: 'library/blog/new', element: <NewBlogPostPage /> },
              { path: 'library/blog/mine', element: <MyBlogPostsPage /> },
              { path: 'library/blog/:id/edit', element: <EditBlogPostPage /> },
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
              { path: 'jobs', element: <JobsPage /> },
            ],
          },
          {
            path: 'moderation',
            element: <RequireModerator />,
            children: [
              { index: true, element: <ModerationQueuePage /> },
              { path: 'audit', element: <AuditLogPage /> },
              { path: 'words', element: <WatchedWordsPage /> },
              { path: 'suspensions', element: <SuspensionsPage /> },
              { path: 'suspend/:personId', element: <SuspendPersonPage /> },
              { path: 'threads/:id', element: <ThreadModerationPage /> },
              {
                element: <RequireAdmin />,
                children: [
                  { path: 'settings', element: <ModerationSettingsPage /> },
                  { path: 'categories', element: <CategoryModeratorsPage /> },
                  { path: 'categories/:id', element: <CategoryModeratorsEditPage /> },
                ],
              },
            ],
          },
          {
            path: 'library/blog',
            element: <RequireEditor />,
            children: [
              { path: 'review', element: <BlogReviewPage /> },
              { path: ':id/archive', element: <ArchiveBlogPostPage /> },
            ],
          },
          {
            path: 'authoring',
            element: <RequireEditor />,
            children: [
              { index: true, element: <AuthoringModulesPage /> },
              { path: 'modules/new', element: <AuthoringModuleFormPage /> },
              { path: 'modules/:id', element: <AuthoringModulePage /> },
              { path: 'modules/:id/edit', element: <AuthoringModuleFormPage /> },
              { path: 'modules/:id/archive', element: <AuthoringArchiveModulePage /> },
              { path: 'modules/:id/lessons/new', element: <AuthoringNewLessonPage /> },
              { path: 'lessons/:id', element: <AuthoringLessonEditorPage /> },
              { path: 'lessons/:id/archive', element: <AuthoringArchiveLessonPage /> },
              { path: 'lessons/:id/report', element: <AuthoringScenarioReportPage /> },
            ],
          },
          ...glossaryRoutes,
          ...frameworkRoutes,
          ...courseRoutes,
          ...podcastRoutes,
          ...faqRoutes,
          ...mythRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
