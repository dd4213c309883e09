import type { KnowledgeCheckContent, ScenarioContent } from '@common-ground/shared';
import type { DemoModule } from './types';

const article = `
<h2>Why language matters</h2>
<p>Many people in Fenmouth speak English as a second language. Some speak it well. Others know only a few words. When someone cannot follow what you say, they may miss a deadline, agree to something they do not understand, or stop asking for help.</p>
<p>Everyone should be able to understand decisions about their home, health, money and children. Clear communication is part of doing the job well. It is not a favour.</p>
<h2>Find out which language someone speaks</h2>
<p>Do not guess from a name, an accent or a passport. Ask. If that is hard, show a language identification card and let the person point to their language. Some people speak more than one language and prefer one of them for important conversations. Record the language and whether they need an interpreter, so nobody has to ask again.</p>
<h2>Use a professional interpreter for anything important</h2>
<p>Use a professional interpreter when the conversation is about money, housing, health, safety, children or anything legal. Telephone interpreters are usually available within minutes. For long or sensitive meetings, book a face-to-face or video interpreter in advance.</p>
<p>Do not ask children to interpret. It puts them in an adult role. They may hear things they should not, and they may leave things out to protect their parent. Family members and friends are not a safe choice either. They may have their own views, and the person may not feel free to speak.</p>
<blockquote><p>If it matters enough to write down, it matters enough to use an interpreter.</p></blockquote>
<h2>Working well with an interpreter</h2>
<ul>
<li>Brief the interpreter first: who you are, what the conversation is about and how long it may take.</li>
<li>Speak to the person, not the interpreter. Say “you”, not “tell her”.</li>
<li>Use short sentences and pause often, so the interpreter can pass on everything.</li>
<li>Avoid jargon, abbreviations and sayings such as “in arrears” or “ballpark figure”.</li>
<li>Expect the interpreter to interpret everything that is said in the room, including what you say to a colleague.</li>
<li>Write the interpreter’s ID number in your notes.</li>
</ul>
<h2>Plain English helps everyone</h2>
<p>Even with an interpreter, plain English makes a conversation quicker and clearer. Put the most important thing first. Use everyday words: “pay” instead of “remit”, “letter” instead of “correspondence”. Give one instruction at a time, with a date.</p>
<h2>Check understanding</h2>
<p>A nod or a “yes” does not always mean someone has understood. People often nod to be polite, or because they feel embarrassed. Ask them to tell you, in their own words, what will happen next. This is called <strong>teach-back</strong>. If something is missing, explain it again in a different way. You are checking your explanation, not the person.</p>
<h2>Small words, big difference</h2>
<p>Learning a greeting such as <span lang="pl">Dzień dobry</span> (Polish for “good day”) or <span lang="ro">Bună ziua</span> (Romanian) shows respect. It does not replace an interpreter, but it can help someone feel welcome.</p>
<h2>Where to find help</h2>
<p>Ask your team leader how to book telephone and face-to-face interpreters in your organisation. Residents can get free, confidential advice, with interpreters, from Fenland Neighbourhood Advice and the Harbour Lights Welcome Centre. GOV.UK has <a href="https://www.gov.uk/guidance/content-design/writing-for-gov-uk">guidance on writing in plain English</a>.</p>
`.trim();

