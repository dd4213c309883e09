import type { KnowledgeCheckContent, ScenarioContent } from '@common-ground/shared';
import type { DemoModule } from './types';

const article = `
<h2>What we mean by social cohesion</h2>
<p>A cohesive community is one where people from different backgrounds get on well, feel they belong and trust local services to treat them fairly. It does not mean everyone agrees. It means people can talk about disagreements without fear or hostility.</p>
<p>Fenmouth has changed a lot in the last twenty years. People have come to work in farming, food processing, care and the port. Most residents, old and new, want the same things: a decent home, good schools, fair treatment and a safe place to live.</p>
<h2>How rumours start</h2>
<p>Tension often grows from a real worry. Housing waiting lists are long. GP appointments are hard to get. When people feel they are losing out, a simple story can seem to explain it: “They get everything first.” Stories like this spread fast online, and a single post can change how a whole street feels.</p>
<h2>A common myth about housing</h2>
<p>One of the most common myths is that migrants “jump the queue” for council or housing association homes. In fact:</p>
<ul>
<li>Councils let homes using a published allocation scheme. Priority is based on need, such as overcrowding, homelessness or health.</li>
<li>Strict eligibility rules apply. Many people from abroad cannot join the housing register at all.</li>
<li>Many councils also give priority to people with a local connection, such as having lived or worked in the area for some time.</li>
<li>National figures show that the large majority of new social housing lettings in England go to UK nationals.</li>
</ul>
<p>You do not need to be a housing expert. Share what you know, and offer to put people in touch with someone who can look at their own situation.</p>
<h2>When someone repeats a myth</h2>
<ol>
<li><strong>Stay calm.</strong> Raising your voice makes people defend their view.</li>
<li><strong>Acknowledge the feeling.</strong> “Your daughter has been waiting a long time. That’s really hard.” You can accept the worry without accepting the claim.</li>
<li><strong>Ask, don’t tell.</strong> “Where did you hear that?” helps you understand what is behind it.</li>
<li><strong>Share accurate information.</strong> Keep it short and general.</li>
<li><strong>Offer something practical.</strong> A housing options appointment, a contact or a clear next step.</li>
</ol>
<p>Never discuss a named person’s housing, benefits or immigration status. It is confidential, and it could put them at risk.</p>
<h2>When a line is crossed</h2>
<p>Disagreement is not the same as hostility. If someone is targeted, threatened or abused because of their nationality, race or religion, take it seriously. Check the person is safe, write down what happened and tell your manager. Let them know they can report it to the police as a hate incident, even if they are not sure it is a crime. In an emergency, call 999.</p>
<p>If you see misleading posts about your service online, do not argue from your own account. Pass them to your communications team, who can share accurate information.</p>
<h2>Building connections</h2>
<p>The strongest protection against rumours is people knowing each other. Regular, everyday contact around shared interests, such as a lunch club, a football team or a school fair, does more than any leaflet. Think about who uses your service, who does not, and who might feel unwelcome.</p>
<blockquote><p>People rarely change their minds because they lose an argument. They change their minds because they get to know someone.</p></blockquote>
`.trim();

