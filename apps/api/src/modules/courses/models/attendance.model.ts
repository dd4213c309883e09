import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceStatusName,
  EVALUATION_LIMITS,
} from '@common-ground/shared';
import { MaxItems } from '../../../common/graphql/list-size';
import { Certificate } from '../../learning/models/other.model';

export const AttendanceStatus = Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, s])) as {
  [K in AttendanceStatusName]: K;
};
registerEnumType(AttendanceStatus, {
  name: 'AttendanceStatus',
  description: 'How a delegate attended a session, as the register records it.',
  valuesMap: Object.fromEntries(ATTENDANCE_STATUSES.map((s) => [s, { description: ATTENDANCE_LABELS[s] }])),
});

@ObjectType({ description: 'One delegate with a confirmed place, on a session’s register.' })
export class RegisterLine {
  @Field(() => ID, { description: 'The delegate’s application.' })
  applicationId: string;

  @Field({ description: 'The delegate’s name.' })
  personName: string;

  @Field({ description: 'The delegate’s organisation.' })
  organisationName: string;

  @Field(() => AttendanceStatus, { nullable: true, description: 'How they attended; null until marked.' })
  status: AttendanceStatusName | null;

  @Field(() => Date, { nullable: true, description: 'When the line was last marked.' })
  markedAt: Date | null;
}

@ObjectType({ description: 'A session whose register the viewer is named to mark as its trainer.' })
export class RegisterToMark {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field({ description: 'The course’s title.' })
  courseTitle: string;

  @Field({ description: 'When the session starts.' })
  startsAt: Date;

  @Field({ description: 'When the session ends.' })
  endsAt: Date;

  @Field({ description: 'The venue.' })
  venue: string;
}

/** The register adds who trains the session, when marking opens and its lines to the session's own fields. */
@ObjectType({ description: 'A session’s attendance register (its trainer, partnership leads and admins).' })
export class SessionRegister extends RegisterToMark {
  @Field({ description: 'Who trains it.' })
  trainer: string;

  @Field({ description: 'When the register can first be marked: the start of the session’s day, London time.' })
  opensAt: Date;

  @MaxItems(EVALUATION_LIMITS.registerMax)
  @Field(() => [RegisterLine], { description: 'Delegates with a confirmed place, A to Z.' })
  lines: RegisterLine[];
}

@ObjectType({
  description: 'A session the viewer was on the register of: their attendance, evaluation and certificate.',
})
export class CourseAttendanceRecord {
  @Field(() => ID, { description: 'The session.' })
  sessionId: string;

  @Field({ description: 'The course’s title.' })
  courseTitle: string;

  @Field({ description: 'When the session started.' })
  startsAt: Date;

  @Field({ description: 'When the session ended.' })
  endsAt: Date;

  @Field({ description: 'The venue.' })
  venue: string;

  @Field(() => AttendanceStatus, { description: 'How the viewer attended.' })
  status: AttendanceStatusName;

  @Field(() => Int, {
    description: 'CPD time in minutes: the session’s length for whole attendance, otherwise 0.',
  })
  cpdMinutes: number;

  @Field({ description: 'True once the viewer has completed the evaluation.' })
  evaluated: boolean;

  @Field({ description: 'True when the viewer may complete the evaluation now (attended, not yet done).' })
  canEvaluate: boolean;

  @Field(() => Certificate, {
    nullable: true,
    description: 'The certificate: issued for whole attendance with the evaluation completed.',
  })
  certificate: Certificate | null;
}