/** The same questions serve as the pre-test and the post-test, so learning can be measured. */
const check: KnowledgeCheckContent = {
  passMark: 70,
  questions: [
    {
      id: 'child-interpreter',
      prompt:
        "A resident's 12-year-old son offers to interpret a conversation about his mum's council tax debt. What should you do?",
      kind: 'SINGLE',
      options: [
        { id: 'accept', label: 'Accept. He knows his mum best and it saves time.', correct: false },
        {
          id: 'professional',
          label: 'Thank him, and use a professional interpreter instead.',
          correct: true,
        },
        { id: 'english', label: 'Ask him to wait outside and carry on in English.', correct: false },
        { id: 'queue', label: 'Ask someone in the queue who speaks the same language.', correct: false },
      ],
      explanation:
        'Children should not interpret important conversations. They may hear things that worry them, and they may leave things out to protect their parent. A telephone interpreter is usually available within minutes.',
    },
    {
      id: 'phone-interpreter',
      prompt: 'Which of these are good ways to work with a telephone interpreter? Choose all that apply.',
      kind: 'MULTIPLE',
      options: [
        { id: 'direct', label: 'Speak directly to the resident and say "you".', correct: true },
        { id: 'short', label: 'Use short sentences and pause often.', correct: true },
        { id: 'sum-up', label: 'Ask the interpreter to "just sum it up" to save time.', correct: false },
        {
          id: 'brief',
          label: 'Tell the interpreter at the start who you are and what the call is about.',
          correct: true,
        },
      ],
      explanation:
        'Speak to the resident, not about them. Short sentences help the interpreter pass on everything accurately, and a quick briefing helps them prepare. Interpreters should interpret everything, not summarise.',
    },
    {
      id: 'nodding',
      prompt: 'A resident nods and says "yes, yes" to everything you say. What does this tell you?',
      kind: 'SINGLE',
      options: [
        { id: 'understood', label: 'They have understood.', correct: false },
        {
          id: 'not-much',
          label: 'Not much. Nodding does not always mean understanding, so check in another way.',
          correct: true,
        },
        { id: 'hurry', label: 'They want you to hurry up.', correct: false },
      ],
      explanation:
        'People often nod to be polite or because they feel embarrassed. Ask them to tell you in their own words what happens next.',
    },
    {
      id: 'teach-back',
      prompt: 'What is the best way to check that someone has understood what happens next?',
      kind: 'SINGLE',
      options: [
        { id: 'ask-understand', label: 'Ask "Do you understand?"', correct: false },
        {
          id: 'own-words',
          label: 'Ask them to tell you, in their own words, what they will do and by when.',
          correct: true,
        },
        { id: 'louder', label: 'Repeat the same sentence more slowly and loudly.', correct: false },
        { id: 'leaflet', label: 'Give them a leaflet to read at home.', correct: false },
      ],
      explanation:
        'This is called teach-back. It checks your explanation, not the person. If something is missing, explain it again in a different way.',
    },
    {
      id: 'plain-english',
      prompt: 'Which of these make a letter or leaflet easier to understand? Choose all that apply.',
      kind: 'MULTIPLE',
      options: [
        { id: 'short-sentences', label: 'Short sentences', correct: true },
        { id: 'everyday', label: 'Everyday words instead of jargon', correct: true },
        { id: 'codes', label: 'Abbreviations and reference codes in the first line', correct: false },
        { id: 'next-steps', label: 'Clear next steps with dates', correct: true },
      ],
      explanation:
        'Plain English helps everyone, including people reading in a second language and people using translation apps. Put the most important thing first and avoid abbreviations.',
    },
    {
      id: 'which-language',
      prompt: 'How should you find out which language someone speaks?',
      kind: 'SINGLE',
      options: [
        { id: 'name', label: 'Guess from their name or accent.', correct: false },
        { id: 'nationality', label: 'Assume from their nationality.', correct: false },
        {
          id: 'ask-card',
          label: 'Ask them, or show a language identification card so they can point to it.',
          correct: true,
        },
      ],
      explanation:
        'Many countries have more than one language, and people may prefer one for important conversations. Ask, then record the answer so nobody has to ask again.',
    },
    {
      id: 'bilingual-colleague',
      prompt: 'A colleague speaks the same language as a resident. When is it reasonable to ask them to help?',
      kind: 'SINGLE',
      options: [
        { id: 'always', label: 'Always. It is quicker than booking an interpreter.', correct: false },
        {
          id: 'simple-only',
          label:
            'For simple things like directions, if they are willing. For important conversations, use a professional interpreter.',
          correct: true,
        },
        { id: 'never', label: 'Never. Staff must only ever speak English at work.', correct: false },
      ],
      explanation:
        "A bilingual colleague can help with simple, low-risk things. Professional interpreters are trained to interpret accurately and keep things confidential. Check your organisation's policy.",
    },
  ],
};