const check: KnowledgeCheckContent = {
  passMark: 70,
  questions: [
    {
      id: 'first-response',
      prompt:
        'At a drop-in, a resident says loudly that "migrants get council houses first". What is the best first response?',
      kind: 'SINGLE',
      options: [
        {
          id: 'acknowledge',
          label: 'Acknowledge their frustration and ask about their situation, then share accurate information.',
          correct: true,
        },
        { id: 'racist', label: 'Tell them, in front of everyone, that what they said is racist.', correct: false },
        { id: 'agree', label: 'Agree with them, to keep the peace.', correct: false },
        { id: 'ignore', label: 'Ignore it. It will blow over.', correct: false },
      ],
      explanation:
        'People are more open to facts when they feel heard. You can accept the worry, such as a long wait for housing, without accepting the claim.',
    },
    {
      id: 'allocation',
      prompt: 'Which of these are true about how social housing is let in England? Choose all that apply.',
      kind: 'MULTIPLE',
      options: [
        { id: 'need', label: "Priority depends on need, under the council's allocation scheme.", correct: true },
        {
          id: 'eligibility',
          label: 'Eligibility rules mean many people from abroad cannot join the register.',
          correct: true,
        },
        { id: 'recent', label: 'People who arrived in the country most recently go to the top.', correct: false },
        { id: 'local', label: 'A local connection can affect priority.', correct: true },
      ],
      explanation:
        'Homes are let under a published scheme based on need, with eligibility rules and often a local connection test. There is no rule that puts new arrivals first.',
    },
    {
      id: 'confidential',
      prompt:
        'A worried resident asks you about the family who just moved into a flat on their street. You know a little about them. What should you do?',
      kind: 'SINGLE',
      options: [
        {
          id: 'share',
          label: 'Share what you know, so the resident can see the family deserved the flat.',
          correct: false,
        },
        {
          id: 'general',
          label: "Explain that you can't discuss anyone's housing, then explain how homes are let in general.",
          correct: true,
        },
        { id: 'hint', label: 'Hint at the answer without giving names.', correct: false },
      ],
      explanation:
        "Personal information is confidential. Sharing it, even to correct a rumour, breaks the family's trust and could make them a target.",
    },
    {
      id: 'warning-signs',
      prompt: 'Which of these may be signs that tension is building in a community? Choose all that apply.',
      kind: 'MULTIPLE',
      options: [
        { id: 'rumours', label: 'The same rumour being shared widely online', correct: true },
        { id: 'withdraw', label: 'Groups of people no longer using a shared space', correct: true },
        { id: 'new-family', label: 'A new family joining the coffee morning', correct: false },
        { id: 'graffiti', label: 'Graffiti or remarks aimed at one group', correct: true },
      ],
      explanation:
        'Rumours, people withdrawing and targeted remarks or graffiti are early warning signs. Tell your manager, so partners can respond before things escalate. New people joining in is a good sign.',
    },
    {
      id: 'hate-incident',
      prompt:
        'A resident tells you a neighbour shouted at her because of her nationality. She is not sure it was a crime. What can you tell her?',
      kind: 'SINGLE',
      options: [
        { id: 'nothing', label: 'That nothing can be done unless it was a crime.', correct: false },
        {
          id: 'report',
          label: 'That she can report it to the police as a hate incident, even if she is not sure it was a crime.',
          correct: true,
        },
        { id: 'ignore-it', label: 'That it is best to ignore it and keep her head down.', correct: false },
      ],
      explanation:
        'Hate incidents can be reported even when they are not crimes. Check she is safe, write down what happened and tell your manager. In an emergency, call 999.',
    },
    {
      id: 'contact',
      prompt: 'What usually does most to build trust between people from different backgrounds?',
      kind: 'SINGLE',
      options: [
        { id: 'leaflets', label: 'Leaflets that correct myths', correct: false },
        { id: 'shared-activity', label: 'Regular, everyday contact around shared interests', correct: true },
        { id: 'avoid', label: 'Keeping groups apart, so there is less to argue about', correct: false },
      ],
      explanation:
        'Accurate information helps, but people change their minds most when they get to know each other through things they share, such as lunch clubs, sport or school events.',
    },
    {
      id: 'online-post',
      prompt: 'You see a misleading post about your service in a local social media group. What should you do?',
      kind: 'SINGLE',
      options: [
        { id: 'reply', label: 'Reply from your own account to set the record straight.', correct: false },
        {
          id: 'comms',
          label: 'Pass it to your communications team, who can share accurate information through official channels.',
          correct: true,
        },
        { id: 'report-all', label: 'Report everyone who shared it to the police.', correct: false },
      ],
      explanation:
        'Arguing online from a personal account can blur your professional role and spread the post further. Your communications team can respond properly.',
    },
  ],
};

