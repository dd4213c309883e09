import { checkChapters, parseChaptersJson } from './chapters';
import { formatVttTime, parseVttTime, parseWebVtt } from '@common-ground/shared';

describe('parseWebVtt', () => {
  it('reads cues with voices, identifiers, notes and entities', () => {
    const result = parseWebVtt(
      '\uFEFFWEBVTT - demo\nKind: captions\n\nNOTE a comment\nover two lines\n\nintro\n00:01.000 --> 00:04.500 align:start\n<v Sarah Whitlock>Hello &amp; <i>welcome</i>.\n\n01:00:00.000 --> 01:00:02.000\nSecond\nline\n',
    );
    expect(result).toEqual({
      cues: [
        { startSeconds: 1, endSeconds: 4.5, voice: 'Sarah Whitlock', text: 'Hello & welcome.' },
        { startSeconds: 3600, endSeconds: 3602, voice: null, text: 'Second line' },
      ],
    });
  });

  it('names every problem with its line', () => {
    expect(parseWebVtt('1\n00:00:01,000 --> 00:00:02,000\nSRT')).toEqual({
      problems: ['Line 1: a WebVTT transcript must start with the word WEBVTT on its own line.'],
    });
    const result = parseWebVtt(
      'WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards\n\n00:61.000 --> 01:00.000\nBad\n\n00:00:01.000 --> 00:00:02.000\nEarlier\n\nno timing here\n\n00:00:09.000 --> 00:00:10.000\n',
    );
    expect(result).toEqual({
      problems: [
        'Line 3: the passage must end after it starts.',
        'Line 6: "00:61.000" is not a time. Write times as mm:ss.ttt or hh:mm:ss.ttt.',
        'Line 9: passages must be in order of their start times.',
        'Line 13: expected a timing line such as "00:00:01.000 --> 00:00:04.000".',
        'Line 14: the passage has no words.',
      ],
    });
    expect(parseWebVtt('WEBVTT\n')).toEqual({ problems: [expect.stringMatching(/no passages/)] });
    expect(parseWebVtt('WEBVTT\n\n00:01.000 --> 00:02.000\na\n00:02.000 --> 00:03.000\nb')).toEqual({
      problems: ['Line 3: leave a blank line between passages.'],
    });
  });

  it('converts times both ways', () => {
    expect(parseVttTime('01:02:03.004')).toBe(3723.004);
    expect(parseVttTime('2:03.004')).toBeNull();
    expect(formatVttTime(3723.004)).toBe('01:02:03.004');
  });
});

describe('chapters', () => {
  it('accepts chapters in order within the recording and reads the JSON chapters format', () => {
    expect(
      checkChapters(
        [
          { startTime: 0, title: ' Welcome ' },
          { startTime: 12.5, title: 'More' },
        ],
        30,
      ),
    ).toEqual({
      chapters: [
        { startTime: 0, title: 'Welcome' },
        { startTime: 12.5, title: 'More' },
      ],
    });
    expect(parseChaptersJson('{"version":"1.2.0","chapters":[{"startTime":0,"title":"A","img":"x"}]}', null)).toEqual({
      chapters: [{ startTime: 0, title: 'A' }],
    });
  });

  it('refuses chapters out of order, past the end, untitled, or not in the format', () => {
    expect(
      checkChapters(
        [
          { startTime: 5, title: 'B' },
          { startTime: 5, title: '' },
          { startTime: 40, title: 'C' },
        ],
        30,
      ),
    ).toEqual({
      problems: [
        'Chapter 2: enter a title.',
        'Chapter 2: it must start after chapter 1.',
        'Chapter 3: it must start before the recording ends.',
      ],
    });
    expect(parseChaptersJson('not json', null)).toEqual({ problems: ['The chapters file is not valid JSON.'] });
    expect(parseChaptersJson('{"chapters":[]}', null)).toEqual({ problems: [expect.stringMatching(/version/)] });
  });
});
