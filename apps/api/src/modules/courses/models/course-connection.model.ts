import { ObjectType } from '@nestjs/graphql';
import { Connection } from '../../../common/graphql/connection';
import { Course } from './course.model';

@ObjectType()
export class CourseConnection extends Connection(Course, 'Course') {}
