import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@common-ground/shared';
import PDFDocument from 'pdfkit';
import { DataSource } from 'typeorm';
import { hasRole } from '../../common/auth/actor';
import type { RequestContext } from '../../common/context/request-context';
import { notFound, unauthenticated } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { govukDate, normaliseCertificateCode } from './certificate-code';
import { CertificateEntity } from './entities/certificate.entity';
import type { Certificate, CertificateVerification } from './models/other.model';

interface CertificateRow {
  id: string;
  code: string;
  issued_at: Date;
  person_id: string;
  person_name: string;
  module_id: string;
  module_title: string;
  cpd_minutes: number;
  outcomes: string[];
}

/** CPD time in words, e.g. "1 hour 30 minutes"; empty for 0. */
export function cpdText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (hours) parts.push(`${hours} ${hours === 1 ? 'hour' : 'hours'}`);
  if (rest) parts.push(`${rest} ${rest === 1 ? 'minute' : 'minutes'}`);
  return parts.join(' ');
}

/** Certificates: the owner's list, public verification by code, and the tagged PDF. */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  private row(code: string): Promise<CertificateRow | undefined> {
    return this.dataSource
      .query(
        `select c.id, c.code, c.issued_at, c.person_id, p.name as person_name, m.id as module_id,
                m.title as module_title, m.cpd_minutes, m.outcomes
         from certificate c join person p on p.id = c.person_id join learning_module m on m.id = c.module_id
         where c.code = $1`,
        [code],
      )
      .then((rows: CertificateRow[]) => rows[0]);
  }

  /** Maps a certificate to its model, with its PDF and verification addresses. */
  toModel(c: {
    id: string;
    code: string;
    issuedAt: Date;
    moduleId: string;
    moduleTitle: string;
    cpdMinutes: number;
  }): Certificate {
    return {
      ...c,
      pdfUrl: `/api/certificates/${c.code}.pdf`,
      verificationUrl: `${this.config.publicUrl}/certificates/verify/${c.code}`,
    };
  }

  /** The signed-in person's certificates, newest first (the most recent `LIMITS.myLearningListMax`). */
  async mine(ctx: RequestContext): Promise<Certificate[]> {
    if (!ctx.actor) throw unauthenticated();
    const rows = await this.dataSource.manager
      .createQueryBuilder(CertificateEntity, 'c')
      .innerJoin('c.module', 'm')
      .addSelect('m.title', 'module_title')
      .addSelect('m.cpd_minutes', 'cpd_minutes')
      .where('c.person_id = :id', { id: ctx.actor.id })
      .orderBy('c.issued_at', 'DESC')
      .limit(LIMITS.myLearningListMax)
      .getRawAndEntities();
    const modules = new Map(
      rows.raw.map((r: { c_id: string; module_title: string; cpd_minutes: number }) => [r.c_id, r]),
    );
    return rows.entities.map((c) =>
      this.toModel({
        ...c,
        moduleTitle: modules.get(c.id)?.module_title ?? '',
        cpdMinutes: Number(modules.get(c.id)?.cpd_minutes ?? 0),
      }),
    );
  }

  /**
   * Which of the modules each person has completed (holds a certificate for), in one
   * statement: the framework counts a completed module as done in a learning plan.
   */
  async completedModules(personIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>(personIds.map((id) => [id, new Set<string>()]));
    if (!personIds.length) return result;
    const rows: { person_id: string; module_id: string }[] = await this.dataSource.query(
      `select person_id, module_id from certificate where person_id = any($1::uuid[])`,
      [personIds],
    );
    for (const row of rows) result.get(row.person_id)?.add(row.module_id);
    return result;
  }

  /** A certificate by module for the model, with the module's title and CPD time. */
  async forModule(certificate: CertificateEntity, module: { title: string; cpdMinutes: number }): Promise<Certificate> {
    return Promise.resolve(this.toModel({ ...certificate, moduleTitle: module.title, cpdMinutes: module.cpdMinutes }));
  }

  /**
   * Anyone may check a code (as typed: case, hyphens and look-alike letters forgiven).
   * Answers the name, module and date only, or null for an unknown code.
   */
  async verify(code: string): Promise<CertificateVerification | null> {
    const canonical = normaliseCertificateCode(code);
    if (!canonical) return null;
    const row = await this.row(canonical);
    return row
      ? {
          code: row.code,
          personName: row.person_name,
          moduleTitle: row.module_title,
          issuedAt: new Date(row.issued_at),
        }
      : null;
  }

  /**
   * The certificate as a tagged, accessible PDF (PDF 1.7, en-GB, A4 landscape): name,
   * module, date, CPD time (when stated), outcomes, code and verification link. Only its owner or an admin may
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
      info: { Title: `Certificate: ${row.module_title}`, Author: 'Common Ground', Subject: `Certificate ${row.code}` },
    });
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
        doc.font('Helvetica-Bold').fontSize(30).text('Certificate of completion', { align: 'center', width }),
      ),
    );
    root.add(
      doc.struct('P', {}, () =>
        doc.moveDown().font('Helvetica').fontSize(14).text('This is to certify that', { align: 'center', width }),
      ),
    );
    root.add(
      doc.struct('P', {}, () =>
        doc.font('Helvetica-Bold').fontSize(24).text(row.person_name, { align: 'center', width }),
      ),
    );
    root.add(
      doc.struct('P', {}, () =>
        doc.font('Helvetica').fontSize(14).text('has completed the module', { align: 'center', width }),
      ),
    );
    root.add(
      doc.struct('H2', {}, () =>
        doc.font('Helvetica-Bold').fontSize(20).text(row.module_title, { align: 'center', width }),
      ),
    );
    root.add(
      doc.struct('P', {}, () =>
        doc
          .font('Helvetica')
          .fontSize(14)
          .text(`on ${govukDate(new Date(row.issued_at))}`, { align: 'center', width }),
      ),
    );
    const cpd = cpdText(Number(row.cpd_minutes ?? 0));
    if (cpd) {
      root.add(
        doc.struct('P', {}, () => doc.font('Helvetica').fontSize(14).text(`CPD: ${cpd}`, { align: 'center', width })),
      );
    }
    if (row.outcomes.length) {
      root.add(
        doc.struct('H3', {}, () =>
          doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Learning outcomes', { width }),
        ),
      );
      for (const outcome of row.outcomes) {
        root.add(doc.struct('P', {}, () => doc.font('Helvetica').fontSize(11).text(`• ${outcome}`, { width })));
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
