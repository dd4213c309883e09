import type { PostReactionName } from '@common-ground/shared';

/**
 * One post of a demo thread: who wrote it (by email), what they wrote, how long ago. In
 * `html`, `{{@email}}` becomes a mention of that person. `quotes` is the place (seq) of an
 * earlier post of the same thread that this one quotes; `reactions` are readers' reactions.
 */
export interface DemoPost {
  by: string;
  hoursAgo: number;
  html: string;
  anonymous?: boolean;
  quotes?: number;
  reactions?: [by: string, reaction: PostReactionName][];
  /** In a scenario lesson's discussion: the scene the post is about. */
  sceneId?: string;
}

export interface DemoThread {
  title: string;
  tags: string[];
  posts: DemoPost[];
}

/** The discussion beside one demo lesson, found by its module's slug and its title. */
export interface DemoLessonThread {
  moduleSlug: string;
  lessonTitle: string;
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
const JO = 'jo.whitlock@fenmouth-council.example';

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
            reactions: [
              [SAM, 'HELPFUL'],
              [KASIA, 'AGREE'],
              [PRIYA, 'AGREE'],
            ],
          },
          {
            by: ANDREI,
            hoursAgo: 30,
            html: '<p>Our volunteers carry a card with the top ten languages in Fenmouth written in their own script, so people can point to theirs. It saves a few minutes at the start.</p>',
            reactions: [
              [SAM, 'THANKS'],
              [JO, 'INSIGHTFUL'],
            ],
          },
          {
            by: JO,
            hoursAgo: 26,
            quotes: 3,
            html: '<p>We would like to try these cards on our front desk. {{@andrei.popescu@harbourlights.example}}, could you share the file so we print the same version?</p>',
          },
          {
            by: ANDREI,
            hoursAgo: 22,
            html: '<p>Of course. I have sent it to your team inbox. Please check the Tigrinya and Kurdish Sorani lines with a speaker before printing; we had one word wrong in the first run.</p>',
            reactions: [[JO, 'THANKS']],
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
            reactions: [
              [DANIEL, 'THANKS'],
              [RUTH, 'HELPFUL'],
            ],
          },
        ],
      },
      {
        title: 'A BSL interpreter for parents’ evening',
        tags: ['bsl', 'schools'],
        posts: [
          {
            by: HELEN,
            hoursAgo: 60,
            html: '<p>One of our parents is Deaf and uses British Sign Language. Last term we only found out on the night, and the meeting went ahead with notes passed back and forth. How far ahead do others book a BSL interpreter?</p>',
          },
          {
            by: RUTH,
            hoursAgo: 55,
            html: '<p>We book at least two weeks ahead, and we keep a note on the record so nobody has to ask twice. For a long meeting there may need to be two interpreters taking turns.</p>',
            reactions: [[HELEN, 'HELPFUL']],
          },
          {
            by: HELEN,
            hoursAgo: 40,
            quotes: 2,
            html: '<p>A note on the record is a good idea. We have added a question about communication needs to our admissions form, so we know before the first meeting.</p>',
            reactions: [
              [RUTH, 'AGREE'],
              [PRIYA, 'INSIGHTFUL'],
            ],
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
            reactions: [
              [LINA, 'HELPFUL'],
              [SAM, 'HELPFUL'],
            ],
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
      {
        title: 'Council tax reduction while a Universal Credit claim is being assessed',
        tags: ['council tax', 'benefits'],
        posts: [
          {
            by: SAM,
            hoursAgo: 36,
            html: '<p>A resident has applied for Universal Credit and is waiting for the first payment. Can they apply for council tax reduction now, or do they have to wait for the award letter?</p>',
          },
          {
            by: LINA,
            hoursAgo: 33,
            html: '<p>Apply now. The reduction can usually be backdated to the date of the claim if the form goes in promptly. We help people fill it in on Tuesday mornings.</p>',
            reactions: [
              [SAM, 'THANKS'],
              [KASIA, 'AGREE'],
            ],
          },
          {
            by: KASIA,
            hoursAgo: 31,
            html: '<p>Agreed. If they cannot pay this month’s instalment, ask them to ring us before the reminder goes out: we can hold recovery while the claim is assessed. {{@learner@fenmouth-council.example}}, the form is on the staff intranet under “Council tax help”.</p>',
            reactions: [[SAM, 'HELPFUL']],
          },
        ],
      },
    ],
  },
  {
    title: 'Share your practice',
    description: 'Something that works in your team and could work in others: a form, a habit, a partnership.',
    allowsAnonymous: false,
    threads: [
      {
        title: 'A one-page welcome sheet in six languages',
        tags: ['welcome', 'translation'],
        posts: [
          {
            by: ANDREI,
            hoursAgo: 140,
            html: '<p>We hand every new arrival one page: where the GP surgery is, how to register with a school, what to do in an emergency and where our drop-in is. Each language version was checked by someone who speaks it, not only by a translation service.</p>',
            reactions: [
              [DANIEL, 'INSIGHTFUL'],
              [HELEN, 'THANKS'],
              [PRIYA, 'HELPFUL'],
            ],
          },
          {
            by: DANIEL,
            hoursAgo: 130,
            html: '<p>Could we add the maternity booking line? Women often do not know they can self-refer to the midwives.</p>',
          },
          {
            by: ANDREI,
            hoursAgo: 125,
            quotes: 2,
            html: '<p>Yes, good idea. It will be in the next print run.</p>',
            reactions: [[DANIEL, 'THANKS']],
          },
        ],
      },
      {
        title: 'Teach-back at the end of every appointment',
        tags: ['plain language', 'checking understanding'],
        posts: [
          {
            by: RUTH,
            hoursAgo: 90,
            html: '<p>We have started ending each appointment with “Just so I know I explained it well, can you tell me what you will do next?” It takes a minute, and it catches misunderstandings before they become missed appointments.</p>',
            reactions: [
              [SAM, 'INSIGHTFUL'],
              [MARCUS, 'HELPFUL'],
              [LINA, 'AGREE'],
            ],
          },
          {
            by: MARCUS,
            hoursAgo: 80,
            html: '<p>We do the same with new care workers on their first shift. Putting the question as a check of our explaining, not their understanding, makes all the difference.</p>',
            reactions: [[RUTH, 'AGREE']],
          },
        ],
      },
      {
        title: 'A joint drop-in with the police and the advice centre',
        tags: ['partnership', 'drop-in'],
        posts: [
          {
            by: GARETH,
            hoursAgo: 200,
            html: '<p>Once a month we share a room at the library with the advice centre. People come with a debt question and leave knowing how to report a crime too. Numbers have doubled since we stopped wearing hats at the table.</p>',
            reactions: [
              [LINA, 'THANKS'],
              [PRIYA, 'INSIGHTFUL'],
            ],
          },
          {
            by: LINA,
            hoursAgo: 190,
            html: '<p>It works for us because people do not have to say why they came. {{@lead@westfen-county.example}}, could the partnership fund an interpreter for the next session?</p>',
          },
          {
            by: PRIYA,
            hoursAgo: 180,
            html: '<p>Yes. Send me the date and the languages you expect, and I will book it from the partnership budget.</p>',
            reactions: [
              [LINA, 'THANKS'],
              [GARETH, 'THANKS'],
            ],
          },
        ],
      },
    ],
  },
  {
    title: 'Safeguarding questions',
    description: 'Not sure whether something is a concern, or who to tell? Ask here. Never include names or addresses.',
    allowsAnonymous: false,
    threads: [
      {
        title: 'A worker says her employer keeps her passport',
        tags: ['exploitation', 'modern slavery'],
        posts: [
          {
            by: MARCUS,
            hoursAgo: 45,
            html: '<p>An agency worker mentioned that her employer at another job is “looking after” her passport and takes her wages for rent. She did not want to say more. What should I do next?</p>',
          },
          {
            by: GARETH,
            hoursAgo: 42,
            html: '<p>Keeping someone’s identity documents is a recognised sign of exploitation. If she is in danger now, call 999. Otherwise you can ring the Modern Slavery and Exploitation Helpline for advice, and tell your safeguarding lead today.</p>',
            reactions: [
              [MARCUS, 'THANKS'],
              [HELEN, 'AGREE'],
              [PRIYA, 'HELPFUL'],
            ],
          },
          {
            by: HELEN,
            hoursAgo: 40,
            html: '<p>Write down what she said, in her words, with the date. Do not push for more detail: let her know she can come back to you and that help does not depend on her immigration status.</p>',
            reactions: [[MARCUS, 'HELPFUL']],
          },
        ],
      },
      {
        title: 'When a child keeps interpreting for a parent',
        tags: ['children', 'interpreting'],
        posts: [
          {
            by: HELEN,
            hoursAgo: 70,
            html: '<p>A Year 7 pupil is missing mornings because he goes with his mother to appointments to interpret. Is this something to raise as a concern, or only with the services involved?</p>',
          },
          {
            by: DANIEL,
            hoursAgo: 66,
            html: '<p>Both, I think. Services should be booking interpreters, and we would want to know if it is happening at ours. It can also be a sign the family needs more support, so it is worth a conversation with the family first.</p>',
            reactions: [
              [HELEN, 'HELPFUL'],
              [RUTH, 'AGREE'],
            ],
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
            reactions: [[SAM, 'THANKS']],
          },
        ],
      },
      {
        title: 'A resident said I was being racist for asking which language he speaks',
        tags: ['support', 'language'],
        posts: [
          {
            by: KASIA,
            hoursAgo: 16,
            anonymous: true,
            html: '<p>I asked, as we are told to, which language he would like an interpreter in. He was offended and said I assumed he could not speak English because of how he looks. I apologised, but I am not sure what I should have said.</p>',
          },
          {
            by: JO,
            hoursAgo: 14,
            html: '<p>That sounds hard, and it is good you are thinking it through. Some teams now ask everyone the same question, in the same words, such as “Would it help to have an interpreter, in any language?” Then nobody is singled out.</p>',
            reactions: [
              [HELEN, 'INSIGHTFUL'],
              [SAM, 'HELPFUL'],
            ],
          },
        ],
      },
    ],
  },
];

