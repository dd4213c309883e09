import type { KnowledgeCheckContent, ScenarioContent } from '@common-ground/shared';
import type { DemoModule } from './types';

const article = `
<h2>Everyone has a culture</h2>
<p>Culture is the shared habits, beliefs and expectations we grow up with. It shapes how we greet people, raise children, eat, pray, talk about illness and deal with officials. Everyone has a culture, including you and the organisation you work for.</p>
<p>Culture is a starting point, not a rulebook. Two families from the same country can live very differently. Age, religion, region, education and personal choice all matter. So the most useful skill is not knowing facts about every culture. It is being curious, asking and listening.</p>
<h2>Avoid assumptions</h2>
<p>It is easy to guess from a name, a country or an accent. Guesses are often wrong, and they can hurt. For example, “Romanian” is a nationality. Roma are an ethnic group who live in many countries, including the UK. Some Romanians are Roma; most are not. And Roma families, like any others, are all different.</p>
<p>Ask open questions instead:</p>
<ul>
<li>“How would you like me to address you?”</li>
<li>“Which language would you prefer today?”</li>
<li>“Is there anything about your family’s customs or beliefs that would help me to know?”</li>
<li>“What do you usually do when…?”</li>
</ul>
<h2>Small courtesies matter</h2>
<p>Learn to say people’s names correctly, and write down how. In many homes, people take off their shoes at the door. Ask whether they would like you to do the same, or use shoe covers. Some people prefer a professional of the same sex for personal care. Some families keep periods of rest or prayer, or special diets at certain times of year. You do not need to know all of this in advance. You need to ask, and adapt where you can.</p>
<h2>When a custom and safety advice meet</h2>
<p>Sometimes a family’s practice is different from current safety advice. For example, many families wrap babies warmly, with hats and several blankets, because they have always been told to keep babies warm. UK safer-sleep advice says babies should not get too hot and should not wear hats indoors.</p>
<p>Respecting culture does not mean staying silent about safety. It means:</p>
<ol>
<li>asking what the family does, and why;</li>
<li>explaining the advice clearly, with the reasons for it;</li>
<li>agreeing a way that works for the family and keeps the child safe.</li>
</ol>
<p>Grandparents often play a big part in family life, especially in the first weeks after a birth. In Romanian, a grandmother is <span lang="ro">bunica</span>. Include grandparents with respect. People are more likely to follow advice they have understood.</p>
<h2>Your service has a culture too</h2>
<p>Appointment systems, forms, expectations about time and unwritten rules about who speaks can all feel strange to someone new to the UK. Explain how things work here, without judgement, and check what the person already knows.</p>
<blockquote><p>Be curious, not certain.</p></blockquote>
<h2>Private conversations</h2>
<p>Some questions, such as how someone is feeling or whether they are safe at home, should be asked when the person is on their own. If they need an interpreter, use a professional one, not a relative. Choose a natural moment, and never ask in a way that stops someone answering freely.</p>
`.trim();

