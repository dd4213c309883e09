import type { KnowledgeCheckContent, ScenarioContent } from '@common-ground/shared';
import type { DemoModule } from './types';

const article = `
<h2>Rights and responsibilities go together</h2>
<p>Everyone who lives and works in Fenmouth has rights and responsibilities. Migrant workers pay tax, rent and council tax, and follow the same laws as everyone else. They also have the same basic protections at work and at home.</p>
<p>You are not expected to be a lawyer. You are expected to know the basics, notice when something may be wrong and help people reach the right advice.</p>
<h2>Some rights at work</h2>
<p>Almost all workers, including agency workers, have the right to:</p>
<ul>
<li>at least the minimum wage for their age;</li>
<li>a payslip showing their pay and any deductions;</li>
<li>paid holiday and rest breaks.</li>
</ul>
<p>Deductions that take someone’s pay below the minimum wage are generally not allowed. The main exception is a small, capped amount for housing the employer provides. Large charges for transport, equipment or “admin” are a warning sign.</p>
<h2>Some rights at home</h2>
<p>Private tenants have the right to a safe home in reasonable repair, and to have their deposit protected. A landlord cannot evict someone without following the legal process. Changing the locks is not allowed.</p>
<h2>Checks you may hear about</h2>
<p>Employers must check that people have the right to work in the UK. Landlords in England must check that tenants have the right to rent. These are the employer’s or landlord’s job, not yours, unless it is part of your role. The checks must be the same for everyone, not based on someone’s accent, name or nationality.</p>
<p>Immigration status can affect access to some benefits and services. The rules are complex and change often, so never guess. Only regulated advisers can give immigration advice. Refer people to specialist help.</p>
<h2>Spotting exploitation</h2>
<p>Some workers are exploited. In the worst cases this is modern slavery: people are controlled through debt, threats or fear, and are not free to leave. Warning signs include:</p>
<ul>
<li>someone else keeps their passport or ID card;</li>
<li>they owe a large “debt” for travel, housing or finding work;</li>
<li>their housing is tied to the job, and is crowded or poor;</li>
<li>large or unexplained deductions from their pay;</li>
<li>someone else drives them everywhere, speaks for them or controls their phone or bank card;</li>
<li>they seem fearful, or they or their family have been threatened.</li>
</ul>
<p>One sign alone does not prove exploitation. Several together mean you should act.</p>
<h2>What to do</h2>
<ol>
<li><strong>Listen</strong> in a private space, with a professional interpreter if needed.</li>
<li><strong>Check safety.</strong> If anyone is in immediate danger, call 999.</li>
<li><strong>Record</strong> what you saw and heard, in the person’s own words, with dates.</li>
<li><strong>Refer</strong> to your safeguarding or modern slavery lead the same day. With an adult’s consent, some organisations can refer them for specialist support.</li>
<li><strong>Be honest.</strong> Do not promise what you cannot deliver, such as a home or a job.</li>
</ol>
<blockquote><p>You do not have to be certain. You do have to pass it on.</p></blockquote>
<p>Workers can get free, confidential advice about pay and housing from Fenland Neighbourhood Advice. The Modern Slavery and Exploitation Helpline is open 24 hours a day. GOV.UK lists the <a href="https://www.gov.uk/national-minimum-wage-rates">current minimum wage rates</a>.</p>
`.trim();

