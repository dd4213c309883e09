import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@common-ground/shared';
import PDFDocument from 'pdfkit';
import { DataSource, type EntityManager } from 'typeorm';
import { hasRole } from '../../common/auth/actor';
import type { RequestContext } from '../../common/context/request-context';
import { notFound, unauthenticated } from '../../common/errors/domain-error';
import { useWideFonts } from '../../common/pdf/pdf-fonts';
import { AppConfig } from '../../config/app-config';
import { govukDate, newCertificateCode, normaliseCertificateCode } from './certificate-code';
import { CertificateEntity } from './entities/certificate.entity';
import type { Certificate, CertificateVerification } from './models/other.model';

/** What a certificate is for: a module completed, or a course session attended and evaluated. */
export type CertificateKindName = 'MODULE' | 'COURSE';

interface CertificateRow {
  id: string;
  code: string;
  issued_at: Date;
  person_id: string;
  person_name: string;
  kind: CertificateKindName;
  module_id: string | null;
  course_session_id: string | null;
  title: string;
  cpd_minutes: number;
  outcomes: string[];
  /** When the course session was held; null for a module. */
  held_on: Date | null;
}

/**
 * Every certificate with its subject's title, CPD time and outcomes, whichever kind it is:
 * a course session's CPD time is its length.
 */
const CERTIFICATE_SELECT = `
  select c.id, c.code, c.issued_at, c.person_id, p.name as person_name,
         case when c.module_id is not null then 'MODULE' else 'COURSE' end as kind,
         c.module_id, c.course_session_id,
         coalesce(m.title, co.title) as title,
         coalesce(m.cpd_minutes, (extract(epoch from (s.ends_at - s.starts_at)) / 60)::int, 0) as cpd_minutes,
         coalesce(m.outcomes, co.outcomes, '{}') as outcomes,
         s.starts_at as held_on
  from certificate c
  join person p on p.id = c.person_id
  left join learning_module m on m.id = c.module_id
  left join course_session s on s.id = c.course_session_id
  left join course co on co.id = s.course_id`;

/** CPD time in words, e.g. "1 hour 30 minutes"; empty for 0. */
export function cpdText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}