const check: KnowledgeCheckContent = {
  passMark: 70,
  questions: [
    {
      id: 'approach',
      prompt: 'What is the most useful approach when you work with a family from a culture you know little about?',
      kind: 'SINGLE',
      options: [
        { id: 'research', label: 'Read up on their country and follow what you read.', correct: false },
        { id: 'curious', label: 'Be curious: ask, listen and do not assume.', correct: true },
        {
          id: 'same',
          label: 'Treat them exactly as you would a British family and say nothing about culture.',
          correct: false,
        },
      ],
      explanation:
        'Background reading can help, but every family is different. Asking open questions and listening tells you what matters to this family.',
    },
    {
      id: 'custom-safety',
      prompt:
        "A family's custom differs from safety advice, for example a baby wrapped in blankets and a hat indoors. What should you do? Choose all that apply.",
      kind: 'MULTIPLE',
      options: [
        { id: 'ask-why', label: 'Ask about the practice and the reasons for it.', correct: true },
        { id: 'explain', label: 'Explain the safety advice clearly, and why it matters.', correct: true },
        { id: 'silent', label: 'Stay quiet, so you do not cause offence.', correct: false },
        { id: 'agree-plan', label: 'Agree a plan together that keeps the baby safe.', correct: true },
      ],
      explanation:
        'Respecting culture does not mean holding back safety advice. Ask, explain and agree a plan, so the family understands the reasons and can make the advice work for them.',
    },
    {
      id: 'roma',
      prompt: 'Which statement is true?',
      kind: 'SINGLE',
      options: [
        { id: 'same-thing', label: '"Romanian" and "Roma" mean the same thing.', correct: false },
        {
          id: 'different',
          label: '"Romanian" is a nationality. Roma are an ethnic group living in many countries, including the UK.',
          correct: true,
        },
        { id: 'all-roma', label: 'Most people from Romania are Roma.', correct: false },
      ],
      explanation:
        'Mixing these up is a common assumption and can cause offence. Ask people how they describe themselves, and remember every family is different.',
    },
    {
      id: 'private-questions',
      prompt: 'When should you ask a new mother sensitive questions about her mood or safety at home?',
      kind: 'SINGLE',
      options: [
        { id: 'family-there', label: 'Whenever is convenient, even with family in the room.', correct: false },
        {
          id: 'alone',
          label: 'When she is on her own, with a professional interpreter if she needs one.',
          correct: true,
        },
        {
          id: 'relative-interprets',
          label: 'With her husband there to interpret, so nothing is missed.',
          correct: false,
        },
      ],
      explanation:
        'People can only answer freely when they are alone with you. A relative should never interpret these questions.',
    },
    {
      id: 'courtesies',
      prompt: 'Which of these small courtesies help to build trust? Choose all that apply.',
      kind: 'MULTIPLE',
      options: [
        { id: 'address', label: 'Asking how people would like to be addressed', correct: true },
        { id: 'shoes', label: 'Asking whether to take your shoes off at the door', correct: true },
        { id: 'nickname', label: 'Using an English nickname that is easier for you to say', correct: false },
        { id: 'pronounce', label: 'Learning to say their names correctly', correct: true },
      ],
      explanation:
        "A name is part of someone's identity. Small signs of respect at the start of a visit make people more likely to trust you later.",
    },
    {
      id: 'who-has-culture',
      prompt: 'Which statement about culture is true?',
      kind: 'SINGLE',
      options: [
        { id: 'migrants', label: 'Only people who have moved here from abroad have a culture.', correct: false },
        { id: 'everyone', label: 'Everyone has a culture, including you and your organisation.', correct: true },
        { id: 'fixed', label: 'Culture is fixed. Everyone from one country behaves the same way.', correct: false },
      ],
      explanation:
        "Your own habits and your service's ways of working are cultural too. Noticing them helps you explain how things work to someone new.",
    },
  ],
};