const check: KnowledgeCheckContent = {
  passMark: 80,
  questions: [
    {
      id: 'exploitation-signs',
      prompt: 'Which of these may be signs that a worker is being exploited? Choose all that apply.',
      kind: 'MULTIPLE',
      options: [
        { id: 'id-held', label: 'Someone else keeps their passport or ID card', correct: true },
        { id: 'deductions', label: 'Large, unexplained deductions from their pay', correct: true },
        {
          id: 'tied-housing',
          label: 'Housing tied to the job, with a debt owed to the people who arranged it',
          correct: true,
        },
        { id: 'agency', label: 'They work through an employment agency', correct: false },
      ],
      explanation:
        'Agency work is legal and common. Control of documents, debt, unfair deductions and housing tied to the job are warning signs, especially when several appear together.',
    },
    {
      id: 'not-immediate',
      prompt:
        'An adult tells you things that suggest modern slavery, but says he is not in immediate danger. What should you do?',
      kind: 'SINGLE',
      options: [
        {
          id: 'listen-record-refer',
          label:
            'Listen, record what he says in his own words and involve your safeguarding lead, with his agreement where possible.',
          correct: true,
        },
        { id: 'promise', label: 'Promise him a council home so he can leave straight away.', correct: false },
        { id: 'confront', label: 'Phone the agency to tell them what he has said.', correct: false },
        { id: 'nothing', label: 'Do nothing unless he asks you to.', correct: false },
      ],
      explanation:
        'Spot, record, refer. Do not promise what you cannot deliver, and never contact a possible exploiter. Tell your safeguarding lead even if he is not ready for a referral.',
    },
    {
      id: 'danger',
      prompt: 'What should you do if you think someone is in immediate danger?',
      kind: 'SINGLE',
      options: [
        { id: '999', label: 'Call 999.', correct: true },
        { id: 'email', label: 'Email your manager and wait for a reply.', correct: false },
        { id: 'next-visit', label: 'Make a note to ask about it next time.', correct: false },
      ],
      explanation: 'Immediate danger always means calling 999. Tell your manager or safeguarding lead afterwards.',
    },
    {
      id: 'deductions-rule',
      prompt: "Which statement about deductions from a worker's pay is true?",
      kind: 'SINGLE',
      options: [
        { id: 'any', label: 'Employers can deduct anything, as long as it is on the payslip.', correct: false },
        {
          id: 'below-minimum',
          label:
            'Deductions that take pay below the minimum wage are generally not allowed, apart from a small, capped amount for housing the employer provides.',
          correct: true,
        },
        { id: 'agency-exempt', label: 'Agency workers are not covered by the minimum wage.', correct: false },
      ],
      explanation:
        'Agency workers are covered by the minimum wage. You do not need to work out whether a deduction is lawful: spot the warning sign and refer the person to advice.',
    },
    {
      id: 'staff-duties',
      prompt: 'Which of these are part of your role as front-line staff? Choose all that apply.',
      kind: 'MULTIPLE',
      options: [
        { id: 'record', label: "Recording what you saw and heard, in the person's own words", correct: true },
        { id: 'data', label: 'Sharing information only with people who need to know', correct: true },
        { id: 'immigration-advice', label: 'Giving advice on immigration status', correct: false },
        { id: 'signpost', label: 'Signposting people to specialist advice', correct: true },
      ],
      explanation:
        "Only regulated advisers can give immigration advice. Your role is to notice, record carefully, protect people's information and connect them with the right help.",
    },
    {
      id: 'right-checks',
      prompt: 'Which statement about right to work and right to rent checks is true?',
      kind: 'SINGLE',
      options: [
        {
          id: 'staff-check',
          label: "All front-line staff should check everyone's immigration status.",
          correct: false,
        },
        {
          id: 'same-for-all',
          label:
            'Employers and landlords do them, and must check everyone the same way, whatever their accent or nationality.',
          correct: true,
        },
        { id: 'only-foreign', label: 'Only people who sound foreign need to be checked.', correct: false },
      ],
      explanation:
        'These checks are for employers and landlords (and for you only if it is part of your job). Checking only some people because of how they sound is discrimination.',
    },
  ],
};

