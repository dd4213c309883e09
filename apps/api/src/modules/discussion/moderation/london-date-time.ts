const DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** "Tuesday 16 June 2026 at 9:30am" in Europe/London, GOV.UK style, for messages. */
export function londonDateTime(at: Date): string {
  const time = TIME.format(at).replace(/\s/g, '').toLowerCase().replace(':00', '');
  return `${DATE.format(at).replace(',', '')} at ${time === '12pm' ? 'midday' : time}`;
}
