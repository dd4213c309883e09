import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  type ApplicationStatusName,
  type ChargeBandName,
  COURSE_LIMITS,
  type NationName,
  type SectorName,
} from '@common-ground/shared';
import { Connection } from '../../../common/graphql/connection';
import { MaxItems } from '../../../common/graphql/list-size';
import { Sector } from '../../identity/models/enums';
import type { SessionStatusName } from '../entities/course-session.entity';
import { ApplicationStatus, ChargeBand, Nation, SessionStatus } from './course.enums';

@ObjectType({ description: 'A course in the programme.' })
export class Course {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'What it is about (plain text; blank lines separate paragraphs).' })
  description: string;

  @MaxItems(COURSE_LIMITS.outcomesMax)
  @Field(() => [String], { description: 'What delegates will know or be able to do afterwards.' })
  outcomes: string[];

  @MaxItems(COURSE_LIMITS.targetGroupsMax)
  @Field(() => [String], { description: 'Who it is for.' })
  targetGroups: string[];

  @Field({ description: 'Who usually trains it.' })
  trainer: string;
}

@ObjectType({ description: 'What the viewer may do with a session.' })
export class SessionViewerCan {
  @Field({ description: 'Apply for it (signed in, no application in play, not started, places to be had).' })
  apply: boolean;

  @Field({ description: 'Run it: see applicants, shortlist, change it (partnership leads and admins).' })
  manage: boolean;
}

@ObjectType({ description: 'One date of a course, at a venue.' })
export class CourseSession {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => Course, { description: 'The course.' })
  course: Course;

  @Field({ description: 'When it starts.' })
  startsAt: Date;

  @Field({ description: 'When it ends.' })
  endsAt: Date;

  @Field({ description: 'The venue’s name and address.' })
  venue: string;

  @Field({ description: 'How to get there and in (plain text).' })
  joiningInstructions: string;

  @Field({ description: 'The locality it is held in.' })
  locality: string;

  @Field(() => Nation, { description: 'The nation the venue is in.' })
  nation: NationName;

  @Field(() => Int, { description: 'Places in all.' })
  capacity: number;

  @Field(() => Int, { description: 'Places not yet given out.' })
  placesLeft: number;

  @Field({ description: 'Who trains this session.' })
  trainer: string;

  @Field(() => SessionStatus, { description: 'Whether it goes ahead.' })
  status: SessionStatusName;

  @Field(() => Date, { nullable: true, description: 'When places were given out; null until shortlisting.' })
  shortlistedAt: Date | null;

  @Field({ description: 'When shortlisting runs by itself (42 days before, London time).' })
  shortlistsOn: Date;

  @Field(() => Date, {
    nullable: true,
    description:
      'The last moment a place can be given up free of charge; null when bank holidays for its year are not loaded.',
  })
  freeCancellationUntil: Date | null;

  @Field(() => SessionViewerCan, { description: 'What the viewer may do.' })
  viewerCan: SessionViewerCan;
}

@ObjectType({ description: 'An application for a session, seen by its applicant, partnership leads and admins.' })
export class CourseApplication {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field({ description: 'The applicant’s name.' })
  applicantName: string;

  @Field({ description: 'The applicant’s organisation.' })
  organisationName: string;

  @Field(() => Sector, { description: 'The organisation’s sector.' })
  sector: SectorName;

  @Field(() => String, { nullable: true, description: 'Where the applicant works.' })
  locality: string | null;

  @Field({ description: 'Line manager’s name.' })
  managerName: string;

  @Field({ description: 'Line manager’s email address.' })
  managerEmail: string;

  @Field(() => ApplicationStatus, { description: 'Where it stands.' })
  status: ApplicationStatusName;

  @Field(() => String, { nullable: true, description: 'Why shortlisting decided as it did, in plain words.' })
  reason: string | null;

  @Field(() => Int, { nullable: true, description: 'Place on the waiting list (1 is next).' })
  waitingPosition: number | null;

  @Field({ description: 'When the application was made.' })
  appliedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn or the place given up.' })
  cancelledAt: Date | null;

  @Field(() => ChargeBand, { nullable: true, description: 'How the place is charged, once given.' })
  chargeBand: ChargeBandName | null;

  @Field(() => Int, { nullable: true, description: 'What is owed in pence; 0 when free or cancelled in time.' })
  chargePence: number | null;

  @Field({ description: 'True when the place was given up after the free cancellation deadline.' })
  lateCancellation: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'While a place is OFFERED: the moment the offer lapses and goes to the next person.',
  })
  offerExpiresAt: Date | null;

  @Field({ description: 'True when this person took the place of a colleague (a substitute).' })
  substitute: boolean;
}

@ObjectType()
export class CourseSessionConnection extends Connection(CourseSession, 'CourseSession') {}

@ObjectType()
export class CourseApplicationConnection extends Connection(CourseApplication, 'CourseApplication') {}

@ObjectType({ description: 'What shortlisting would decide for one applicant, before it is sent.' })
export class ShortlistPreviewItem {
  @Field(() => ID, { description: 'The application.' })
  applicationId: string;

  @Field({ description: 'The applicant’s name.' })
  applicantName: string;

  @Field({ description: 'The applicant’s organisation.' })
  organisationName: string;

  @Field(() => Sector, { description: 'The organisation’s sector.' })
  sector: SectorName;

  @Field(() => String, { nullable: true, description: 'Where the applicant works.' })
  locality: string | null;

  @Field({ description: 'When they applied.' })
  appliedAt: Date;

  @Field(() => ApplicationStatus, { description: 'CONFIRMED (a place) or WAITING.' })
  outcome: ApplicationStatusName;

  @Field(() => Int, { nullable: true, description: 'Place on the waiting list (1 is next).' })
  waitingPosition: number | null;

  @Field({ description: 'Why, in words a lead can read out.' })
  reason: string;
}

@ObjectType({ description: 'The bank holidays one nation’s working days are counted with.' })
export class NationBankHolidays {
  @Field(() => Nation, { description: 'The nation.' })
  nation: NationName;

  @Field(() => Int, { description: 'The first year the list covers.' })
  firstYear: number;

  @Field(() => Int, {
    description: 'The last year the list covers; later sessions cannot be counted until it is updated.',
  })
  lastYear: number;

  @Field(() => Int, { description: 'How many bank holidays the list holds.' })
  count: number;
}