const scenario: ScenarioContent = {
  characters: [
    { id: 'jas', name: 'Jas Kaur', role: 'Housing options officer, Fenmouth Borough Council' },
    { id: 'nikolai', name: 'Nikolai Petrov', role: 'Agency worker at a food factory, from Bulgaria' },
    { id: 'helen', name: 'Helen Ward', role: 'Safeguarding lead, Fenmouth Borough Council' },
    { id: 'driver', name: 'The driver', role: 'Man who brought Nikolai to the council offices' },
  ],
  variables: [
    { name: 'trust', kind: 'NUMBER', initial: 0, label: "Nikolai's trust in you" },
    { name: 'recorded', kind: 'FLAG', initial: false, label: 'Made a clear record in his own words' },
  ],
  startSceneId: 'reception',
  scenes: [
    {
      id: 'reception',
      title: 'A question about a room',
      speakerId: 'nikolai',
      narrative: [
        '<p>You are Jas, a housing options officer at Fenmouth Borough Council. It is late afternoon.</p>',
        '<p>A young man comes to the desk. He is still wearing a hairnet and work boots. “Hello. I am Nikolai. I need a room. Cheaper. Maybe a council house?”</p>',
        '<p>His English is slow but clear. He looks exhausted. Through the window you see a white van parked outside with its engine running. Nikolai keeps checking his phone.</p>',
      ].join(''),
      choices: [
        {
          id: 'private-room',
          label: 'Invite him into a private interview room, and offer a Bulgarian interpreter',
          feedback:
            'A private room lets Nikolai talk without being overheard. Offering an interpreter shows you want to understand him properly.',
          score: 2,
          nextSceneId: 'interview',
          effects: [{ variable: 'trust', op: 'ADD', value: 1 }],
        },
        {
          id: 'desk-quick',
          label:
            'Explain at the desk that single people rarely get council housing, and give him a list of local letting agents',
          feedback:
            'Probably accurate, but you answered the question he asked, not the one that matters. You still do not know why he is so tired, or who is waiting outside.',
          score: -1,
          nextSceneId: 'desk-brush',
        },
        {
          id: 'check-van',
          label: "Go outside and ask the van driver what's going on",
          feedback:
            'Approaching someone who may be controlling Nikolai could put him at risk. Never confront a possible exploiter yourself.',
          score: -1,
          nextSceneId: 'ending-driven-away',
        },
      ],
    },
    {
      id: 'desk-brush',
      title: 'At the desk',
      speakerId: 'nikolai',
      narrative: [
        '<p>Nikolai looks at the list. “These are expensive,” he says quietly. He turns to go, then stops.</p>',
        '<p>“I cannot leave the house anyway. They say I owe them money.”</p>',
      ].join(''),
      choices: [
        {
          id: 'call-back',
          label: 'Ask him kindly to come into a private room so you can talk properly',
          feedback:
            "Good. What he just said is a warning sign, and it's worth stopping for. A private room gives him the chance to say more.",
          score: 1,
          nextSceneId: 'interview',
        },
        {
          id: 'let-go',
          label: 'Suggest he gets debt advice from Fenland Neighbourhood Advice, and say goodbye',
          feedback:
            'Signposting is useful, but a debt to the people who house you can be a sign of debt bondage, a form of modern slavery. It needed you to stop and ask.',
          score: -1,
          nextSceneId: 'ending-alone',
        },
      ],
    },
    {
      id: 'interview',
      title: 'In the interview room',
      speakerId: 'nikolai',
      narrative: [
        '<p>In the interview room, you offer a Bulgarian interpreter on the phone. Nikolai says he would like to try in English first. You agree to call one if either of you gets stuck.</p>',
        '<p>He came to the UK from Bulgaria some years ago. Eight months ago, after losing a job in another town, he answered an advert: work at Marsh Lane Foods, packing vegetables, with a room included. He works six days a week, often twelve hours a day.</p>',
      ].join(''),
      choices: [
        {
          id: 'open-questions',
          label:
            'Ask open questions about his work, his home and his pay, and explain what you will do with what he tells you',
          feedback:
            'Open questions let Nikolai tell his story his way. Being clear about what happens to the information helps him decide what to share.',
          score: 2,
          nextSceneId: 'payslip',
          effects: [{ variable: 'trust', op: 'ADD', value: 1 }],
        },
        {
          id: 'form-first',
          label: 'Go straight through the housing application form',
          feedback:
            'The form matters, but questions about his work and home will tell you far more about what he needs.',
          score: 0,
          nextSceneId: 'payslip',
        },
        {
          id: 'promise-help',
          label: "Tell him not to worry: you'll get him a council flat and sort the agency out",
          feedback:
            "It feels kind, and he relaxes. But you can't promise either. When promises are broken, people often stop trusting services altogether.",
          score: -1,
          nextSceneId: 'payslip',
          effects: [{ variable: 'trust', op: 'ADD', value: 1 }],
        },
      ],
    },
    {
      id: 'payslip',
      title: 'The payslip',
      speakerId: 'nikolai',
      narrative: [
        '<p>Nikolai shows you a payslip on his phone. It shows 58 hours in one week. After tax, there are deductions for “accommodation”, “transport”, “PPE and admin” and “loan repayment”.</p>',
        '<p>He was paid £236 for the week. “Every week it is like this,” he says. “The loan never gets smaller.”</p>',
      ].join(''),
      choices: [
        {
          id: 'note-explain',
          label:
            'Write down what he tells you, in his own words, and explain simply that some deductions may not be allowed and there are people who can check',
          feedback:
            'A clear, factual record will matter later. You have been honest without giving legal advice: you do not know for sure what is lawful, but you know who can find out.',
          score: 2,
          nextSceneId: 'the-house',
          effects: [
            { variable: 'recorded', op: 'SET', value: true },
            { variable: 'trust', op: 'ADD', value: 1 },
          ],
        },
        {
          id: 'confront-agency',
          label: 'Tell him the agency is breaking the law and he should go and demand his money back',
          feedback:
            'You cannot be sure what is lawful, and confronting the agency could cost Nikolai his job and his room on the same day.',
          score: -1,
          nextSceneId: 'the-house',
        },
      ],
    },
    {
      id: 'the-house',
      title: 'The house',
      speakerId: 'nikolai',
      narrative: [
        '<p>You ask about the house. Nikolai shares it with nine other men from the factory. The rent comes straight out of his pay. A man from the agency, who he calls “the boss”, drives them to work in the van every morning.</p>',
        '<p>He goes quiet, and looks at the door.</p>',
      ].join(''),
      choices: [
        {
          id: 'ask-free',
          label:
            'Gently ask who keeps his passport or ID card, and whether he feels free to leave the job or the house',
          feedback:
            'Because Nikolai trusts you, he can answer honestly. These questions check for key signs of modern slavery: control of documents, debt and freedom to leave.',
          score: 2,
          nextSceneId: 'disclosure',
          condition: { all: [{ variable: 'trust', op: 'GTE', value: 2 }] },
        },
        {
          id: 'move-on',
          label: 'Move on to his housing application',
          feedback: 'You may have missed the moment. He was close to telling you something.',
          score: 0,
          nextSceneId: 'limited',
        },
      ],
    },
    {
      id: 'limited',
      title: 'Nearly done',
      speakerId: 'nikolai',
      narrative: [
        '<p>You finish the housing application and explain his options honestly. It is unlikely he will get a council home soon.</p>',
        '<p>Nikolai thanks you and stands up. He looks out of the window at the van.</p>',
      ].join(''),
      choices: [
        {
          id: 'one-more',
          label: 'Before he goes, ask one more open question: is anything about his work or the house worrying him?',
          feedback:
            'A last open question gives people another chance to speak. It is always worth asking, even at the end.',
          score: 1,
          nextSceneId: 'disclosure',
          effects: [{ variable: 'trust', op: 'ADD', value: 1 }],
        },
        {
          id: 'leaflet-go',
          label: 'Give him a leaflet for Fenland Neighbourhood Advice and say goodbye',
          feedback:
            'The advice centre can help with pay, but the bigger worries stay hidden, and nobody with safeguarding responsibility knows about him.',
          score: 0,
          nextSceneId: 'ending-alone',
        },
      ],
    },
    {
      id: 'disclosure',
      title: '"For safety, he says"',
      speakerId: 'nikolai',
      narrative: [
        '<p>Nikolai speaks quietly. “The boss keeps my ID card. For safety, he says. I owe him £900 for the deposit and the first weeks. If I leave, he says he will tell my family in Bulgaria that I am a thief.”</p>',
        '<p>His hands are shaking. “Please. I don’t want trouble. I just want to work.”</p>',
      ].join(''),
      choices: [
        {
          id: 'check-safety',
          label:
            'Thank him for telling you. Ask whether he is safe to go back tonight, and whether anyone has hurt or threatened him or the other men',
          feedback:
            'Safety first. If he were in immediate danger, you would call 999. Because he is not, you can take a little time to plan with him.',
          score: 2,
          nextSceneId: 'options',
          effects: [{ variable: 'trust', op: 'ADD', value: 1 }],
        },
        {
          id: 'police-only',
          label: 'Tell him this is a police matter, give him the 101 number and end the meeting',
          feedback:
            'The police may well need to know, but Nikolai is frightened and unlikely to call alone. Your safeguarding lead can help him, and can involve the police safely.',
          score: -1,
          nextSceneId: 'ending-alone',
        },
      ],
    },
    {
      id: 'options',
      title: 'What happens next',
      speakerId: 'jas',
      narrative: [
        '<p>Nikolai says nobody has hit him, and he can stay in the house tonight. But he is scared of what will happen if the boss finds out he came here.</p>',
        '<p>You can see several signs of modern slavery. Nikolai is an adult, so a referral for specialist support needs his agreement. Your safeguarding lead, Helen, is in the building today.</p>',
      ].join(''),
      choices: [
        {
          id: 'refer-with-notes',
          label:
            "Explain honestly what could happen next and what you can't promise. With his agreement, ask Helen to join you now, and share your notes",
          feedback:
            'Honest, calm and well recorded. Helen can start from facts, not guesses, and Nikolai does not have to tell his whole story again.',
          score: 2,
          nextSceneId: 'ending-good',
          condition: { all: [{ variable: 'recorded', op: 'EQ', value: true }] },
        },
        {
          id: 'refer-from-memory',
          label: 'With his agreement, ask Helen to join you, and try to remember the details he gave you',
          feedback:
            'Helen can help, but without notes the amounts, dates and names are vague, and Nikolai has to tell his story again.',
          score: 1,
          nextSceneId: 'ending-partial',
          condition: { all: [{ variable: 'recorded', op: 'EQ', value: false }] },
        },
        {
          id: 'promise-flat',
          label: 'Promise that the council will find him a flat this week, so he can leave',
          feedback: "You can't guarantee that. If the promise is broken, Nikolai may decide that nobody can help him.",
          score: -1,
          nextSceneId: 'ending-promise',
        },
        {
          id: 'helpline-only',
          label: 'Give him the Modern Slavery and Exploitation Helpline number so he can decide in his own time',
          feedback:
            "Respecting his choice matters, but he may never make that call alone. Even when someone isn't ready for a referral, tell your safeguarding lead.",
          score: 0,
          nextSceneId: 'ending-partial',
        },
      ],
    },
    {
      id: 'ending-good',
      title: 'Spot, record, refer',
      speakerId: 'helen',
      narrative: [
        '<p>Helen joins you, with a Bulgarian interpreter on the phone. She explains what support could look like: a referral for specialist support, a safe place to stay if he wants one, and help to get his ID card back. She is clear about what she cannot promise.</p>',
        '<p>Nikolai agrees to the referral. He does not go back to the van. Helen also passes what you have recorded about the house and the agency to the police and to the body that licenses labour providers, so the other men can be helped too.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'GOOD',
        summary:
          'You noticed the signs, gave Nikolai a private space, listened, kept a clear record and involved your safeguarding lead with his agreement, without promising what you could not deliver.',
      },
    },
    {
      id: 'ending-partial',
      title: 'Help, with gaps',
      speakerId: 'jas',
      narrative: [
        '<p>Nikolai goes back to the shared house tonight. Some help is in motion, but it is slower and patchier than it needed to be.</p>',
        '<p>When he next gets in touch, some of the details have changed, and it is harder to piece together what happened.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'MIXED',
        summary:
          "You spotted serious warning signs, but the response had gaps. Notes in the person's own words, and telling your safeguarding lead every time, even when someone isn't ready for a referral, make sure help can follow.",
      },
    },
    {
      id: 'ending-promise',
      title: "A promise you couldn't keep",
      speakerId: 'nikolai',
      narrative: [
        '<p>There is no flat this week, or the next. Nikolai waits in the shared house, hoping. When you phone to explain, he does not answer.</p>',
        '<p>A few weeks later, a colleague hears that he has moved to another agency house in another town.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'POOR',
        summary:
          'You meant to help, but promising what you could not deliver broke his trust. Be honest about what you can and cannot do, and bring in your safeguarding lead.',
      },
    },
    {
      id: 'ending-alone',
      title: 'Back in the van',
      speakerId: 'nikolai',
      narrative: [
        '<p>Nikolai walks back out to the van. The driver looks up at the council building, then pulls away.</p>',
        '<p>Nobody with safeguarding responsibility knows about Nikolai, or about the nine other men in the house.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'POOR',
        summary:
          'The signs were there: exhaustion, a driver waiting, debt, deductions and housing tied to the job. When several appear together, stop, listen in private, record what you hear and refer to your safeguarding lead.',
      },
    },
    {
      id: 'ending-driven-away',
      title: 'Seen talking',
      speakerId: 'driver',
      narrative: [
        '<p>The driver winds down his window. “He’s my worker. He’s fine,” he says, and sounds the horn. Nikolai comes out and gets into the van without looking at you.</p>',
        '<p>The next time you see the van, it drives straight past the council offices.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'POOR',
        summary:
          'Confronting a possible exploiter can put the worker in danger and close the door to help. Speak with the worker in private and involve your safeguarding lead, or call 999 if anyone is in immediate danger.',
      },
    },
  ],
};