const scenario: ScenarioContent = {
  characters: [
    { id: 'alex', name: 'Alex Morgan', role: 'Community development officer, Fenmouth Borough Council' },
    { id: 'gary', name: 'Gary Pearce', role: 'Long-time resident and coffee-morning regular' },
    { id: 'rasa', name: 'Rasa Petrauskienė', role: 'Resident who moved from Lithuania three years ago' },
    { id: 'bev', name: 'Bev Clarke', role: 'Volunteer, Riverside Community Centre' },
  ],
  variables: [
    { name: 'calm', kind: 'NUMBER', initial: 0, label: 'How settled relations at the centre are' },
    { name: 'rasaSupported', kind: 'FLAG', initial: false, label: 'Rasa felt listened to and supported' },
  ],
  startSceneId: 'coffee-morning',
  scenes: [
    {
      id: 'coffee-morning',
      title: 'A post about Quay Street',
      speakerId: 'gary',
      narrative: [
        '<p>It is the Thursday coffee morning at the Riverside Community Centre. You are Alex, a community development officer. You run a drop-in here every week.</p>',
        '<p>Gary, a regular for years, holds up his phone. “Have you seen this? The new flats on Quay Street have all gone to foreigners. My Kayleigh’s been on the list four years, with two kids in a one-bed.”</p>',
        '<p>A few people nod. At the next table, Rasa, who comes to the English conversation club, goes quiet and starts to pack up her things.</p>',
      ].join(''),
      choices: [
        {
          id: 'acknowledge',
          label: "Go over to Gary, acknowledge how hard the wait must be, and ask if he'll talk it through with you",
          feedback:
            'Starting with the real worry, a long wait in an overcrowded flat, lowers the temperature. Gary feels heard, so he is more likely to listen.',
          score: 2,
          nextSceneId: 'gary-talk',
          effects: [{ variable: 'calm', op: 'ADD', value: 1 }],
        },
        {
          id: 'correct-publicly',
          label: 'Tell Gary, in front of everyone, that he is wrong and that remarks like that are racist',
          feedback:
            'The remark needed a response, but calling Gary out in public makes him defend himself. Others take sides, and the myth gets more attention, not less.',
          score: -1,
          nextSceneId: 'confrontation',
          effects: [{ variable: 'calm', op: 'ADD', value: -1 }],
        },
        {
          id: 'ignore',
          label: 'Say nothing and carry on setting out cups. It will blow over',
          feedback:
            'Silence can look like agreement. Rasa heard the remark and saw that nobody responded. Rumours grow when nobody challenges them.',
          score: -1,
          nextSceneId: 'quiet-week',
          effects: [{ variable: 'calm', op: 'ADD', value: -1 }],
        },
      ],
    },
    {
      id: 'gary-talk',
      title: 'Talking with Gary',
      speakerId: 'gary',
      narrative: [
        '<p>You pull up a chair next to Gary. “Four years is a long time. That sounds really hard for Kayleigh and the kids.”</p>',
        '<p>Gary’s shoulders drop a little. “It is. She sleeps on the sofa so the kids can have the bed. Then I see this post, and a family moving in who can’t even speak English. How’s that fair?”</p>',
        '<p>He shows you the post. It has been shared 300 times. It has no facts in it, only anger.</p>',
      ].join(''),
      choices: [
        {
          id: 'explain-facts',
          label:
            'Calmly explain how homes are let: priority is based on need, and strict eligibility rules apply to people from abroad',
          feedback:
            'Short, general facts, given calmly, help Gary see that the post does not tell the whole story. You corrected the myth without attacking him.',
          score: 2,
          nextSceneId: 'facts-shared',
          effects: [{ variable: 'calm', op: 'ADD', value: 1 }],
        },
        {
          id: 'share-family',
          label: 'Tell Gary what you know about the family who moved in, to put his mind at rest',
          feedback:
            "You mean well, but a family's housing is confidential. Talking about them could make them a target.",
          score: -1,
          nextSceneId: 'privacy-slip',
        },
        {
          id: 'agree-unfair',
          label: 'Agree that the system is unfair, to keep Gary calm',
          feedback:
            'Agreeing keeps the peace for now, but it confirms the myth. Gary may repeat that "even the council says so".',
          score: -1,
          nextSceneId: 'quiet-week',
          effects: [{ variable: 'calm', op: 'ADD', value: -1 }],
        },
      ],
    },
    {
      id: 'confrontation',
      title: 'The room takes sides',
      speakerId: 'gary',
      narrative: [
        '<p>The room goes silent. Gary’s face turns red. “So I can’t say anything now? My family’s been in Fenmouth for three generations!”</p>',
        '<p>Two other regulars back him up. Someone mutters that the centre “isn’t for us any more”. Rasa leaves without her coat.</p>',
      ].join(''),
      choices: [
        {
          id: 'step-aside',
          label: "Apologise for how you said it, and ask Gary if he'll talk it through with you in the side room",
          feedback:
            'Owning your part takes the heat out of the moment. You can still correct the myth, in private and calmly.',
          score: 1,
          nextSceneId: 'gary-talk',
          effects: [{ variable: 'calm', op: 'ADD', value: 1 }],
        },
        {
          id: 'ask-leave',
          label: "Tell Gary that if he can't keep his views to himself, he should leave",
          feedback:
            'Gary has not threatened anyone. Sending him away confirms his feeling that nobody listens, and the regulars who backed him may follow.',
          score: -1,
          nextSceneId: 'ending-poor',
          effects: [{ variable: 'calm', op: 'ADD', value: -1 }],
        },
      ],
    },
    {
      id: 'quiet-week',
      title: 'A week later',
      speakerId: 'bev',
      narrative: [
        '<p>A week later, Bev, one of the centre’s volunteers, catches you at the door.</p>',
        '<p>“That Quay Street post is everywhere,” she says. “Someone’s added that the centre is ‘giving handouts to migrants’. Two of the lunch club ladies say they won’t come back. And Rasa hasn’t been to the conversation club since last week.”</p>',
      ].join(''),
      choices: [
        {
          id: 'plan-with-manager',
          label:
            'Agree a plan with Bev and the centre manager: check in with Rasa, and share clear information about how homes are let',
          feedback:
            'A late response is much better than none. Supporting the person affected and sharing accurate information start to repair the damage.',
          score: 1,
          nextSceneId: 'check-on-rasa',
          effects: [{ variable: 'calm', op: 'ADD', value: 1 }],
        },
        {
          id: 'personal-reply',
          label: 'Reply to the post from your personal account to set the record straight',
          feedback:
            'Arguing online from your own account rarely changes minds. It blurs your professional role and pushes the post to more people. Pass it to your communications team.',
          score: -1,
          nextSceneId: 'ending-poor',
        },
      ],
    },
    {
      id: 'facts-shared',
      title: '"Then why is she still waiting?"',
      speakerId: 'gary',
      narrative: [
        '<p>You explain, calmly and briefly. Homes are let through the council’s allocation scheme. Priority depends on need. Strict eligibility rules mean many people from abroad cannot join the list at all. You cannot talk about who lives in any particular flat.</p>',
        '<p>Gary listens. “Fair enough,” he says at last. “But then why is Kayleigh still waiting?”</p>',
      ].join(''),
      choices: [
        {
          id: 'offer-surgery',
          label:
            "Offer to book Kayleigh into Tuesday's housing options surgery, so someone can look at her case and her priority",
          feedback:
            "You have turned a rumour into a practical next step. Kayleigh's overcrowding may give her more priority than she has now.",
          score: 2,
          nextSceneId: 'check-on-rasa',
          effects: [{ variable: 'calm', op: 'ADD', value: 1 }],
        },
        {
          id: 'list-long',
          label: 'Tell him the list is long for everyone and leave it there',
          feedback:
            "True, but Gary's real worry is still there. Without a next step, the rumour may still feel like the only explanation.",
          score: 0,
          nextSceneId: 'check-on-rasa',
        },
      ],
    },
    {
      id: 'privacy-slip',
      title: 'Too much information',
      speakerId: 'bev',
      narrative: [
        '<p>“Well, I do know the family at number 4,” you begin. “They’ve actually been…”</p>',
        '<p>Bev touches your arm and gives you a look. Gary leans forward, waiting.</p>',
      ].join(''),
      choices: [
        {
          id: 'stop-correct',
          label: "Stop. Say you shouldn't talk about anyone's housing, and explain how homes are let in general",
          feedback:
            "Good catch. It is fine to correct yourself mid-sentence. General facts answer Gary's question without putting a family at risk.",
          score: 0,
          nextSceneId: 'facts-shared',
        },
        {
          id: 'carry-on-details',
          label: "Carry on. If Gary knows the family's story, he'll calm down",
          feedback:
            "You have shared a family's personal details in a public room. It breaks their confidentiality and could make them a target.",
          score: -1,
          nextSceneId: 'ending-poor',
          effects: [{ variable: 'calm', op: 'ADD', value: -1 }],
        },
      ],
    },
    {
      id: 'check-on-rasa',
      title: 'Checking in with Rasa',
      speakerId: 'rasa',
      narrative: [
        '<p>You find Rasa by the noticeboard. She is quieter than usual.</p>',
        '<p>“I heard what he said,” she says. “My husband works at the port. We rent privately and we pay for everything. Maybe it’s better if we don’t come here any more.”</p>',
      ].join(''),
      choices: [
        {
          id: 'listen-support',
          label:
            "Find a quiet spot. Say the remark doesn't reflect the centre, listen to how she feels, and tell her how to report anything that felt threatening",
          feedback:
            'Rasa feels listened to and knows her options. People who are the subject of a rumour often feel alone, so checking in matters.',
          score: 2,
          nextSceneId: 'next-month',
          effects: [
            { variable: 'rasaSupported', op: 'SET', value: true },
            { variable: 'calm', op: 'ADD', value: 1 },
          ],
        },
        {
          id: 'harmless',
          label: "Tell her not to worry. Gary's harmless, he just likes a moan",
          feedback: 'Meant kindly, but it brushes aside how Rasa feels. Listen first, then reassure.',
          score: 0,
          nextSceneId: 'next-month',
        },
        {
          id: 'tell-the-group',
          label: 'Ask her to tell the coffee morning about her family, so people understand',
          feedback:
            "This puts the burden on Rasa to defend herself in public. Ask what she wants, and don't make her the lesson.",
          score: -1,
          nextSceneId: 'next-month',
          effects: [{ variable: 'calm', op: 'ADD', value: -1 }],
        },
      ],
    },
    {
      id: 'next-month',
      title: 'A month later',
      speakerId: 'bev',
      narrative: [
        '<p>A month later, the Thursday coffee morning is busy. Bev is planning the summer Big Lunch, a free community meal on the centre’s lawn, and she needs helpers.</p>',
        '<p>Gary is at his usual table. In the next room, the English conversation club is starting.</p>',
      ].join(''),
      choices: [
        {
          id: 'big-lunch',
          label: 'Invite Gary and Rasa, with other regulars, to join the Big Lunch planning group',
          feedback:
            'Both trust you enough to say yes. Working side by side on something shared is one of the best ways to build understanding.',
          score: 2,
          nextSceneId: 'ending-good',
          condition: {
            all: [
              { variable: 'calm', op: 'GTE', value: 3 },
              { variable: 'rasaSupported', op: 'EQ', value: true },
            ],
          },
        },
        {
          id: 'keep-watch',
          label: 'Keep things as they are and stay alert for more rumours',
          feedback:
            'Staying alert is sensible, but nothing new brings people together. The next rumour will find the same gaps.',
          score: 0,
          nextSceneId: 'ending-mixed',
        },
        {
          id: 'ban-topic',
          label: 'Put up a sign saying talk about housing and immigration is not allowed at the centre',
          feedback:
            "Banning a subject pushes it out of sight, not out of people's minds. Worries need a place to be heard, with clear limits on abuse, not on discussion.",
          score: -1,
          nextSceneId: 'ending-mixed',
        },
      ],
    },
    {
      id: 'ending-good',
      title: 'Round the same table',
      speakerId: 'rasa',
      narrative: [
        '<p>In June, Gary and Rasa end up at the same stall at the Big Lunch, serving food side by side. Gary’s granddaughters play football with Rasa’s son.</p>',
        '<p>When someone shares the Quay Street post again, Gary replies: “That’s not how it works. Ask at the housing surgery.”</p>',
        '<p>Rasa teaches Bev to say <span lang="lt">Labas</span>, hello in Lithuanian.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'GOOD',
        summary:
          'You listened to the worry behind the myth, corrected it calmly without breaking anyone’s confidence, supported the person it hurt and created a reason for people to work together. That is how trust is built.',
      },
    },
    {
      id: 'ending-mixed',
      title: 'Quieter, not closer',
      speakerId: 'bev',
      narrative: [
        '<p>The coffee morning carries on. There are no more arguments, but the room has split: long-time regulars at one end, newer residents at the other.</p>',
        '<p>Rasa comes less often. When the next rumour appears, plenty of people are ready to believe it.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'MIXED',
        summary:
          'You avoided a crisis, but the tension was managed rather than reduced. Listening to worries, sharing facts, supporting people who are targeted and creating shared activities all help build lasting trust.',
      },
    },
    {
      id: 'ending-poor',
      title: 'A divided centre',
      speakerId: 'bev',
      narrative: [
        '<p>Word spreads that the centre “takes sides”. Some long-time regulars stop coming. So does Rasa, and so do other families from the conversation club.</p>',
        '<p>The rumour is still going round, and it has grown.</p>',
      ].join(''),
      choices: [],
      ending: {
        rating: 'POOR',
        summary:
          'Confrontation, silence, breaking confidentiality or arguing online all made things worse. Calm listening, accurate general information and practical next steps help people let go of a myth without losing face.',
      },
    },
  ],
};

