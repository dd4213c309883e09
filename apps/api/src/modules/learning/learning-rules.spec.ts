import { CERTIFICATE_CODE_LENGTH, govukDate, newCertificateCode, normaliseCertificateCode } from './certificate-code';
import { emptyContent, parseKnowledgeCheck, parseLessonContent, publishProblems } from './lesson-content';

const question = (over: Record<string, unknown> = {}) => ({
  id: 'q1',
  prompt: 'Who should interpret?',
  kind: 'SINGLE',
  explanation: 'A professional interpreter.',
  options: [
    { id: 'a', label: 'A professional interpreter', correct: true },
    { id: 'b', label: 'Her son', correct: false },
  ],
  ...over,
});

describe('knowledge check rules', () => {
  it('accepts a well-formed check', () => {
    expect(parseKnowledgeCheck({ passMark: 80, questions: [question()] }).questions).toHaveLength(1);
  });

  it.each([
    [{ passMark: 0, questions: [question()] }, /pass mark/],
    [{ passMark: 101, questions: [question()] }, /pass mark/],
    [{ passMark: 50, questions: [] }, /between 1 and 50 questions/],
    [{ passMark: 50, questions: Array.from({ length: 51 }, (_, i) => question({ id: `q${i}` })) }, /between 1 and 50/],
    [{ passMark: 50, questions: [question({ options: [{ id: 'a', label: 'x', correct: true }] })] }, /between 2 and 6/],
    [
      {
        passMark: 50,
        questions: [
          question({
            options: [
              { id: 'a', label: 'x', correct: true },
              { id: 'b', label: 'y', correct: true },
            ],
          }),
        ],
      },
      /exactly one/,
    ],
    [
      {
        passMark: 50,
        questions: [
          question({
            kind: 'MULTIPLE',
            options: [
              { id: 'a', label: 'x', correct: false },
              { id: 'b', label: 'y', correct: false },
            ],
          }),
        ],
      },
      /at least one/,
    ],
    [{ passMark: 50, questions: [question({ explanation: ' ' })] }, /explanation/],
  ])('refuses %#', (content, message) => {
    expect(() => parseKnowledgeCheck(content)).toThrow(message);
  });
});

describe('lesson content', () => {
  it('sanitises articles and scenario narratives', () => {
    expect(parseLessonContent('ARTICLE', { html: '<p>Hi</p><script>x</script>' })).toEqual({ html: '<p>Hi</p>' });
    const scenario = parseLessonContent('SCENARIO', {
      characters: [],
      variables: [],
      startSceneId: 's',
      scenes: [{ id: 's', title: 'S', narrative: '<p onclick="x">N</p>', choices: [] }],
    }) as { scenes: { narrative: string }[] };
    expect(scenario.scenes[0].narrative).toBe('<p>N</p>');
  });

  it('refuses malformed scenario content with the path of the problem', () => {
    expect(() => parseLessonContent('SCENARIO', { startSceneId: 's', scenes: 'no' })).toThrow(/scenes|characters/);
  });

  it('reports what blocks publishing', () => {
    expect(publishProblems('ARTICLE', emptyContent('ARTICLE'))).toHaveLength(1);
    expect(publishProblems('KNOWLEDGE_CHECK', emptyContent('KNOWLEDGE_CHECK'))).toHaveLength(1);
    expect(publishProblems('SCENARIO', emptyContent('SCENARIO')).length).toBeGreaterThan(0);
  });
});

describe('certificate codes', () => {
  it('are 10 Crockford base32 characters', () => {
    const code = newCertificateCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(code).toHaveLength(CERTIFICATE_CODE_LENGTH);
  });

  it('are read forgivingly: case, hyphens, I/L as 1 and O as 0', () => {
    expect(normaliseCertificateCode('abcde-fghjo')).toBe('ABCDEFGHJ0');
    expect(normaliseCertificateCode('1l1i1 00o00')).toBe('1111100000');
    expect(normaliseCertificateCode('ABCDEFGHJU')).toBeNull();
    expect(normaliseCertificateCode('short')).toBeNull();
  });

  it('dates in GOV.UK style, in London', () => {
    expect(govukDate(new Date('2026-06-16T10:00:00Z'))).toBe('16 June 2026');
    expect(govukDate(new Date('2026-06-16T23:30:00Z'))).toBe('17 June 2026');
  });
});
