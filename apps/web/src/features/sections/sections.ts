/**
 * What each section of Common Ground will hold, in plain words. These pages
 * are honest placeholders: they describe what is coming, with no fake content.
 */
export interface SectionDescription {
  title: string;
  lead: string;
  willHold: string[];
}

export const SECTIONS: Record<string, SectionDescription> = {
  '/learn': {
    title: 'Learn',
    lead: 'Short learning modules told as stories, where you make choices and see what happens next.',
    willHold: [
      'modules grouped into themes, with your progress shown for each one',
      'scenarios where you choose what to do and see how colleagues in other organisations chose',
      'a chance to reflect at the end of each module',
      'a certificate when you finish',
    ],
  },
  '/discuss': {
    title: 'Discuss',
    lead: 'Conversations with staff from across the partnership about what you learn and the work you do.',
    willHold: [
      'a live discussion beside every lesson',
      'forums on shared topics, looked after by moderators',
      'blog posts from colleagues and partnership leads',
    ],
  },
  '/library': {
    title: 'Library',
    lead: 'Reference material you can use on the spot.',
    willHold: [
      'an A to Z glossary with translations into the languages staff meet at work',
      'answers to common questions',
      'common myths, with the facts and where they come from',
      'podcast episodes with transcripts',
    ],
  },
  '/framework': {
    title: 'Framework',
    lead: 'The partnership’s competency framework: what staff in each role should know and be able to do.',
    willHold: [
      'the competencies for your workforce group',
      'a self-assessment to see where to focus',
      'links from each competency to the modules and courses that cover it',
    ],
  },
  '/courses': {
    title: 'Courses',
    lead: 'Face-to-face and online training run by the partnership.',
    willHold: [
      'upcoming courses with dates, places left and who they are for',
      'booking, with your line manager told where needed',
      'joining instructions and calendar invitations',
      'certificates after you attend',
    ],
  },
  '/messages': {
    title: 'Messages',
    lead: 'Key learning messages from the partnership, for example after a review.',
    willHold: [
      'each message with why it matters and who it is for',
      'a way to confirm you have read it',
      'a way for managers to pass it on to their teams',
    ],
  },
  '/dashboard': {
    title: 'Dashboard',
    lead: 'Reports for partnership leads on learning across the partnership.',
    willHold: [
      'how many people from each sector have completed each module',
      'course bookings and attendance',
      'how far key messages have reached',
      'every chart also shown as a table, with a download',
    ],
  },
};

/** One-line summaries for the home page. */
export const SECTION_SUMMARIES: Record<string, string> = Object.fromEntries(
  Object.entries(SECTIONS).map(([href, section]) => [href, section.lead]),
);
