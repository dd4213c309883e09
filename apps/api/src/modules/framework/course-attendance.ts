import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AttendanceService } from '../courses/attendance.service';

/**
 * How attended courses count in learning plans by themselves, as completed modules do: a
 * COURSE resource linked to one of the programme's courses (`courseId`) is done for a person
 * whom a register shows at a session of that course for the whole session.
 */
@Injectable()
export class CourseAttendance {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly attendance: AttendanceService,
  ) {}

  /** For each person, the ids of the COURSE resources whose course they attended in full (two statements). */
  async attendedResources(
    personIds: readonly string[],
    courseResourceIds: readonly string[],
  ): Promise<Map<string, Set<string>>> {
    const result = new Map(personIds.map((id) => [id, new Set<string>()]));
    if (!personIds.length || !courseResourceIds.length) return result;
    const linked: { id: string; course_id: string }[] = await this.dataSource.query(
      `select id, course_id from framework_resource where id = any($1::uuid[]) and course_id is not null`,
      [courseResourceIds],
    );
    if (!linked.length) return result;
    const attended = await this.attendance.attendedCourses(personIds);
    for (const personId of personIds) {
      const courses = attended.get(personId);
      if (!courses?.size) continue;
      for (const resource of linked) if (courses.has(resource.course_id)) result.get(personId)?.add(resource.id);
    }
    return result;
  }
}
