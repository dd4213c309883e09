import type { CompetencyKindName, ResourceKindName, WorkforceGroupName } from '@common-ground/shared';

/**
 * The demo framework (original text): two strands from the seeds' worlds, Dundee's
 * "Protecting people" (seed 002) and the social re-integration of migrants (seed 001), with
 * workforce groups from the public to leaders, competencies for each, and resources mapped to
 * them: the four demo modules among them, and every other kind of learning. A few
 * competencies are left unmapped on purpose, so the admins' gaps report has work to show.
 */
export interface DemoGroup {
  key: string;
  name: string;
  description: string;
  profileGroup: WorkforceGroupName | null;
  openToPublic: boolean;
}

export const DEMO_STRANDS = [
  {
    key: 'protect',
    name: 'Protecting people',
    description:
      'Keeping children and adults safe from harm, abuse, neglect and exploitation: noticing, responding, sharing worries and working together across agencies.',
  },
  {
    key: 'migrants',
    name: 'Working with migrant workers and new communities',
    description:
      'Helping people who have moved to the area to settle, find work and take part in local life, and working well across languages and cultures.',
  },
] as const;

export const DEMO_GROUPS: DemoGroup[] = [
  {
    key: 'public',
    name: 'The public, carers and volunteers',
    description: 'Anyone who lives or volunteers in the area, and people who care for a relative or friend.',
    profileGroup: null,
    openToPublic: true,
  },
  {
    key: 'general',
    name: 'General contact',
    description:
      'Staff who meet the public as part of their job but not to give care or support: reception, customer services, libraries, leisure, drivers.',
    profileGroup: 'GENERAL_CONTACT',
    openToPublic: false,
  },
  {
    key: 'specific',
    name: 'Specific contact',
    description:
      'Staff who work with people regularly and may be the first to notice a worry: housing officers, advisers, community support officers.',
    profileGroup: 'SPECIFIC_CONTACT',
    openToPublic: false,
  },
  {
    key: 'intensive',
    name: 'Intensive contact',
    description:
      'Staff who assess, plan or provide support for people at risk: social workers, midwives, designated safeguarding leads.',
    profileGroup: 'INTENSIVE_CONTACT',
    openToPublic: false,
  },
  {
    key: 'leaders',
    name: 'Leaders and managers',
    description: 'People who manage services or teams and set how their organisation works with partners.',
    profileGroup: 'LEADERSHIP',
    openToPublic: false,
  },
];

export interface DemoCompetency {
  key: string;
  strand: 'protect' | 'migrants';
  group: string;
  kind: CompetencyKindName;
  statement: string;
}

