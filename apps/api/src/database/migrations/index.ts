import { AddCourseSettings1796503657432 } from './1796503657432-AddCourseSettings';
import { SearchIndexesWithoutPendingList1796492000000 } from './1796492000000-SearchIndexesWithoutPendingList';
import { LinkCoursesToFramework1796490627880 } from './1796490627880-LinkCoursesToFramework';
import { DropLearningModuleCompetencyIds1796491303291 } from './1796491303291-DropLearningModuleCompetencyIds';
import { AddBookingLifecycle1796489198832 } from './1796489198832-AddBookingLifecycle';
import { CourseAttendanceAndCertificates1796489557568 } from './1796489557568-CourseAttendanceAndCertificates';
import { SearchPodcastTranscripts1796481400000 } from './1796481400000-SearchPodcastTranscripts';
import { SearchDiscussions1796490000000 } from './1796490000000-SearchDiscussions';
import { AddFramework1796478100000 } from './1796478100000-AddFramework';
import { AddFaqsAndMyths1796478036292 } from './1796478036292-AddFaqsAndMyths';
import { AddSearch1796477900000 } from './1796477900000-AddSearch';
import { AddPodcasts1796478048000 } from './1796478048000-AddPodcasts';
import { AddCourses1796478160355 } from './1796478160355-AddCourses';
import { AddOutboxAttachments1796479827086 } from './1796479827086-AddOutboxAttachments';
import { AddContentItemThreads1796471018791 } from './1796471018791-AddContentItemThreads';
import { PostChangedSeq1796469685203 } from './1796469685203-PostChangedSeq';
import { AddGlossary1796469640568 } from './1796469640568-AddGlossary';
import { AddGlossaryLinkOptOut1796469900000 } from './1796469900000-AddGlossaryLinkOptOut';
import { GlossaryTermsInWorkflow1796471000000 } from './1796471000000-GlossaryTermsInWorkflow';
import { CreateLibrary1796469700000 } from './1796469700000-CreateLibrary';
import { CreateNotifications1796466965152 } from './1796466965152-CreateNotifications';
import { AddPostReactions1796466822991 } from './1796466822991-AddPostReactions';
import { AddThreadTagsIndex1796467025527 } from './1796467025527-AddThreadTagsIndex';
import { AddModeration1796467135876 } from './1796467135876-AddModeration';
import { CreateDiscussion1796460274054 } from './1796460274054-CreateDiscussion';
import { AddRevisionMediaIds1795466446979 } from './1795466446979-AddRevisionMediaIds';
import { AddModuleCpdMinutes1795461272146 } from './1795461272146-AddModuleCpdMinutes';
import { AddLessonContentWarning1795460103911 } from './1795460103911-AddLessonContentWarning';
import { CreateLearning1795457244335 } from './1795457244335-CreateLearning';
import { CreateIdentity1795455863843 } from './1795455863843-CreateIdentity';
/** Every migration in order, listed explicitly so ts, swc and built JS all find them. */
export const MIGRATIONS = [
  CreateIdentity1795455863843,
  CreateLearning1795457244335,
  AddLessonContentWarning1795460103911,
  AddModuleCpdMinutes1795461272146,
  AddRevisionMediaIds1795466446979,
  CreateDiscussion1796460274054,
  AddPostReactions1796466822991,
  CreateNotifications1796466965152,
  AddThreadTagsIndex1796467025527,
  AddModeration1796467135876,
  AddGlossary1796469640568,
  AddGlossaryLinkOptOut1796469900000,
  PostChangedSeq1796469685203,
  CreateLibrary1796469700000,
  AddContentItemThreads1796471018791,
  GlossaryTermsInWorkflow1796471000000,
  AddSearch1796477900000,
  AddPodcasts1796478048000,
  AddFaqsAndMyths1796478036292,
  AddCourses1796478160355,
  AddOutboxAttachments1796479827086,
  AddFramework1796478100000,
  SearchPodcastTranscripts1796481400000,
  AddBookingLifecycle1796489198832,
  CourseAttendanceAndCertificates1796489557568,
  SearchDiscussions1796490000000,
  DropLearningModuleCompetencyIds1796491303291,
  LinkCoursesToFramework1796490627880,
  SearchIndexesWithoutPendingList1796492000000,
  AddCourseSettings1796503657432,
];
