/** One post of a demo thread: who wrote it (by email), what they wrote, how long ago. */
export interface DemoPost {
  by: string;
  hoursAgo: number;
  html: string;
  anonymous?: boolean;
}

export interface DemoThread {
  title: string;
  tags: string[];
  posts: DemoPost[];
}

export interface DemoCategory {
  title: string;
  description: string;
  allowsAnonymous: boolean;
  threads: DemoThread[];
}

const SAM = 'learner@fenmouth-council.example';
const KASIA = 'kasia.nowak@fenmouth-council.example';
const DANIEL = 'daniel.mensah@fenmouth-nhs.example';
const RUTH = 'ruth.ellingham@fenmouth-nhs.example';
const GARETH = 'gareth.pryce@westfen-police.example';
const HELEN = 'helen.baptiste@saltings-academy.example';
const ANDREI = 'andrei.popescu@harbourlights.example';
const LINA = 'lina.p@fenland-advice.example';
const MARCUS = 'marcus.bell@brightwater-care.example';
const PRIYA = 'lead@westfen-county.example';

/** Original demo conversations between staff of the fictional Fenmouth partnership. */
export const DEMO_DISCUSSION: DemoCategory[] = [
  {
    title: 'Interpreting and language support',
    description: 'Booking interpreters, translated letters, and getting the message across when time is short.',
    allowsAnonymous: false,
    threads: [
      {
        title: 'Telephone interpreter at the front desk: how quickly do you get one?',
        tags: ['interpreting', 'front desk'],
        posts: [
          {
            by: SAM,
            hoursAgo: 50,
            html: '<p>We had a resident at the desk this morning who speaks Tigrinya. The telephone line took twenty minutes to find someone. What do other teams do while they wait?</p>',
          },
          {
            by: RUTH,
            hoursAgo: 47,
            html: '<p>At the surgery we book a longer slot as soon as we know the language, and we ask the patient to wait somewhere quieter. We never ask a family member to step in, even when they offer.</p>',
          },
          {
            by: ANDREI,
            hoursAgo: 30,
            html: '<p>Our volunteers carry a card with the top ten languages in Fenmouth written in their own script, so people can point to theirs. It saves a few minutes at the start.</p>',
          },
        ],
      },
      {
        title: 'Translated appointment letters that people can actually read',
        tags: ['letters', 'plain language'],
        posts: [
          {
            by: DANIEL,
            hoursAgo: 120,
            html: '<p>We translated our antenatal letters into Polish and Romanian, but a few mums told us the wording was stiff and hard to follow. Has anyone tested letters with the people who receive them?</p>',
          },
          {
            by: KASIA,
            hoursAgo: 98,
            html: '<p>Happy to read the Polish version. Short sentences in English first make a better translation; we rewrote ours in plain English before sending them off.</p>',
          },
        ],
      },
    ],
  },
  {
    title: 'Housing, benefits and council tax questions',
    description: 'Where to send people, what they need to bring, and what changed this year.',
    allowsAnonymous: false,
    threads: [
      {
        title: 'New arrivals and council tax: who is liable in a shared house?',
        tags: ['council tax', 'housing'],
        posts: [
          {
            by: LINA,
            hoursAgo: 75,
            html: '<p>Three clients this month in the same house, all sent a bill each. My understanding is that in a house let by the room, the landlord may be the one liable. Can someone from the council confirm?</p>',
          },
          {
            by: KASIA,
            hoursAgo: 70,
            html: '<p>That is right in many cases: a house in multiple occupation is usually billed to the owner. Send them to the council tax team with their tenancy agreements and we will look at each one.</p>',
          },
          {
            by: LINA,
            hoursAgo: 68,
            html: '<p>Thank you, that helps. I will book them in together so they only make one trip.</p>',
          },
        ],
      },
      {
        title: 'Proof of address when someone has just moved',
        tags: ['documents'],
        posts: [
          {
            by: MARCUS,
            hoursAgo: 26,
            html: '<p>Two of our new care workers cannot open a bank account because they have no bill in their name yet. Which letters do other organisations accept?</p>',
          },
          {
            by: GARETH,
            hoursAgo: 20,
            html: '<p>Not my area, but the advice centre helped a family on my beat with a letter confirming where they live. Worth asking them.</p>',
          },
        ],
      },
    ],
  },
  {
    title: 'Difficult situations',
    description: 'Talk through something hard that happened at work. You may post without your name shown.',
    allowsAnonymous: true,
    threads: [
      {
        title: 'A resident was shouted at in the queue and I froze',
        tags: ['hate incident', 'support'],
        posts: [
          {
            by: SAM,
            hoursAgo: 12,
            anonymous: true,
            html: '<p>Someone in the queue told a family to go back where they came from. I did not know what to say and the moment passed. I keep thinking about it.</p>',
          },
          {
            by: HELEN,
            hoursAgo: 10,
            html: '<p>Freezing is a very normal reaction. What helped me was having one sentence ready, such as “We do not accept that here”, and then checking on the family afterwards.</p>',
          },
          {
            by: PRIYA,
            hoursAgo: 8,
            html: '<p>Thank you for posting this. It can still be reported as a hate incident now, and the family can be offered support. Your team leader can help you with the form.</p>',
          },
        ],
      },
    ],
  },
];