const outcomes = {
  understand: 'Explain what social cohesion means and how rumours and myths can damage it',
  respond: 'Respond calmly to a myth by acknowledging the worry and sharing accurate, general information',
  confidential: 'Keep personal information confidential when correcting a rumour',
  support: 'Support people who are targeted and know how hate incidents can be reported',
  connect: 'Create opportunities for people from different backgrounds to meet and work together',
};

export const socialCohesion: DemoModule = {
  slug: 'social-cohesion',
  title: 'Social cohesion',
  summary:
    'How rumours and myths create tension between long-standing and newer residents, and what front-line staff can do to calm things down and help people get on.',
  outcomes: [outcomes.understand, outcomes.respond, outcomes.confidential, outcomes.support, outcomes.connect],
  topic: 'Social cohesion',
  cpdMinutes: 45,
  audience: 'STAFF',
  coverAlt: 'People of different ages and backgrounds sharing food at long tables on a community centre lawn.',
  lessons: [
    {
      kind: 'ARTICLE',
      title: 'Rumours, myths and keeping communities together',
      outcomes: [outcomes.understand, outcomes.respond, outcomes.confidential, outcomes.support, outcomes.connect],
      content: { html: article },
    },
    {
      kind: 'SCENARIO',
      title: 'Trouble at the coffee morning',
      outcomes: [outcomes.respond, outcomes.confidential, outcomes.support, outcomes.connect],
      content: scenario,
    },
    {
      kind: 'KNOWLEDGE_CHECK',
      title: 'Check your learning',
      outcomes: [outcomes.understand, outcomes.respond, outcomes.confidential, outcomes.support],
      testRole: 'POST_TEST',
      content: check,
    },
  ],
};