const outcomes = {
  rights: 'Describe some basic rights at work and at home that apply to migrant workers',
  signs: 'Recognise the warning signs of labour exploitation and modern slavery',
  respond: 'Respond safely: listen in private, record facts and refer to your safeguarding lead',
  limits: 'Stay within your role: signpost to specialist advice and avoid promises you cannot keep',
};

export const rightsAndResponsibilities: DemoModule = {
  slug: 'rights-and-responsibilities',
  title: 'Rights and responsibilities',
  summary:
    'The basic rights and responsibilities of migrant workers and their families, the checks that employers and landlords make, and how to spot and respond to signs of exploitation.',
  outcomes: [outcomes.rights, outcomes.signs, outcomes.respond, outcomes.limits],
  topic: 'Rights and responsibilities',
  cpdMinutes: 75,
  audience: 'STAFF',
  coverAlt: 'A housing officer listens to a tired young man in work clothes in a small interview room.',
  lessons: [
    {
      kind: 'ARTICLE',
      title: 'Rights, responsibilities and spotting exploitation',
      outcomes: [outcomes.rights, outcomes.signs, outcomes.respond, outcomes.limits],
      content: { html: article },
    },
    {
      kind: 'SCENARIO',
      title: 'Nikolai asks about a room',
      outcomes: [outcomes.signs, outcomes.respond, outcomes.limits],
      content: scenario,
      contentWarning: 'This scenario describes labour exploitation, debt and threats against a worker and his family.',
    },
    {
      kind: 'KNOWLEDGE_CHECK',
      title: 'Check your learning',
      outcomes: [outcomes.rights, outcomes.signs, outcomes.respond, outcomes.limits],
      testRole: 'POST_TEST',
      content: check,
    },
  ],
};