/**
 * Certificates of both kinds (modules completed; course sessions attended in full and
 * evaluated): the owner's list, issuing and withdrawing course certificates for the course
 * programme, public verification by code, and the tagged PDF.
 */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private row(code: string): Promise<CertificateRow | undefined> {
    return this.dataSource
      .query(`${CERTIFICATE_SELECT} where c.code = $1`, [code])
      .then((rows: CertificateRow[]) => rows[0]);
  }

  /** Maps a certificate to its model, with its PDF and verification addresses. */
  toModel(c: {
    id: string;
    code: string;
    issuedAt: Date;
    kind: CertificateKindName;
    moduleId: string | null;
    courseSessionId: string | null;
    title: string;
    cpdMinutes: number;
  }): Certificate {
    return {
      ...c,
      moduleTitle: c.title,
      pdfUrl: `/api/certificates/${c.code}.pdf`,
      verificationUrl: `${this.config.publicUrl}/certificates/verify/${c.code}`,
    };
  }

  private fromRow(row: CertificateRow): Certificate {
    return this.toModel({
      id: row.id,
      code: row.code,
      issuedAt: new Date(row.issued_at),
      kind: row.kind,
      moduleId: row.module_id,
      courseSessionId: row.course_session_id,
      title: row.title ?? '',
      cpdMinutes: Number(row.cpd_minutes ?? 0),
    });
  }

  /**
   * The signed-in person's certificates of both kinds, newest first (the most recent
   * `LIMITS.myLearningListMax`), in one statement.
   */
  async mine(ctx: RequestContext): Promise<Certificate[]> {
    if (!ctx.actor) throw unauthenticated();
    const rows: CertificateRow[] = await this.dataSource.query(
      `${CERTIFICATE_SELECT} where c.person_id = $1 order by c.issued_at desc, c.id limit $2`,
      [ctx.actor.id, LIMITS.myLearningListMax],
    );
    return rows.map((row) => this.fromRow(row));
  }

  /**
   * The certificates for course sessions of these people, keyed "personId:sessionId", in one
   * statement (the course programme shows each delegate's certificate beside their session).
   */
  async forSessions(pairs: readonly { personId: string; sessionId: string }[]): Promise<Map<string, Certificate>> {
    const result = new Map<string, Certificate>();
    if (!pairs.length) return result;
    const rows: CertificateRow[] = await this.dataSource.query(
      `${CERTIFICATE_SELECT}
       join unnest($1::uuid[], $2::uuid[]) as want(person_id, session_id)
         on want.person_id = c.person_id and want.session_id = c.course_session_id`,
      [pairs.map((p) => p.personId), pairs.map((p) => p.sessionId)],
    );
    for (const row of rows) result.set(`${row.person_id}:${row.course_session_id}`, this.fromRow(row));
    return result;
  }

  /**
   * Issues the certificate for a course session inside the caller's transaction; the course
   * programme calls it only once whole attendance and a completed evaluation are both on
   * record. Idempotent: an existing certificate stays as it is (same code).
   */
  async issueForSession(m: EntityManager, personId: string, sessionId: string): Promise<void> {
    // A clash of random codes (1 in 2^50) is retried with a new code; the other conflict
    // (already issued) leaves the existing certificate alone.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const inserted: unknown[] = await m.query(
        `insert into certificate (person_id, course_session_id, code) values ($1, $2, $3)
         on conflict do nothing returning id`,
        [personId, sessionId, newCertificateCode()],
      );
      if (inserted.length) return;
      const [existing]: unknown[] = await m.query(
        `select 1 from certificate where person_id = $1 and course_session_id = $2`,
        [personId, sessionId],
      );
      if (existing) return;
    }
  }

  /**
   * Withdraws a course session's certificate inside the caller's transaction, when the
   * register is corrected so the attendance was no longer whole: its code stops verifying.
   */
  async withdrawForSession(m: EntityManager, personId: string, sessionId: string): Promise<void> {
    await m.query(`delete from certificate where person_id = $1 and course_session_id = $2`, [personId, sessionId]);
  }

  /**
   * Which of the modules each person has completed (holds a certificate for), in one
   * statement: the framework counts a completed module as done in a learning plan.
   */
  async completedModules(personIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>(personIds.map((id) => [id, new Set<string>()]));
    if (!personIds.length) return result;
    const rows: { person_id: string; module_id: string }[] = await this.dataSource.query(
      `select person_id, module_id from certificate where person_id = any($1::uuid[]) and module_id is not null`,
      [personIds],
    );
    for (const row of rows) result.get(row.person_id)?.add(row.module_id);
    return result;
  }

  /** A certificate by module for the model, with the module's title and CPD time. */
  async forModule(certificate: CertificateEntity, module: { title: string; cpdMinutes: number }): Promise<Certificate> {
    return Promise.resolve(
      this.toModel({
        ...certificate,
        kind: 'MODULE',
        courseSessionId: null,
        title: module.title,
        cpdMinutes: module.cpdMinutes,
      }),
    );
  }

  /**
   * Anyone may check a code (as typed: case, hyphens and look-alike letters forgiven).
   * Answers the name, what it is for (module or course, with its title) and the date only,
   * or null for an unknown code.
   */
  async verify(code: string): Promise<CertificateVerification | null> {
    const canonical = normaliseCertificateCode(code);
    if (!canonical) return null;
    const row = await this.row(canonical);
    return row
      ? {
          code: row.code,
          personName: row.person_name,
          kind: row.kind,
          title: row.title,
          moduleTitle: row.title,
          issuedAt: new Date(row.issued_at),
          heldOn: row.held_on ? new Date(row.held_on) : null,
        }
      : null;
  }

  /**
   * The certificate as a tagged, accessible PDF (PDF 1.7, en-GB, A4 landscape): name,
   * module or course, date, CPD time (when stated), outcomes, code and verification link. Only its owner or an admin may
   * download it; anyone else gets NOT_FOUND, as for an unknown code.
   */
  async pdf(ctx: RequestContext, code: string): Promise<{ code: string; bytes: Buffer }> {
    if (!ctx.actor) throw unauthenticated();
    const canonical = normaliseCertificateCode(code);
    const row = canonical ? await this.row(canonical) : undefined;
    if (!row || (row.person_id !== ctx.actor.id && !hasRole(ctx.actor, 'ADMIN'))) {
      throw notFound('That certificate');
    }
    return { code: row.code, bytes: await this.render(row) };
  }

  private render(row: CertificateRow): Promise<Buffer> {
    const verifyUrl = `${this.config.publicUrl}/certificates/verify/${row.code}`;
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 60,
      tagged: true,
      pdfVersion: '1.7',
      lang: 'en-GB',
      displayTitle: true,
      info: { Title: `Certificate: ${row.title}`, Author: 'Common Ground', Subject: `Certificate ${row.code}` },
    });
    // Names and titles in any European script (Łucja, Wiśniewski): Helvetica knows only WinAnsi.
    const font = useWideFonts(doc);
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<Buffer>((resolve, reject) => {
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
    });
    const root = doc.struct('Document');
    doc.addStructure(root);
    const width = doc.page.width - 120;
    root.add(
      doc.struct('H1', {}, () =>
        doc
          .font(font.bold)
          .fontSize(30)
          .text(row.kind === 'COURSE' ? 'Certificate of attendance' : 'Certificate of completion', {
            align: 'center',
            width,
          }),
      ),
    );
    root.add(
      doc.struct('P', {}, () =>
        doc.moveDown().font(font.regular).fontSize(14).text('This is to certify that', { align: 'center', width }),
      ),
    );
    root.add(
      doc.struct('P', {}, () => doc.font(font.bold).fontSize(24).text(row.person_name, { align: 'center', width })),
    );
    root.add(
      doc.struct('P', {}, () =>
        doc
          .font(font.regular)
          .fontSize(14)
          .text(row.kind === 'COURSE' ? 'has attended the whole of the course' : 'has completed the module', {
            align: 'center',
            width,
          }),
      ),
    );
    root.add(doc.struct('H2', {}, () => doc.font(font.bold).fontSize(20).text(row.title, { align: 'center', width })));
    root.add(
      doc.struct('P', {}, () =>
        doc
          .font(font.regular)
          .fontSize(14)
          .text(`on ${govukDate(new Date(row.held_on ?? row.issued_at))}`, { align: 'center', width }),
      ),
    );
    const cpd = cpdText(Number(row.cpd_minutes ?? 0));
    if (cpd) {
      root.add(
        doc.struct('P', {}, () => doc.font(font.regular).fontSize(14).text(`CPD: ${cpd}`, { align: 'center', width })),
      );
    }
    if (row.outcomes.length) {
      root.add(
        doc.struct('H3', {}, () => doc.moveDown().font(font.bold).fontSize(12).text('Learning outcomes', { width })),
      );
      for (const outcome of row.outcomes) {
        root.add(doc.struct('P', {}, () => doc.font(font.regular).fontSize(11).text(`• ${outcome}`, { width })));
      }
    }
    root.add(doc.struct('P', {}, () => doc.moveDown().fontSize(11).text(`Certificate ID: ${row.code}`, { width })));
    root.add(
      doc.struct('P', {}, () =>
        doc.fontSize(11).text(`Check this certificate at ${verifyUrl}`, { width, link: verifyUrl, underline: false }),
      ),
    );
    root.end();
    doc.end();
    return done;
  }
}