const scenario: ScenarioContent = {
  characters: [
    { id: 'sam', name: 'Sam Okafor', role: 'Customer services adviser, Fenmouth Borough Council' },
    { id: 'marta', name: 'Marta Nowak', role: 'Resident who speaks a little English' },
    { id: 'kuba', name: 'Kuba Nowak', role: "Marta's son, aged 12" },
    { id: 'ewa', name: 'Ewa', role: 'Polish telephone interpreter' },
    { id: 'priya', name: 'Priya Shah', role: 'Customer services team leader' },
  ],
  variables: [
    { name: 'usedInterpreter', kind: 'FLAG', initial: false, label: 'Used a professional interpreter' },
    { name: 'trust', kind: 'NUMBER', initial: 0, label: "Marta's trust in you" },
  ],
  startSceneId: 'arrival',
  scenes: [
    {
      id: 'arrival',
      title: 'A letter at the front desk',
      speakerId: 'marta',
      narrative: [
        '<p>It is a busy Monday morning at the Fenmouth Borough Council customer service centre. You are Sam, a customer services adviser.</p>',
        '<p>A woman comes to your desk with a boy of about twelve. She holds out a letter. It has the council logo at the top and the word <strong>REMINDER</strong> in bold.</p>',
        '<p>“Hello. Letter… problem,” she says slowly. “Sorry. My English is small.”</p>',
        '<p>The boy smiles. “I’m Kuba. This is my mum, Marta. I can translate. I do it for her all the time.”</p>',
      ].join(''),
      choices: [
        {
          id: 'show-card',
          label: 'Greet Marta, then show her the language identification card so she can point to her language',
          feedback:
            'A good start. You let Marta tell you her language instead of guessing, and you spoke to her, not only to her son.',
          score: 2,
          nextSceneId: 'language-card',
          effects: [{ variable: 'trust', op: 'ADD', value: 1 }],
        },
        {
          id: 'use-kuba',
          label: 'Thank Kuba and ask him to translate. He is here and his English is good',
          feedback:
            'It feels quick and kind, but Kuba is a child. This letter is about debt. He may hear things that worry him, or leave things out to protect his mum.',
          score: -1,
          nextSceneId: 'kuba-translates',
        },
        {
          id: 'gestures',
          label: 'Point at the letter and try to explain it with simple words and gestures',
          feedback:
            'Gestures can help with small things, like showing someone where to queue. A council tax letter is too important to explain by guesswork.',
          score: -1,
          nextSceneId: 'gestures',
          effects: [{ variable: 'trust', op: 'ADD', value: -1 }],
        },
      ],
    },
    {
      id: 'language-card',
      title: 'Finding the right language',
      speakerId: 'kuba',
      narrative: [
        '<p>Marta looks at the card and points straight away: <span lang="pl">Polski</span>. She looks relieved.</p>',
        '<p>You read the letter. It is a council tax reminder. Marta has missed two monthly payments. She must pay £214 within seven days, or she could lose the right to pay in instalments.</p>',
        '<p>Kuba tugs your sleeve. “Honestly, I can just do it. It’s quicker.”</p>',
      ].join(''),
      choices: [
        {
          id: 'call-now',
          label:
            "Thank Kuba, explain that you use a professional interpreter so he doesn't have to, and call the telephone interpreting service from a quiet room",
          feedback:
            'Telephone interpreters are usually available in minutes. Kuba is thanked, not told off, and Marta can now speak for herself.',
          score: 2,
          nextSceneId: 'interpreter-call',
          effects: [
            { variable: 'usedInterpreter', op: 'SET', value: true },
            { variable: 'trust', op: 'ADD', value: 1 },
          ],
        },
        {
          id: 'book-later',
          label: 'Book a face-to-face Polish interpreter for next week and ask Marta to come back then',
          feedback:
            "Face-to-face interpreters are right for some meetings. But this letter has a seven-day deadline, and a week's wait could cost Marta the right to pay in instalments.",
          score: 0,
          nextSceneId: 'come-back',
        },
      ],
    },
    {
      id: 'kuba-translates',
      title: 'Kuba translates',
      speakerId: 'kuba',
      narrative: [
        '<p>Kuba reads the letter aloud in Polish. He stumbles over some of the words. Then he stops.</p>',
        '<p>“It says Mum owes money. Two hundred… and something about court?” He looks up at you. “Are we in trouble?”</p>',
        '<p>Marta’s face falls. She puts a hand on Kuba’s shoulder and says something quietly to him in Polish. He shakes his head.</p>',
      ].join(''),
      choices: [
        {
          id: 'switch-from-kuba',
          label: 'Pause. Reassure Kuba, thank him, and call a telephone interpreter instead',
          feedback:
            'A good recovery. Changing course is always better than carrying on. Kuba has already heard something worrying, so a calm word to him matters too.',
          score: 1,
          nextSceneId: 'interpreter-call',
          effects: [{ variable: 'usedInterpreter', op: 'SET', value: true }],
        },
        {
          id: 'carry-on',
          label: 'Carry on with Kuba. You have nearly finished',
          feedback:
            "You are now asking a 12-year-old to explain his family's debts. Marta may hold back, and Kuba is carrying a worry that is not his.",
          score: -1,
          nextSceneId: 'kuba-details',
          effects: [{ variable: 'trust', op: 'ADD', value: -1 }],
        },
      ],
    },
    {
      id: 'gestures',
      title: 'Nodding along',
      speakerId: 'marta',
      narrative: [
        '<p>You point at the amount, then at the date. You mime paying at the counter. “Pay. Seven days. OK?”</p>',
        '<p>Marta nods. “Yes, yes. OK.” She nods at everything you say next.</p>',
        '<p>Kuba glances at the queue behind them. You are not sure what Marta has understood.</p>',
      ].join(''),
      choices: [
        {
          id: 'switch-from-gestures',
          label: 'Stop, and call a telephone interpreter',
          feedback:
            'Nodding is not the same as understanding. Many people nod to be polite. With an interpreter, Marta can ask her own questions.',
          score: 1,
          nextSceneId: 'interpreter-call',
          effects: [{ variable: 'usedInterpreter', op: 'SET', value: true }],
        },
        {
          id: 'sticky-note',
          label: "Write 'PAY £214 IN 7 DAYS' on a sticky note and hand it to her",
          feedback:
            "Marta leaves with a number but no explanation. She does not know why she owes it, what happens if she can't pay, or what help there is.",
          score: -1,
          nextSceneId: 'ending-poor',
        },
      ],
    },
    {
      id: 'kuba-details',
      title: 'Something is missing',
      speakerId: 'kuba',
      narrative: [
        '<p>You ask about Marta’s income. Kuba translates. Marta hesitates, then says something sharp to him in Polish.</p>',
        '<p>“She says it’s fine,” Kuba says. “She can pay.” He is looking at the floor.</p>',
        '<p>You have a feeling that Marta is not telling you everything, and that Kuba is not passing everything on.</p>',
      ].join(''),
      choices: [
        {
          id: 'late-switch',
          label: 'Stop, apologise, and call a telephone interpreter',
          feedback:
            'It is never too late to change course. With a professional interpreter, Marta can give the full picture in her own words.',
          score: 1,
          nextSceneId: 'interpreter-call',
          effects: [{ variable: 'usedInterpreter', op: 'SET', value: true }],
        },
        {
          id: 'set-plan',
          label: 'Set up a payment plan based on what Kuba has told you',
          feedback:
            "The plan is built on a child's summary of an adult's money worries. If it is wrong, Marta may fall further behind.",
          score: -1,
          nextSceneId: 'ending-poor',
        },
      ],
    },
    {
      id: 'come-back',
      title: 'A word from your team leader',
      speakerId: 'priya',
      narrative: [
        '<p>You start to book the interpreter. Priya, your team leader, reads the letter over your shoulder.</p>',
        '<p>“That reminder gives seven days,” she says. “If Marta comes back next week, she may already have lost her instalments. Can we deal with it today?”</p>',
      ].join(''),
      choices: [
        {
          id: 'call-now-instead',
          label: 'Agree, go back to Marta and call a telephone interpreter now',
          feedback: 'A good decision. Check any deadline before you decide how long something can wait.',
          score: 1,
          nextSceneId: 'interpreter-call',
          effects: [{ variable: 'usedInterpreter', op: 'SET', value: true }],
        },
        {
          id: 'keep-booking',
          label: "Keep next week's booking and ask the council tax team to note Marta's account",
          feedback:
            'A note on the account helps. But Marta goes home without understanding her letter, and worries for a week.',
          score: 0,
          nextSceneId: 'ending-delayed',
        },
      ],
    },
    {
      id: 'interpreter-call',
      title: 'The interpreter joins',
      speakerId: 'ewa',
      narrative: [
        '<p>You take Marta and Kuba to a quiet room and put the phone on speaker. “Hello, my name is Ewa, Polish interpreter, ID number 40721,” says a calm voice.</p>',
        '<p>You tell Ewa who you are and that the call is about a council tax reminder. Ewa greets Marta: <span lang="pl">Dzień dobry</span>. Marta smiles for the first time.</p>',
        '<p>Kuba takes a comic out of his bag. He does not need to do anything now.</p>',
      ].join(''),
      choices: [
        {
          id: 'speak-direct',
          label: 'Look at Marta and speak to her directly, in short sentences, pausing so Ewa can interpret',
          feedback:
            'This is how interpreting works best. Marta feels spoken to, not spoken about, and Ewa can pass on everything accurately.',
          score: 2,
          nextSceneId: 'letter-explained',
          effects: [{ variable: 'trust', op: 'ADD', value: 1 }],
        },
        {
          id: 'via-ewa',
          label: "Talk to Ewa: 'Can you tell her she's missed two payments?'",
          feedback:
            "It works, but talking about Marta makes her a bystander in her own conversation. Speak to her directly and say 'you'.",
          score: 0,
          nextSceneId: 'letter-explained',
        },
        {
          id: 'read-fast',
          label: "Read the whole letter out quickly so you don't keep the interpreter waiting",
          feedback:
            'Long, fast passages are hard to interpret accurately, and official wording rarely makes sense read aloud. Explain what it means, a little at a time.',
          score: -1,
          nextSceneId: 'letter-explained',
          effects: [{ variable: 'trust', op: 'ADD', value: -1 }],
        },
      ],
    },
    {
      id: 'letter-explained',
      title: 'What the letter means',
      speakerId: 'marta',
      narrative: [
        '<p>You explain that the letter is a reminder, not a court summons. If Marta pays the two missed payments, or agrees a plan, she can keep paying monthly.</p>',
        '<p>Through Ewa, Marta tells you more. Her hours at the packing plant were cut in the spring. She lives alone with Kuba. She did not know who to ask.</p>',
        '<p>You notice two things. People on a low income may get <strong>Council Tax Reduction</strong>. And an adult who lives only with children under 18 can usually get a <strong>25% single person discount</strong>.</p>',
      ].join(''),
      choices: [
        {
          id: 'teach-back',
          label: 'Explain the next steps, then ask Marta to tell you in her own words what she will do and by when',
          feedback:
            'Teach-back shows you what Marta has really understood. It checks your explanation, not her intelligence.',
          score: 2,
          nextSceneId: 'next-steps',
          effects: [{ variable: 'trust', op: 'ADD', value: 1 }],
        },
        {
          id: 'do-you-understand',
          label: "Explain the next steps, then ask 'Do you understand?'",
          feedback:
            'Most people say yes to this question, even when they are unsure. Asking them to explain it back is a better check.',
          score: 0,
          nextSceneId: 'next-steps',
        },
      ],
    },
    {
      id: 'next-steps',
      title: 'Before she goes',
      speakerId: 'marta',
      narrative: [
        '<p>Marta knows what happens next. She folds the letter carefully and puts it in her bag.</p>',
        '<p>She pauses, as if she might say something else, then looks at the clock.</p>',
      ].join(''),
      choices: [
        {
          id: 'anything-else',
          label:
            'Set up the plan and the discount, start a Council Tax Reduction claim with her, then ask whether anything else is worrying her',
          feedback:
            "Because Marta trusts you, she shows you a letter from Kuba's school that she could not read. You can point her to the right help before she leaves.",
          score: 2,
          nextSceneId: 'ending-good',
          condition: { all: [{ variable: 'trust', op: 'GTE', value: 3 }] },
        },
        {
          id: 'plan-only',
          label: 'Set up the plan and the discount, start a Council Tax Reduction claim with her, and end the call',
          feedback:
            'The council tax problem is dealt with properly. But Marta does not get the chance to mention anything else on her mind.',
          score: 1,
          nextSceneId: 'ending-partial',
        },
        {
          id: 'english-leaflet',
          label: 'Give Marta an English leaflet about Council Tax Reduction and end the call',
          feedback:
            'Marta cannot read the leaflet, so she is unlikely to claim. It is quicker to start the claim with her while the interpreter is still on the line.',
          score: -1,
          nextSceneId: 'ending-partial',
        },
      ],
    },
    {
      id: 'ending-good',
      title: 'Understood, and in control',
      speakerId: 'marta',
      narrative: [
        '<p>Marta leaves with a payment plan she can afford, a single person discount on her bill and a Council Tax Reduction claim under way.</p>',
        '<p>She also showed Ewa a letter from Kuba’s school about free school meals. You gave her the details of the Harbour Lights Welcome Centre, where a Polish-speaking volunteer can help her check whether Kuba qualifies.</p>',
        '<p>At the door she turns and says, “<span lang="pl">Dziękuję</span>. Thank you.” Kuba is still reading his comic.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'GOOD',
        summary:
          'You used a professional interpreter, spoke to Marta directly and checked her understanding. She trusted you enough to raise another worry. She left with real help, and Kuba was free to just be a child.',
      },
    },
    {
      id: 'ending-partial',
      title: 'Sorted, but not everything',
      speakerId: 'marta',
      narrative: [
        '<p>Marta’s missed payments are dealt with, and she leaves with the letter folded in her bag.</p>',
        '<p>A month later she is back at the desk. She has a different letter she could not read. It has been on her kitchen table for weeks.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'MIXED',
        summary:
          "The urgent problem was handled, but Marta did not get the help, the chance or the confidence to raise everything. Building trust, checking understanding and asking 'Is there anything else?' can prevent the next crisis.",
      },
    },
    {
      id: 'ending-delayed',
      title: 'A week of worry',
      speakerId: 'marta',
      narrative: [
        '<p>The council tax team puts a note on Marta’s account. She comes back the next week and meets a face-to-face interpreter. In the end, a plan is agreed.</p>',
        '<p>But Marta spent a week not knowing whether she was going to court. She tells the interpreter she has hardly slept.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'MIXED',
        summary:
          'Booking an interpreter was right, but the wait was not. When there is a deadline, use a telephone interpreter straight away, and book face-to-face help later if it is needed.',
      },
    },
    {
      id: 'ending-poor',
      title: 'A plan built on guesswork',
      speakerId: 'kuba',
      narrative: [
        '<p>Marta leaves the desk. She is not sure what she has agreed to.</p>',
        '<p>A few weeks later she is further behind, and the whole year’s bill is now due. Nobody found out that her hours had been cut. Kuba tells his teacher he is worried about money at home.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'POOR',
        summary:
          'Without a professional interpreter, nobody learned about Marta’s lower income, the discount or Council Tax Reduction. Important conversations need a professional interpreter, not guesswork or a child.',
      },
    },
  ],
};