export const DEMO_COMPETENCIES: DemoCompetency[] = [
  // Protecting people
  {
    key: 'p-pub-1',
    strand: 'protect',
    group: 'public',
    kind: 'KNOW',
    statement: 'Know that keeping people safe is everyone’s business, not only the job of professionals',
  },
  {
    key: 'p-pub-2',
    strand: 'protect',
    group: 'public',
    kind: 'KNOW',
    statement: 'Know the signs that a child or adult may be being harmed or neglected',
  },
  {
    key: 'p-pub-3',
    strand: 'protect',
    group: 'public',
    kind: 'DO',
    statement: 'Tell the council or the police when you are worried about someone, even if you are not sure',
  },
  {
    key: 'p-gen-1',
    strand: 'protect',
    group: 'general',
    kind: 'KNOW',
    statement: 'Know what abuse, neglect and exploitation can look like at a front desk or on the phone',
  },
  {
    key: 'p-gen-2',
    strand: 'protect',
    group: 'general',
    kind: 'KNOW',
    statement: 'Know who in your organisation to tell about a worry, and how to reach them the same day',
  },
  {
    key: 'p-gen-3',
    strand: 'protect',
    group: 'general',
    kind: 'DO',
    statement: 'Listen calmly when someone tells you something worrying, without promising to keep it secret',
  },
  {
    key: 'p-gen-4',
    strand: 'protect',
    group: 'general',
    kind: 'DO',
    statement: 'Write down what you saw and heard, in the person’s own words, straight after',
  },
  {
    key: 'p-spe-1',
    strand: 'protect',
    group: 'specific',
    kind: 'KNOW',
    statement: 'Know how to make a referral to children’s or adult social care and what happens next',
  },
  {
    key: 'p-spe-2',
    strand: 'protect',
    group: 'specific',
    kind: 'KNOW',
    statement: 'Know when you may share information without consent to protect someone',
  },
  {
    key: 'p-spe-3',
    strand: 'protect',
    group: 'specific',
    kind: 'DO',
    statement: 'Ask direct questions about safety when you notice signs of domestic abuse',
  },
  {
    key: 'p-int-1',
    strand: 'protect',
    group: 'intensive',
    kind: 'KNOW',
    statement: 'Know the local multi-agency procedures for child and adult protection, including strategy discussions',
  },
  {
    key: 'p-int-2',
    strand: 'protect',
    group: 'intensive',
    kind: 'DO',
    statement: 'Assess risk with other agencies and record a shared plan that everyone understands',
  },
  {
    key: 'p-int-3',
    strand: 'protect',
    group: 'intensive',
    kind: 'DO',
    statement: 'Work with interpreters so that people at risk can speak for themselves',
  },
  {
    key: 'p-lea-1',
    strand: 'protect',
    group: 'leaders',
    kind: 'KNOW',
    statement: 'Know your organisation’s duties to the partnership and how well your staff meet them',
  },
  {
    key: 'p-lea-2',
    strand: 'protect',
    group: 'leaders',
    kind: 'DO',
    statement: 'Make time for staff to learn, reflect and get supervision after difficult cases',
  },
  // Working with migrant workers and new communities
  {
    key: 'm-pub-1',
    strand: 'migrants',
    group: 'public',
    kind: 'KNOW',
    statement: 'Know where newcomers can get free advice about housing, work and benefits',
  },
  {
    key: 'm-pub-2',
    strand: 'migrants',
    group: 'public',
    kind: 'DO',
    statement: 'Welcome new neighbours and help them find local groups and services',
  },
  {
    key: 'm-pub-3',
    strand: 'migrants',
    group: 'public',
    kind: 'KNOW',
    statement: 'Know how to use simple words and gestures when you do not share a language',
  },
  {
    key: 'm-gen-1',
    strand: 'migrants',
    group: 'general',
    kind: 'KNOW',
    statement: 'Know the rights to services that people from abroad usually have, and where to check',
  },
  {
    key: 'm-gen-2',
    strand: 'migrants',
    group: 'general',
    kind: 'DO',
    statement: 'Book an interpreter or telephone interpreting instead of relying on family or children',
  },
  {
    key: 'm-gen-3',
    strand: 'migrants',
    group: 'general',
    kind: 'DO',
    statement: 'Explain a letter or form in plain English and check it has been understood',
  },
  {
    key: 'm-gen-4',
    strand: 'migrants',
    group: 'general',
    kind: 'KNOW',
    statement: 'Know how your own culture shapes what you expect from the people you serve',
  },
  {
    key: 'm-spe-1',
    strand: 'migrants',
    group: 'specific',
    kind: 'KNOW',
    statement: 'Know the signs of labour exploitation and modern slavery among migrant workers',
  },
  {
    key: 'm-spe-2',
    strand: 'migrants',
    group: 'specific',
    kind: 'DO',
    statement: 'Help people build the confidence and contacts they need to find fair work',
  },
  {
    key: 'm-spe-3',
    strand: 'migrants',
    group: 'specific',
    kind: 'DO',
    statement: 'Bring other local organisations in early, so support joins up around the person',
  },
  {
    key: 'm-int-1',
    strand: 'migrants',
    group: 'intensive',
    kind: 'KNOW',
    statement: 'Know how trauma, loss and uncertain immigration status can affect wellbeing and trust',
  },
  {
    key: 'm-int-2',
    strand: 'migrants',
    group: 'intensive',
    kind: 'DO',
    statement: 'Adapt assessments and plans to the person’s culture, language and family structure',
  },
  {
    key: 'm-int-3',
    strand: 'migrants',
    group: 'intensive',
    kind: 'DO',
    statement: 'Coach people through setbacks when they are not yet confident to go on alone',
  },
  {
    key: 'm-lea-1',
    strand: 'migrants',
    group: 'leaders',
    kind: 'DO',
    statement: 'Build a local network of employers, colleges and community groups for re-integration',
  },
  {
    key: 'm-lea-2',
    strand: 'migrants',
    group: 'leaders',
    kind: 'KNOW',
    statement: 'Know how diverse your workforce and service users are, and where the gaps are',
  },
];

export interface DemoResource {
  key: string;
  kind: ResourceKindName;
  title: string;
  description: string;
  url?: string;
  /** For modules: the demo module's slug. */
  moduleSlug?: string;
  serves: string[];
}

