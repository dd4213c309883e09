import { Injectable } from '@nestjs/common';

/**
 * The hook through which attended courses count in learning plans by themselves, as
 * completed modules do. A COURSE resource holds only a title and link today, so nothing is
 * attended yet; when the course programme links a resource to its course (a course id on
 * the resource) it provides this class with one that reads its attendance register.
 */
@Injectable()
export class CourseAttendance {
  /** For each person, the ids of the COURSE resources whose course they attended in full. */
  attendedResources(
    personIds: readonly string[],
    _courseResourceIds: readonly string[],
  ): Promise<Map<string, Set<string>>> {
    return Promise.resolve(new Map(personIds.map((id) => [id, new Set<string>()])));
  }
}