const outcomes = {
  interpreters:
    'Explain why professional interpreters, not children or relatives, are used for important conversations',
  working: 'Work well with a telephone or face-to-face interpreter',
  plain: 'Use plain English and check understanding with teach-back',
  language: "Find out someone's preferred language without guessing",
};

export const languageBarriers: DemoModule = {
  slug: 'managing-language-barriers',
  title: 'Managing language barriers',
  summary:
    'How to make sure people who speak little English understand you, and you understand them: finding the right language, working with interpreters, plain English and checking understanding.',
  outcomes: [outcomes.language, outcomes.interpreters, outcomes.working, outcomes.plain],
  topic: 'Language and communication',
  cpdMinutes: 90,
  audience: 'PUBLIC',
  coverAlt:
    'A council adviser and a resident sit at a desk with a phone on speaker between them, while a boy reads a comic nearby.',
  lessons: [
    {
      kind: 'KNOWLEDGE_CHECK',
      title: 'Before you start: what do you know already?',
      outcomes: [outcomes.interpreters, outcomes.plain],
      testRole: 'PRE_TEST',
      content: check,
    },
    {
      kind: 'ARTICLE',
      title: 'Interpreters, plain English and checking understanding',
      outcomes: [outcomes.language, outcomes.interpreters, outcomes.working, outcomes.plain],
      content: { html: article },
    },
    {
      kind: 'SCENARIO',
      title: 'Marta and the council tax letter',
      outcomes: [outcomes.interpreters, outcomes.working, outcomes.plain],
      content: scenario,
    },
    {
      kind: 'KNOWLEDGE_CHECK',
      title: 'Check your learning',
      outcomes: [outcomes.interpreters, outcomes.working, outcomes.plain],
      testRole: 'POST_TEST',
      content: check,
    },
  ],
};