export const DEMO_RESOURCES: DemoResource[] = [
  {
    key: 'mod-language',
    kind: 'MODULE',
    title: 'Managing language barriers',
    description: 'E-learning: finding out which language someone speaks, and working through an interpreter.',
    moduleSlug: 'managing-language-barriers',
    serves: ['m-pub-3', 'm-gen-2', 'm-gen-3', 'p-int-3'],
  },
  {
    key: 'mod-cultural',
    kind: 'MODULE',
    title: 'Cultural awareness',
    description: 'E-learning: a first home visit, told as a story where your choices shape what happens.',
    moduleSlug: 'cultural-awareness',
    serves: ['m-gen-4', 'm-int-2', 'p-gen-1'],
  },
  {
    key: 'mod-rights',
    kind: 'MODULE',
    title: 'Rights and responsibilities',
    description: 'E-learning: what people from abroad are entitled to, and how to check.',
    moduleSlug: 'rights-and-responsibilities',
    serves: ['m-gen-1', 'm-pub-1', 'm-spe-1'],
  },
  {
    key: 'mod-cohesion',
    kind: 'MODULE',
    title: 'Social cohesion',
    description: 'E-learning: how neighbourhoods change and how services can help people get along.',
    moduleSlug: 'social-cohesion',
    serves: ['m-pub-2', 'm-spe-3', 'm-lea-1'],
  },
  {
    key: 'course-safeguarding',
    kind: 'COURSE',
    title: 'Safeguarding adults: working together',
    description: 'A one-day multi-agency course run by the partnership several times a year.',
    url: '/courses',
    serves: ['p-spe-1', 'p-spe-2', 'p-int-1', 'p-int-2'],
  },
  {
    key: 'briefing-seven',
    kind: 'BRIEFING',
    title: 'Seven-minute briefing: noticing and telling',
    description:
      'A short briefing for team meetings on what to look out for and who to tell. Ask your manager for a copy.',
    serves: ['p-gen-1', 'p-gen-2', 'p-gen-3', 'p-pub-2'],
  },
  {
    key: 'reading-record',
    kind: 'READING',
    title: 'Writing it down: a one-page guide to recording a concern',
    description: 'What to write, what not to write, and why the person’s own words matter.',
    serves: ['p-gen-4'],
  },
  {
    key: 'podcast-welcome',
    kind: 'PODCAST',
    title: 'Podcast: a morning at the welcome centre',
    description: 'Volunteers and staff at a drop-in centre talk about the first questions newcomers ask.',
    serves: ['m-pub-1', 'm-pub-2', 'm-int-1'],
  },
  {
    key: 'shadow-duty',
    kind: 'SHADOWING',
    title: 'Shadow a duty social worker for half a day',
    description: 'See how referrals are taken and decided. Arrange it through your line manager and the duty team.',
    serves: ['p-spe-1', 'p-int-2'],
  },
  {
    key: 'shadow-advice',
    kind: 'SHADOWING',
    title: 'Spend a session with an employment adviser',
    description: 'Sit in on appointments about job searching, CVs and rights at work.',
    serves: ['m-spe-2', 'm-int-3'],
  },
  {
    key: 'link-report',
    kind: 'EXTERNAL_LINK',
    title: 'Report child abuse to a local council',
    description: 'GOV.UK: how to tell a council you are worried about a child.',
    url: 'https://www.gov.uk/report-child-abuse-to-local-council',
    serves: ['p-pub-1', 'p-pub-3'],
  },
  {
    key: 'briefing-domestic',
    kind: 'BRIEFING',
    title: 'Briefing: asking about domestic abuse',
    description: 'How to ask safely, what to say if someone tells you, and where to refer.',
    serves: ['p-spe-3'],
  },
];

/**
 * Ratings of the demo learner (general contact) and a colleague with the same manager, so a
 * plan is in progress and the manager's team view has something to show.
 */
export const DEMO_RATINGS: { email: string; ratings: [string, number][]; done: [string, string][] }[] = [
  {
    email: 'learner@fenmouth-council.example',
    ratings: [
      ['p-gen-1', 2],
      ['p-gen-2', 1],
      ['p-gen-3', 3],
      ['p-gen-4', 2],
      ['m-gen-2', 2],
      ['m-gen-3', 4],
    ],
    done: [
      [
        'briefing-seven',
        'We went through the briefing at our Monday team meeting. I now know the safeguarding lead’s direct number and have saved it on my phone.',
      ],
    ],
  },
  {
    email: 'kasia.nowak@fenmouth-council.example',
    ratings: [
      ['m-spe-1', 1],
      ['m-spe-2', 3],
      ['m-spe-3', 2],
      ['p-spe-3', 2],
    ],
    done: [],
  },
];
