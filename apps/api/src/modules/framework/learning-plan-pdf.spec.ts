import { inflateSync } from 'node:zlib';
import { renderLearningPlanPdf } from './learning-plan-pdf';
import type { LearningPlan } from './models/framework.model';

/** Every stream of a PDF, inflated where pdfkit compressed it. */
function streamsOf(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const out: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = text.indexOf('endstream', start);
    const raw = pdf.subarray(start, end);
    try {
      out.push(inflateSync(raw).toString('latin1'));
    } catch {
      out.push(raw.toString('latin1'));
    }
  }
  return out;
}

/** The Unicode code points a PDF's ToUnicode maps name, as upper-case hex. */
function mappedCodePoints(pdf: Buffer): Set<string> {
  const cmaps = streamsOf(pdf).filter((s) => s.includes('begincmap'));
  return new Set(cmaps.flatMap((c) => [...c.matchAll(/<([0-9a-fA-F]{4})>/g)].map((m) => m[1].toUpperCase())));
}

const plan = (personName: string, reflection: string): LearningPlan => ({
  personId: '00000000-0000-4000-8000-000000000001',
  personName,
  ratedCount: 1,
  gapCount: 1,
  resourceCount: 1,
  doneCount: 1,
  truncated: false,
  viewerCanMarkDone: true,
  gaps: [
    {
      competencyId: '00000000-0000-4000-8000-000000000002',
      statement: 'Knows how to book an interpreter',
      kind: 'KNOW',
      strandName: 'Communication',
      workforceGroupName: 'Intensive contact',
      confidence: 1,
    },
  ],
  resources: [
    {
      resourceId: '00000000-0000-4000-8000-000000000003',
      kind: 'READING',
      title: 'Working with interpreters',
      description: 'A short guide.',
      url: '/library/blog/interpreters',
      done: true,
      completion: 'MARKED',
      doneAt: new Date('2026-11-02T10:00:00Z'),
      reflection,
      countsAutomatically: false,
      serves: ['Knows how to book an interpreter'],
    },
  ],
});

describe('renderLearningPlanPdf', () => {
  it('embeds a font that has the letters of a Polish name and an Arabic reflection, not Helvetica', async () => {
    const pdf = await renderLearningPlanPdf(
      plan('Łucja Wąsowska-Żółć', 'مترجم فوري'),
      'https://learn.example',
      new Date('2026-12-05T12:00:00Z'),
    );
    const text = pdf.toString('latin1');
    expect(text).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(text).toMatch(/\/FontFile2/);
    expect(text).not.toMatch(/\/BaseFont \/Helvetica/);
    const mapped = mappedCodePoints(pdf);
    // Ł, ą, Ż, ó, ł, ć from the name; meem and teh from the reflection.
    for (const cp of ['0141', '0105', '017B', '00F3', '0142', '0107', '0645', '062A']) expect(mapped).toContain(cp);
  });

  it('still reads as a tagged PDF in English', async () => {
    const pdf = (await renderLearningPlanPdf(plan('Sam Jones', ''), 'https://learn.example', new Date())).toString(
      'latin1',
    );
    expect(pdf.startsWith('%PDF-1.7')).toBe(true);
    expect(pdf).toMatch(/StructTreeRoot/);
    expect(pdf).toMatch(/\/Lang \(en-GB\)/);
  });
});