const scenario: ScenarioContent = {
  characters: [
    { id: 'claire', name: 'Claire Bennett', role: 'Health visitor, Fenmouth Community Health Services (NHS)' },
    { id: 'ioana', name: 'Ioana Popescu', role: 'New mum, from Romania' },
    { id: 'mihai', name: 'Mihai Popescu', role: "Ioana's husband, who works night shifts" },
    { id: 'elena', name: 'Elena Dumitru', role: "Ioana's mother, visiting from Romania" },
    { id: 'andreea', name: 'Andreea', role: 'Romanian telephone interpreter' },
  ],
  variables: [
    { name: 'rapport', kind: 'NUMBER', initial: 0, label: "The family's trust in you" },
    { name: 'interpreterUsed', kind: 'FLAG', initial: false, label: 'Used a professional interpreter' },
  ],
  startSceneId: 'doorstep',
  scenes: [
    {
      id: 'doorstep',
      title: 'At the door',
      speakerId: 'mihai',
      narrative: [
        '<p>You are Claire, a health visitor. This is your first visit to the Popescu family since their baby, Sofia, was born twelve days ago.</p>',
        '<p>Mihai opens the door with a smile. Behind him, a neat row of shoes stands by the wall. You can hear a woman singing softly to a baby in another language.</p>',
        '<p>“Come in, come in,” says Mihai. “My wife is ready. Her mother is here from Romania to help.”</p>',
      ].join(''),
      choices: [
        {
          id: 'ask-shoes',
          label:
            "Introduce yourself, check how to say the family's names, and ask whether they'd like you to take your shoes off",
          feedback:
            'Small courtesies show respect and interest in how the family lives. Many visiting staff carry shoe covers for this.',
          score: 2,
          nextSceneId: 'living-room',
          effects: [{ variable: 'rapport', op: 'ADD', value: 1 }],
        },
        {
          id: 'walk-in',
          label: 'Introduce yourself and walk straight through. You have a busy list today',
          feedback:
            'Busy days are real, but rushing in sets the tone. A few seconds of courtesy at the door can save time later.',
          score: -1,
          nextSceneId: 'living-room',
          effects: [{ variable: 'rapport', op: 'ADD', value: -1 }],
        },
        {
          id: 'assume-roma',
          label: "Say warmly, 'I've worked with lots of Roma families, so I know what to expect'",
          feedback:
            "You meant to reassure, but you guessed the family's ethnicity from their nationality, and suggested you already know what they are like.",
          score: -1,
          nextSceneId: 'awkward-start',
          effects: [{ variable: 'rapport', op: 'ADD', value: -2 }],
        },
      ],
    },
    {
      id: 'awkward-start',
      title: 'An awkward start',
      speakerId: 'mihai',
      narrative: [
        '<p>Mihai’s smile fades. “We are Romanian,” he says. “Not Roma. And Roma families are all different too, you know. Like everyone.”</p>',
        '<p>There is an awkward pause in the hallway.</p>',
      ].join(''),
      choices: [
        {
          id: 'apologise',
          label: 'Apologise simply, thank him for putting you right, and ask how they would like the visit to go',
          feedback:
            "A short, sincere apology and a question hand control back to the family. Don't over-explain: learn, and move on.",
          score: 1,
          nextSceneId: 'living-room',
          effects: [{ variable: 'rapport', op: 'ADD', value: 1 }],
        },
        {
          id: 'explain-away',
          label: "Explain that you meant no offence, it's just what you usually see in your job",
          feedback:
            'Explaining the assumption repeats it. The family now wonders what else you have assumed about them.',
          score: -1,
          nextSceneId: 'living-room',
          effects: [{ variable: 'rapport', op: 'ADD', value: -1 }],
        },
      ],
    },
    {
      id: 'living-room',
      title: 'Meeting Ioana and Elena',
      speakerId: 'ioana',
      narrative: [
        '<p>Ioana sits on the sofa holding Sofia, who is wrapped in three blankets and a knitted hat. The heating is turned up high. Ioana’s mother, Elena, sits close beside her.</p>',
        '<p>“Hello,” says Ioana. “My English is OK. My mother speaks only Romanian.” Elena nods and says, <span lang="ro">Bună ziua</span>.</p>',
      ].join(''),
      choices: [
        {
          id: 'offer-interpreter',
          label:
            'Ask Ioana which language she would prefer today, and offer a Romanian telephone interpreter so Elena can follow too',
          feedback:
            'Asking lets Ioana choose. Including Elena matters: grandparents often give much of the day-to-day care and advice in the first weeks.',
          score: 2,
          nextSceneId: 'interpreter-choice',
          effects: [{ variable: 'rapport', op: 'ADD', value: 1 }],
        },
        {
          id: 'ioana-translates',
          label: 'Carry on in English. Ioana can pass on anything important to her mother',
          feedback:
            'Ioana is tired and has just had a baby. She needs to take in the advice herself. Asking her to interpret adds to her load, and things may get lost.',
          score: 0,
          nextSceneId: 'baby-check',
        },
        {
          id: 'loud-slow',
          label: 'Speak slowly and loudly to Elena so she can follow',
          feedback:
            "Speaking louder doesn't help someone understand a language they don't speak, and it can feel patronising.",
          score: -1,
          nextSceneId: 'baby-check',
          effects: [{ variable: 'rapport', op: 'ADD', value: -1 }],
        },
      ],
    },
    {
      id: 'interpreter-choice',
      title: 'Choosing a language',
      speakerId: 'ioana',
      narrative: [
        '<p>“Yes, that would be good,” says Ioana. “I understand most things, but medical words are hard. And my mother has many opinions about babies!”</p>',
        '<p>She laughs. Elena asks what is so funny.</p>',
      ].join(''),
      choices: [
        {
          id: 'dial-interpreter',
          label: 'Call the telephone interpreting service, put it on speaker and introduce everyone',
          feedback:
            'Now both women can ask questions and hear the same advice. Remember to speak to them directly, not to the interpreter.',
          score: 2,
          nextSceneId: 'baby-check',
          effects: [
            { variable: 'interpreterUsed', op: 'SET', value: true },
            { variable: 'rapport', op: 'ADD', value: 1 },
          ],
        },
        {
          id: 'not-needed',
          label: "Decide it's not needed after all, as Ioana's English is good",
          feedback:
            'Ioana told you medical words are hard. Offering and then not following through leaves her, and Elena, to guess.',
          score: 0,
          nextSceneId: 'baby-check',
        },
      ],
    },
    {
      id: 'baby-check',
      title: 'Too warm',
      speakerId: 'elena',
      narrative: [
        '<p>You weigh Sofia. She is gaining weight well. But she feels hot, and the back of her neck is damp with sweat.</p>',
        '<p>Elena speaks firmly. “Babies must be kept very warm,” comes the translation. “With a hat, always. At home, this is what everyone does.”</p>',
      ].join(''),
      choices: [
        {
          id: 'ask-elena',
          label:
            "Through the interpreter, ask Elena how she kept her own babies comfortable, then explain together why UK advice says babies shouldn't get too hot",
          feedback:
            'Elena feels respected as an experienced mother, and she hears the reasons first-hand. She is much more likely to support advice she has understood.',
          score: 2,
          nextSceneId: 'sleep-talk',
          effects: [{ variable: 'rapport', op: 'ADD', value: 2 }],
          condition: { all: [{ variable: 'interpreterUsed', op: 'EQ', value: true }] },
        },
        {
          id: 'explore-advise',
          label:
            'Ask Ioana what they usually do and why, then explain the advice about overheating and agree a plan with her',
          feedback:
            'A good approach with Ioana. But Elena, who is doing much of the caring this month, only hears the advice second-hand.',
          score: 1,
          nextSceneId: 'sleep-talk',
          effects: [{ variable: 'rapport', op: 'ADD', value: 1 }],
        },
        {
          id: 'remove-blankets',
          label: 'Tell them firmly that this is dangerous, and take off the hat and two blankets yourself',
          feedback:
            "The advice is right, but the way you gave it is not. Handling the baby's things without asking makes the family feel judged. They may put the hat back on when you leave.",
          score: -1,
          nextSceneId: 'sleep-talk',
          effects: [{ variable: 'rapport', op: 'ADD', value: -2 }],
        },
        {
          id: 'say-nothing',
          label: "Say nothing. It's their culture and you don't want to offend",
          feedback:
            "Respecting culture doesn't mean holding back safety advice. Every family deserves the same information to keep their baby safe.",
          score: -1,
          nextSceneId: 'sleep-talk',
        },
      ],
    },
    {
      id: 'sleep-talk',
      title: 'Where Sofia sleeps',
      speakerId: 'ioana',
      narrative: [
        '<p>You ask where Sofia sleeps. Ioana hesitates. “In our bed. Mihai works nights at the factory, so there is space. Sometimes my mother sleeps with her, so I can rest.”</p>',
        '<p>She watches your face closely.</p>',
      ].join(''),
      choices: [
        {
          id: 'safer-sleep',
          label:
            'Thank her for telling you. Talk through safer sleep, ask what would make it work for them, and explain how to reduce the risks if they do share a bed',
          feedback:
            'Ioana was honest because she did not feel judged. Practical advice, including how to lower the risks if bed-sharing happens, keeps her talking to you.',
          score: 2,
          nextSceneId: 'wellbeing',
          effects: [{ variable: 'rapport', op: 'ADD', value: 1 }],
        },
        {
          id: 'leaflet-only',
          label: 'Leave a safer-sleep leaflet in English and move on',
          feedback:
            "Leaflets help, but they don't replace a conversation. Elena can't read it, and you haven't found out what would work for this family.",
          score: 0,
          nextSceneId: 'wellbeing',
        },
        {
          id: 'threaten',
          label: 'Tell her bed-sharing is not allowed and that you may have to report it',
          feedback:
            'Bed-sharing calls for a safety conversation, not a threat. The family now sees you as a risk, and may hide things from you in future.',
          score: -1,
          nextSceneId: 'ending-poor',
          effects: [{ variable: 'rapport', op: 'ADD', value: -3 }],
        },
      ],
    },
    {
      id: 'wellbeing',
      title: 'A quiet moment',
      speakerId: 'ioana',
      narrative: [
        '<p>The visit is nearly over. Mihai goes to sleep before his shift. Elena goes to the kitchen to make tea. For a moment, Ioana is on her own with you and Sofia.</p>',
        '<p>She looks tired. She strokes Sofia’s hair and says nothing.</p>',
      ].join(''),
      choices: [
        {
          id: 'ask-feeling',
          label: 'Gently ask Ioana how she is feeling in herself since the birth',
          feedback:
            'You chose a private moment and a gentle, open question. Because she trusts you, Ioana feels able to answer honestly.',
          score: 2,
          nextSceneId: 'disclosure',
          condition: { all: [{ variable: 'rapport', op: 'GTE', value: 3 }] },
        },
        {
          id: 'quick-check',
          label: "Ask 'Everything OK?' as you pack up your scales",
          feedback: "Ioana says she's fine. A quick question on the way out rarely gets an honest answer.",
          score: 0,
          nextSceneId: 'ending-mixed',
        },
      ],
    },
    {
      id: 'disclosure',
      title: 'How Ioana really is',
      speakerId: 'ioana',
      narrative: [
        '<p>Ioana’s eyes fill with tears. “I cry every day,” she says quietly. “I miss home. Mihai sleeps in the day and works at night. My mother goes back in two weeks. I don’t know anyone here.”</p>',
        '<p>“Sometimes I feel like a bad mother.”</p>',
      ].join(''),
      choices: [
        {
          id: 'listen-plan',
          label:
            "Listen. Tell her many new mums feel like this and help is there. With her agreement, plan a follow-up visit, a GP appointment and an introduction to the parents' group at Harbour Lights",
          feedback:
            'You listened, normalised without dismissing, and agreed practical next steps with her. Early support makes a real difference to low mood after birth.',
          score: 2,
          nextSceneId: 'ending-good',
        },
        {
          id: 'baby-blues',
          label: "Reassure her that it's just the baby blues and it will pass",
          feedback:
            'Baby blues usually pass within a couple of weeks of the birth. Crying every day, loneliness and feeling like a bad mother need a proper conversation and follow-up.',
          score: -1,
          nextSceneId: 'ending-mixed',
        },
      ],
    },
    {
      id: 'ending-good',
      title: 'A family that trusts you',
      speakerId: 'elena',
      narrative: [
        '<p>Ioana agrees to see her GP and to a follow-up visit next week. You give her the details of the Monday parents’ group at the Harbour Lights Welcome Centre, where two other Romanian mums go.</p>',
        '<p>As you leave, Elena shakes your hand with both of hers. “<span lang="ro">Mulțumesc</span>,” she says. Thank you.</p>',
        '<p>Sofia is asleep on her back in her cot, without her hat.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'GOOD',
        summary:
          'You showed respect at the door, included Elena through an interpreter, gave clear safety advice without judgement and found a private moment to ask how Ioana was. Because the family trusted you, Ioana got help early.',
      },
    },
    {
      id: 'ending-mixed',
      title: 'Safe for now, but alone',
      speakerId: 'ioana',
      narrative: [
        '<p>Two weeks later, Elena has gone home. Ioana misses Sofia’s clinic appointment. When your colleague phones, she says everything is fine.</p>',
        '<p>Sofia is well. But nobody knows how Ioana is really coping.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'MIXED',
        summary:
          "Sofia's care was covered, but Ioana's wellbeing was not. Trust, a private moment and a gentle, open question give parents the chance to say how they really are.",
      },
    },
    {
      id: 'ending-poor',
      title: 'The door closes',
      speakerId: 'mihai',
      narrative: [
        '<p>The next day, Mihai phones the service and asks for a different health visitor.</p>',
        '<p>When your colleague visits, the family is polite but says very little. Sofia is still sleeping in the big bed, and nobody has talked with them about how to make that safer.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'POOR',
        summary:
          'The family felt judged and threatened, so they stopped sharing. Safety advice works best when it comes from someone the family trusts: ask, explain and agree a plan together.',
      },
    },
  ],
};

