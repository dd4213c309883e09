import type { ContentAudienceName } from '../../../modules/library/library.constants';

/** A demo blog post, written for Common Ground (original text, fictional people and places). */
export interface DemoBlogPost {
  authorEmail: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  audience: ContentAudienceName;
  featured: boolean;
  /** How many days before loading it was published. */
  daysAgo: number;
}

export const DEMO_BLOG_POSTS: DemoBlogPost[] = [
  {
    authorEmail: 'daniel.mensah@fenmouth-nhs.example',
    title: 'Speak to the person, not the interpreter: what ten years of antenatal visits taught me',
    summary:
      'Working through an interpreter is a skill. Three habits that made my appointments safer and kinder, and one I had to unlearn.',
    tags: ['interpreting', 'health', 'practice'],
    audience: 'PUBLIC',
    featured: true,
    daysAgo: 3,
    body: `<p>When I started as a community midwife in Fenmouth, most of the women I saw spoke English as a first language. Today, on a typical Tuesday clinic, I might need Polish, Romanian, Tigrinya and Portuguese before lunch. I have learned more about communication from working with interpreters than from any course.</p>
<h2>Look at the woman, not the interpreter</h2>
<p>It sounds obvious, but it took me a year to stop turning towards the voice I understood. I now sit so that I face the woman I am caring for, with the interpreter slightly to one side. I say "you", not "she": "How have you been sleeping?", not "Ask her how she's been sleeping." The interpreter speaks in the first person too. It keeps the conversation between the two people it belongs to.</p>
<h2>Short sentences, one question at a time</h2>
<p>Long, stacked questions come back as half an answer. I pause after every two or three sentences so the interpreter can keep everything, and I check understanding by asking the woman to tell me in her own words what she will do next, rather than asking "Do you understand?", which almost always gets a yes.</p>
<h2>Never a family member for clinical conversations</h2>
<p>The habit I had to unlearn was accepting a partner, or worse a child, as the interpreter because it was quicker. We have no way of knowing what is left out, and we may be asking the one person she cannot speak freely in front of. Our trust books professional interpreters by phone within minutes; the short wait is part of safe care.</p>
<h2>Brief the interpreter first</h2>
<p>Two minutes before the appointment, I tell the interpreter what we will cover, especially if it includes difficult news or questions about safety at home. It means they are not surprised, and they can tell me if a word will not translate directly.</p>
<p>None of this is new, but it is easy to forget on a busy day. If you have your own habits, please share them in the comments.</p>`,
  },
  {
    authorEmail: 'kasia.nowak@fenmouth-council.example',
    title: 'What I check before a housing visit, and why I no longer go on my own',
    summary:
      'A housing options officer on preparing for home visits: the questions asked beforehand, lone working, and the signs that mean a referral.',
    tags: ['housing', 'home visits', 'safeguarding'],
    audience: 'PUBLIC',
    featured: false,
    daysAgo: 10,
    body: `<p>Most of my visits are routine: checking a property after a repair, or meeting a family who have asked for help with overcrowding. But "routine" is where we get careless, so I keep a short list that I run through before every visit.</p>
<h2>Before I leave the office</h2>
<ul>
<li>What language does the household speak at home, and have I booked an interpreter if needed? A phone interpreter on speaker works well in most homes.</li>
<li>Is there anything on record about risk at the address, for me or for anyone living there?</li>
<li>Does someone in my team know where I am going and when I expect to be back? We use the lone-working app, and I ring in when I leave.</li>
</ul>
<h2>Going in pairs</h2>
<p>For first visits to a new household, or anywhere there is a note on file, I now go with a colleague. It used to feel like a luxury. Now I see it as part of doing the job properly: one of us can focus on the conversation while the other notices the home, and we can compare what we saw afterwards.</p>
<h2>What I look for</h2>
<p>Overcrowding, damp and disrepair are the reasons I am there. But I also notice whether everyone in the home seems free to speak, whether documents are held by someone other than the person they belong to, and whether a room is locked from the outside. Any of these can be a sign of exploitation. I do not investigate it myself: I record what I saw, and I make a referral the same day using the partnership's safeguarding route.</p>
<h2>After the visit</h2>
<p>I write my notes before the next visit, not at the end of the day. Details fade quickly, and the small ones are often the ones that matter.</p>`,
  },
  {
    authorEmail: 'gareth.pryce@westfen-police.example',
    title: 'One family, five agencies: what joined-up working looked like for us',
    summary:
      'A community support officer on how a shared conversation between police, housing, school and a welcome centre changed the outcome for a newly arrived family.',
    tags: ['partnership working', 'community', 'practice'],
    audience: 'STAFF',
    featured: false,
    daysAgo: 21,
    body: `<p>Last winter I was called to a disturbance at a house in multiple occupation near the harbour. Nothing criminal had happened, but it was clear that a newly arrived family of four were struggling: the heating did not work, the children were not in school, and the father was being paid in cash well below the minimum wage.</p>
<h2>Who knew what</h2>
<p>Afterwards we found that each of us had part of the picture. The council's housing team had a complaint about the property on file. The school had a place ready but no address to send the letter to. Harbour Lights Welcome Centre had met the mother at a drop-in session. I had the call-out. None of us, on our own, had enough to act.</p>
<h2>What changed</h2>
<p>Our neighbourhood lead set up a thirty-minute call with everyone involved. We agreed who would do what, in what order, and who would speak to the family so they were not asked the same questions five times. Housing inspected the property within the week. The welcome centre helped with school applications and registering with a GP. The information about wages went to the right team for a proper investigation.</p>
<h2>What I took from it</h2>
<ul>
<li>Share early. A concern that seems too small to pass on may be the piece someone else is missing.</li>
<li>Agree one point of contact for the family. Trust is built by one familiar face, not five.</li>
<li>Record what was agreed and send it round the same day.</li>
</ul>
<p>This post is for staff only because it draws on a real case, with details changed. If you work with families in a similar position, I would be glad to hear how your partnership handles it.</p>`,
  },
];
