import { calendar, escapeText, foldLine, icsTime } from './ics';

describe('iCalendar', () => {
  const event = {
    uid: 'session-1234@common-ground',
    sequence: 2,
    startsAt: new Date('2026-06-16T08:30:00Z'),
    endsAt: new Date('2026-06-16T11:30:00Z'),
    summary: 'Safeguarding, together; for everyone',
    location: 'Saltmarsh Hall\n4 Quay Street',
    description: 'Sign in at reception.',
  };

  it('writes one event per session with a stable UID, its SEQUENCE and UTC times, lines ending CRLF', () => {
    const text = calendar('Course programme', [event], new Date('2026-05-01T10:00:00Z'));
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('\r\nUID:session-1234@common-ground\r\nSEQUENCE:2\r\n');
    expect(text).toContain('DTSTART:20260616T083000Z\r\nDTEND:20260616T113000Z');
    expect(text).toContain('SUMMARY:Safeguarding\\, together\\; for everyone');
    expect(text).toContain('LOCATION:Saltmarsh Hall\\n4 Quay Street');
    expect(text).toContain('STATUS:CONFIRMED');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(calendar('x', [{ ...event, cancelled: true }], new Date())).toContain('STATUS:CANCELLED');
  });

  it('escapes backslashes first and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a\\b')).toBe('a\\\\b');
    expect(icsTime(new Date('2026-01-02T03:04:05.678Z'))).toBe('20260102T030405Z');
    const long = `DESCRIPTION:${'ł'.repeat(60)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((l, i) => (i === 0 ? l : l.slice(1)))
        .join(''),
    ).toBe(long);
  });
});
