/**
 * The demo partnership's course programme: nine original courses for the made-up Fenmouth
 * partnership, each with sessions a number of days after the demo is loaded. The last three
 * carry the booking life cycle's later states (see demo-booking-states.ts).
 */
export interface DemoSession {
  /** Days after loading (negative: already held); the session is on the first working day from then. */
  days: number;
  startHour: number;
  startMinute?: number;
  hours: number;
  venue: string;
  joiningInstructions: string;
  locality: string;
  capacity: number;
}

export interface DemoCourse {
  title: string;
  description: string;
  outcomes: string[];
  targetGroups: string[];
  trainer: string;
  /**
   * The demo framework competencies (their keys) the course's learning resource serves; the
   * framework's deliberate gaps (p-lea-1, m-lea-2) stay unmapped for the admins' gaps report.
   */
  competencies: string[];
  /** Applications wait for the line manager's approval before they count. */
  requiresManagerApproval?: boolean;
  sessions: DemoSession[];
}

const HUB = {
  venue: 'Fenmouth Partnership Hub, 12 Granary Walk, Fenmouth',
  joiningInstructions:
    'Go to the second floor and sign in at the desk. The nearest car park is on Mill Lane; the hub is a five-minute walk from Fenmouth station. Tea and coffee are provided; bring your own lunch.',
  locality: 'Fenmouth',
};
const SALTMARSH = {
  venue: 'Saltmarsh Community Centre, Quay Road, Saltmarsh',
  joiningInstructions:
    'Use the side entrance on Quay Road; the main hall is on the ground floor with step-free access. Free parking behind the centre.',
  locality: 'Saltmarsh',
};
const WESTFEN = {
  venue: 'Westfen Library, Meeting Room 2, Church Street, Westfen',
  joiningInstructions:
    'Ask at the library counter for Meeting Room 2 (first floor, lift available). On-street parking is limited; the 41 bus stops outside.',
  locality: 'Westfen',
};

/** Needs the line manager's approval: one application waits for it, one was approved after shortlisting. */
export const ROUTINE_ENQUIRY: DemoCourse = {
  title: 'Asking about domestic abuse: routine enquiry in practice',
  description:
    'A day on asking everyone you see alone, calmly and as a matter of routine, whether they feel safe at home, and on what to do in the first ten minutes when the answer is no.\n\nThe afternoon is spent practising with a professional actor. Because some people find that hard, the course asks your line manager to agree a supervision session with you in the week after.',
  outcomes: [
    'Ask about abuse in a way that makes an honest answer easier',
    'Respond to a disclosure without promising what you cannot keep',
    'Agree a safety plan and make a referral the same day, and record both',
  ],
  targetGroups: ['Staff who see people on their own: health, housing, advice and police', 'Their supervisors'],
  trainer: 'Siân Hollis',
  competencies: ['p-spe-3', 'p-gen-3', 'p-gen-4'],
  requiresManagerApproval: true,
  sessions: [{ days: 34, startHour: 9, startMinute: 30, hours: 6, ...HUB, capacity: 10 }],
};

/** A small, full session: a place was given up and is offered to the first on the waiting list. */
export const SELF_NEGLECT: DemoCourse = {
  title: 'Self-neglect and hoarding: a joined-up response',
  description:
    'A half day on what to do when someone is not looking after themselves or their home and does not want help: how to keep the conversation going, when the law allows more, and how the partnership’s self-neglect panel works.\n\nKept to a small group so that everyone can bring a case to talk through.',
  outcomes: [
    'Recognise self-neglect and hoarding, and the risks to the person and their neighbours',
    'Keep working with someone who turns help down',
    'Know when and how to bring a case to the self-neglect panel',
  ],
  targetGroups: ['Housing, health and police staff who visit people at home', 'Care and support workers'],
  trainer: 'Owen Marchetti',
  competencies: ['p-gen-1', 'p-spe-1', 'p-int-2'],
  sessions: [{ days: 20, startHour: 13, startMinute: 30, hours: 3, ...SALTMARSH, capacity: 6 }],
};

/** Inside its free cancellation deadline: one delegate passed their place to a colleague. */
export const MENTAL_CAPACITY: DemoCourse = {
  title: 'Mental capacity in everyday decisions',
  description:
    'How the Mental Capacity Act 2005 applies to the ordinary decisions staff help people with, from accepting a service to managing money, with time to practise a capacity conversation and write it up.',
  outcomes: [
    'Start from the presumption that a person can make their own decision',
    'Assess capacity for one decision at one time, and say why',
    'Record a best-interests decision that colleagues in other agencies can follow',
  ],
  targetGroups: ['Staff in health, adult care and housing', 'Police and advice staff who meet adults at risk'],
  trainer: 'Farah Siddiqui',
  competencies: ['p-spe-2', 'p-int-2', 'm-int-2'],
  sessions: [{ days: 8, startHour: 10, hours: 3, ...WESTFEN, capacity: 8 }],
};