/**
 * Original posts beside the demo lessons: on the scenario lessons, some point at the scene
 * they are about (folded for readers who have not reached it yet).
 */
export const DEMO_LESSON_DISCUSSION: DemoLessonThread[] = [
  {
    moduleSlug: 'managing-language-barriers',
    lessonTitle: 'Marta and the council tax letter',
    posts: [
      {
        by: SAM,
        hoursAgo: 100,
        sceneId: 'kuba-translates',
        html: '<p>This one felt very real. Letting the son translate seems quicker at the desk, but the scenario shows what he leaves out to protect his mum.</p>',
        reactions: [
          [KASIA, 'AGREE'],
          [RUTH, 'AGREE'],
        ],
      },
      {
        by: KASIA,
        hoursAgo: 95,
        sceneId: 'interpreter-call',
        html: '<p>Speaking to Marta, not to the interpreter, is the habit that took me longest to learn. It changes how the whole call feels.</p>',
        reactions: [[SAM, 'INSIGHTFUL']],
      },
      {
        by: LINA,
        hoursAgo: 60,
        html: '<p>We see a lot of people like Marta after the reminder stage. Anything that gets them help before then saves them the court costs.</p>',
      },
    ],
  },
  {
    moduleSlug: 'cultural-awareness',
    lessonTitle: 'A first home visit to the Popescu family',
    posts: [
      {
        by: DANIEL,
        hoursAgo: 48,
        html: '<p>Good to see a visit where the worker is curious rather than following a checklist about “Romanian culture”. That is how we try to work.</p>',
        reactions: [[ANDREI, 'THANKS']],
      },
      {
        by: ANDREI,
        hoursAgo: 44,
        sceneId: 'sleep-talk',
        html: '<p>The safe sleep conversation is handled well here: asking why first, then agreeing a plan together. It is the part families tell us they remember.</p>',
        reactions: [[DANIEL, 'AGREE']],
      },
    ],
  },
  {
    moduleSlug: 'social-cohesion',
    lessonTitle: 'Rumours, myths and keeping communities together',
    posts: [
      {
        by: GARETH,
        hoursAgo: 30,
        html: '<p>The rumour about new arrivals “getting houses first” comes up on my beat every week. The facts in this lesson are the ones I now use, with the council’s own figures.</p>',
        reactions: [
          [KASIA, 'HELPFUL'],
          [JO, 'THANKS'],
        ],
      },
    ],
  },
];
