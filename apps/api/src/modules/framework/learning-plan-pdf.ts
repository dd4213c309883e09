import PDFDocument from 'pdfkit';
import { CONFIDENCE_LABELS, type ConfidenceLevel, RESOURCE_KIND_LABELS } from '@common-ground/shared';
import { useWideFonts } from '../../common/pdf/pdf-fonts';
import { govukDate } from '../learning/certificate-code';
import type { LearningPlan } from './models/framework.model';

/**
 * A learning plan as a tagged, accessible PDF (PDF 1.7, en-GB, A4 portrait), built the way
 * certificates are: a structure tree of headings, paragraphs and lists, so screen readers
 * read it in order. Addresses are made absolute with `publicUrl`.
 */
export function renderLearningPlanPdf(plan: LearningPlan, publicUrl: string, today: Date): Promise<Buffer> {
  const name = plan.personName ?? 'you';
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    tagged: true,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    info: { Title: `Learning plan for ${name}`, Author: 'Common Ground', Subject: 'Personal learning plan' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  // Names, titles and reflections may be in any language: Helvetica lacks Polish and Arabic letters.
  const font = useWideFonts(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  const width = doc.page.width - 112;
  const heading = (tag: 'H1' | 'H2' | 'H3', text: string, size: number) =>
    root.add(doc.struct(tag, {}, () => doc.moveDown(0.5).font(font.bold).fontSize(size).text(text, { width })));
  const para = (text: string, size = 11) =>
    root.add(doc.struct('P', {}, () => doc.font(font.regular).fontSize(size).text(text, { width })));
  const list = (items: string[]) => {
    const l = doc.struct('L');
    root.add(l);
    for (const item of items) {
      l.add(doc.struct('LI', {}, () => doc.font(font.regular).fontSize(11).text(`• ${item}`, { width, indent: 8 })));
    }
    l.end();
  };

  heading('H1', `Learning plan for ${name}`, 22);
  para(`Made on ${govukDate(today)}.`);
  para(
    `${plan.ratedCount} competencies rated, ${plan.gapCount} to work on, ${plan.doneCount} of ${plan.resourceCount} suggested resources done.`,
  );
  heading('H2', 'What to work on', 16);
  if (plan.gaps.length) {
    list(
      plan.gaps.map(
        (g) => `${g.statement} (${g.strandName}. You said: “${CONFIDENCE_LABELS[g.confidence as ConfidenceLevel]}”)`,
      ),
    );
  } else {
    para('Nothing yet: rate your confidence on the competencies for your role to find what to work on.');
  }
  heading('H2', 'Resources', 16);
  if (!plan.resources.length) para('No resources are suggested yet.');
  for (const r of plan.resources) {
    heading('H3', `${r.title}: ${r.done ? 'done' : 'to do'}`, 12);
    para(`${RESOURCE_KIND_LABELS[r.kind]}. ${r.description}`.trim());
    if (r.url) {
      const url = r.url.startsWith('/') ? `${publicUrl}${r.url}` : r.url;
      root.add(
        doc.struct('P', {}, () =>
          doc.font(font.regular).fontSize(11).text(`Where to find it: ${url}`, { width, link: url, underline: false }),
        ),
      );
    }
    if (r.serves.length) para(`Helps with: ${r.serves.join('; ')}`);
    if (r.completion === 'AUTOMATIC') {
      para(
        r.kind === 'COURSE'
          ? 'Done: counted when the whole course was attended.'
          : 'Done: counted when the module was completed.',
      );
    }
    if (r.completion === 'MARKED' && r.doneAt) {
      para(`Marked done on ${govukDate(r.doneAt)}.${r.reflection ? ` Reflection: ${r.reflection}` : ''}`);
    }
  }
  root.end();
  doc.end();
  return done;
}