export const DEMO_COURSES: DemoCourse[] = [
  {
    title: 'Working together to keep people safe',
    description:
      'A day with colleagues from across the partnership on how each agency sees a concern, who needs to know, and how to share information lawfully and quickly.\n\nBuilt around two made-up case studies from Fenmouth, told from the point of view of each service that met the family.',
    outcomes: [
      'Recognise when a worry about someone needs sharing with another agency',
      'Know the partnership’s routes for raising a concern, in and out of hours',
      'Explain what each agency can and cannot do once a concern is shared',
    ],
    targetGroups: ['Front-line staff in every organisation', 'Volunteers with regular contact with families'],
    trainer: 'Nadia Okafor',
    competencies: ['p-gen-2', 'p-spe-1', 'p-spe-2', 'p-int-1'],
    sessions: [
      { days: 30, startHour: 9, startMinute: 30, hours: 6, ...HUB, capacity: 12 },
      { days: 58, startHour: 9, startMinute: 30, hours: 6, ...SALTMARSH, capacity: 10 },
    ],
  },
  {
    title: 'Talking with people when you do not share a language',
    description:
      'A practical half day on booking and working with interpreters, using plain English, and knowing when a family member should not interpret.',
    outcomes: [
      'Book a professional interpreter through the partnership’s contract',
      'Run a three-way conversation so the person is heard',
      'Check understanding without relying on yes or no answers',
    ],
    targetGroups: ['Reception and front-desk staff', 'Housing and benefits advisers'],
    trainer: 'Tomasz Wiśniewski',
    competencies: ['m-pub-3', 'm-gen-2', 'm-gen-3', 'p-int-3'],
    sessions: [
      { days: 24, startHour: 13, hours: 3, ...WESTFEN, capacity: 2 },
      { days: 66, startHour: 9, startMinute: 30, hours: 3, ...HUB, capacity: 14 },
    ],
  },
  {
    title: 'Spotting and responding to labour exploitation',
    description:
      'How exploitation of workers shows itself at a front desk, on a home visit or in a clinic, and what to do next so that the person is safer, not at more risk.',
    outcomes: [
      'Name the common signs of labour exploitation and debt bondage',
      'Know which partner to contact and what they will need from you',
      'Record what you saw in a way that helps later action',
    ],
    targetGroups: ['Staff in housing, health, police and advice services'],
    trainer: 'Claire Achebe',
    competencies: ['m-spe-1', 'm-spe-3', 'p-spe-1'],
    sessions: [{ days: 45, startHour: 10, hours: 4, ...SALTMARSH, capacity: 10 }],
  },
  {
    title: 'Leading safer practice in your team',
    description:
      'For managers: how to make supervision, induction and team meetings places where staff raise worries early and learn from reviews.',
    outcomes: [
      'Use supervision to talk about risk and worry, not only workload',
      'Bring the learning from reviews into team practice',
    ],
    targetGroups: ['Team leaders and managers'],
    trainer: 'Nadia Okafor',
    competencies: ['p-lea-2', 'p-int-2'],
    sessions: [{ days: 80, startHour: 9, startMinute: 30, hours: 6, ...HUB, capacity: 16 }],
  },
  {
    title: 'Welcoming new communities: rights and entitlements',
    description:
      'An overview of the rights and entitlements newly arrived people have to housing, health care, schooling and work, with the questions staff are asked most often.',
    outcomes: [
      'Answer the most common questions about entitlement correctly',
      'Know where to signpost when a question needs specialist advice',
    ],
    targetGroups: ['Front-line staff', 'Volunteers in community groups'],
    trainer: 'Tomasz Wiśniewski',
    competencies: ['m-gen-1', 'm-pub-1', 'm-spe-2'],
    sessions: [
      { days: -14, startHour: 10, hours: 3, ...WESTFEN, capacity: 12 },
      { days: 52, startHour: 13, startMinute: 30, hours: 3, ...WESTFEN, capacity: 12 },
    ],
  },
  {
    title: 'Cultural awareness in everyday services',
    description:
      'A discussion-based session on how assumptions shape the service people receive, with short scenarios from housing, health and schools.',
    outcomes: [
      'Notice assumptions in your own practice',
      'Adapt how you offer a service without lowering its standard',
    ],
    targetGroups: ['Anyone who works with the public'],
    trainer: 'Claire Achebe',
    competencies: ['m-gen-4', 'm-int-1', 'm-int-2'],
    sessions: [{ days: 88, startHour: 9, startMinute: 30, hours: 3, ...SALTMARSH, capacity: 15 }],
  },
  ROUTINE_ENQUIRY,
  SELF_NEGLECT,
  MENTAL_CAPACITY,
];

/** Demo applications: who applied for which course's which session, from where. */
export const DEMO_APPLICATIONS: { email: string; course: number; session: number; locality: string }[] = [
  { email: 'learner@fenmouth-council.example', course: 0, session: 0, locality: 'Fenmouth' },
  { email: 'jo.whitlock@fenmouth-council.example', course: 0, session: 0, locality: 'Fenmouth' },
  { email: 'daniel.mensah@fenmouth-nhs.example', course: 0, session: 0, locality: 'Saltmarsh' },
  { email: 'gareth.pryce@westfen-police.example', course: 0, session: 0, locality: 'Westfen' },
  { email: 'andrei.popescu@harbourlights.example', course: 0, session: 0, locality: 'Fenmouth' },
  { email: 'marcus.bell@brightwater-care.example', course: 0, session: 0, locality: 'Fenmouth' },
  { email: 'kasia.nowak@fenmouth-council.example', course: 1, session: 0, locality: 'Westfen' },
  { email: 'lina.p@fenland-advice.example', course: 1, session: 0, locality: 'Westfen' },
  { email: 'ruth.ellingham@fenmouth-nhs.example', course: 1, session: 0, locality: 'Saltmarsh' },
  { email: 'helen.baptiste@saltings-academy.example', course: 2, session: 0, locality: 'Saltmarsh' },
  { email: 'andrei.popescu@harbourlights.example', course: 2, session: 0, locality: 'Saltmarsh' },
];
