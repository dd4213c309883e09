import { mediaIdsOf } from './lesson-media';

const A = '0b7c3c1e-6f1a-4c57-9b0a-3f1f1c2d9e11';
const B = '5d1e8a2f-3b4c-4d5e-8f60-718293a4b5c6';
const C = 'c0ffee00-1234-4abc-9def-00112233aabb';

describe('mediaIdsOf', () => {
  it('finds the images and audio of an article once each, in lower case', () => {
    const html =
      `<p>Intro</p><img src="/api/media/${A}" alt="A desk" /><audio src="/api/media/${B}" controls></audio>` +
      `<img src="/api/media/${A.toUpperCase()}" alt="Again" />`;
    expect(mediaIdsOf('ARTICLE', { html }).sort()).toEqual([A, B].sort());
  });

  it('counts a link to a file in an article, and ignores malformed ids and other routes', () => {
    const html =
      `<a href="/api/media/${C}">Transcript</a><img src="/api/media/${A}x" alt="" />` +
      `<img src="/api/media/not-a-uuid" alt="" /><a href="/api/people/${B}">B</a>`;
    expect(mediaIdsOf('ARTICLE', { html })).toEqual([C]);
  });

  it('finds scene media, pictures in narratives and character pictures of a scenario', () => {
    const content = {
      characters: [
        { id: 'anna', name: 'Anna', role: 'Tenant', avatarMediaId: B },
        { id: 'sam', name: 'Sam', role: 'Officer', avatarMediaId: null },
      ],
      variables: [],
      startSceneId: 'desk',
      scenes: [
        { id: 'desk', title: 'Desk', narrative: `<img src="/api/media/${C}" alt="" />`, mediaId: A, choices: [] },
        { id: 'end', title: 'End', narrative: '<p>Done</p>', mediaId: 'photo-1', choices: [] },
        { id: 'again', title: 'Again', narrative: '', mediaId: A, choices: [] },
      ],
    };
    expect(mediaIdsOf('SCENARIO', content).sort()).toEqual([A, B, C].sort());
  });

  it('finds none in a knowledge check, empty content or content of an unexpected shape', () => {
    const check = { passMark: 80, questions: [{ id: 'q', prompt: `/api/media/${A}`, options: [], explanation: 'x' }] };
    expect(mediaIdsOf('KNOWLEDGE_CHECK', check)).toEqual([]);
    expect(mediaIdsOf('ARTICLE', { html: '' })).toEqual([]);
    expect(mediaIdsOf('ARTICLE', null)).toEqual([]);
    expect(mediaIdsOf('SCENARIO', { scenes: 'none', characters: [null, 3] })).toEqual([]);
  });
});
