import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CertificatesService } from '../learning/certificates.service';

/**
 * The course certificate rule (seed 004): a certificate is issued only for whole attendance
 * and a completed evaluation, through the learning feature's certificates, so course and
 * module certificates share one code scheme, PDF and verification page.
 */
@Injectable()
export class CourseCertificatesService {
  constructor(private readonly certificates: CertificatesService) {}

  /**
   * Brings these delegates' certificates for a session in line with the register and the
   * evaluations, inside the caller's transaction: issued (idempotently, keeping its code)
   * when attendance is WHOLE and the evaluation is in; withdrawn otherwise.
   */
  async settle(m: EntityManager, sessionId: string, personIds: readonly string[]): Promise<void> {
    if (!personIds.length) return;
    const rows: { person_id: string; eligible: boolean }[] = await m.query(
      `select p.person_id,
              coalesce(r.status = 'WHOLE', false) and e.id is not null as eligible
       from unnest($2::uuid[]) as p(person_id)
       left join course_attendance r on r.session_id = $1 and r.person_id = p.person_id
       left join course_evaluation e on e.session_id = $1 and e.person_id = p.person_id`,
      [sessionId, personIds],
    );
    for (const row of rows) {
      if (row.eligible) await this.certificates.issueForSession(m, row.person_id, sessionId);
      else await this.certificates.withdrawForSession(m, row.person_id, sessionId);
    }
  }
}