const outcomes = {
  culture: 'Explain what culture is and why every family is different',
  assumptions: 'Ask open questions instead of making assumptions about nationality, ethnicity or custom',
  safety: 'Give safety advice respectfully when it differs from a family’s customs',
  private: 'Choose a private, safe moment to ask sensitive questions',
};

export const culturalAwareness: DemoModule = {
  slug: 'cultural-awareness',
  title: 'Cultural awareness',
  summary:
    'How to work respectfully with families from different backgrounds: avoiding assumptions, small courtesies that build trust, and giving safety advice when it differs from custom.',
  outcomes: [outcomes.culture, outcomes.assumptions, outcomes.safety, outcomes.private],
  topic: 'Cultural awareness',
  cpdMinutes: 60,
  audience: 'STAFF',
  coverAlt: 'A health visitor kneels beside a sofa where a mother holds her baby and a grandmother looks on.',
  lessons: [
    {
      kind: 'ARTICLE',
      title: 'Culture, curiosity and respect',
      outcomes: [outcomes.culture, outcomes.assumptions, outcomes.safety, outcomes.private],
      content: { html: article },
    },
    {
      kind: 'SCENARIO',
      title: 'A first home visit to the Popescu family',
      outcomes: [outcomes.assumptions, outcomes.safety, outcomes.private],
      content: scenario,
      contentWarning: 'This scenario includes a new mother talking about low mood after the birth of her baby.',
    },
    {
      kind: 'KNOWLEDGE_CHECK',
      title: 'Check your learning',
      outcomes: [outcomes.culture, outcomes.assumptions, outcomes.safety, outcomes.private],
      testRole: 'POST_TEST',
      content: check,
    },
  ],
};
