import type { MythVerdictName } from '@common-ground/shared';

/**
 * The demo FAQs and myth-busters: original text written for Common Ground about questions
 * front-line staff hear from people new to the area. Publishers named in evidence are
 * public bodies whose guidance covers the subject; the wording here is our own.
 */
export interface DemoFaqCategory {
  name: string;
  description: string;
}

export interface DemoFaq {
  category: string;
  question: string;
  answer: string;
  audience: 'PUBLIC' | 'STAFF';
  /** Demo votes: how many said yes and no. */
  votes: [number, number];
}

export interface DemoMyth {
  claim: string;
  verdict: MythVerdictName;
  summary: string;
  facts: string;
  evidence: { title: string; publisher: string; url: string; publishedOn: string }[];
  /** Glossary addresses and FAQ questions it relates to. */
  terms: string[];
  faqs: string[];
  /** Months since an editor last checked it (over 12 shows as due for review). */
  reviewedMonthsAgo: number;
}

export const DEMO_FAQ_CATEGORIES: DemoFaqCategory[] = [
  { name: 'Housing', description: 'Renting, repairs and help when a home is at risk.' },
  { name: 'Health', description: 'Registering with a doctor and getting care.' },
  { name: 'Money and work', description: 'Council tax, benefits and rights at work.' },
  { name: 'Language support', description: 'Interpreters, translated letters and your first language.' },
];

export const DEMO_FAQS: DemoFaq[] = [
  {
    category: 'Housing',
    question: 'Who do I contact when my rented home needs repairs?',
    answer:
      '<p>Tell your landlord or letting agent first, in writing if you can, and keep a copy. If nothing happens in a reasonable time, contact the council’s private housing team: they can inspect the home and order repairs.</p>',
    audience: 'PUBLIC',
    votes: [14, 2],
  },
  {
    category: 'Housing',
    question: 'Does my landlord have to protect my deposit?',
    answer:
      '<p>Yes. In England and Wales a landlord who takes a deposit for an assured shorthold tenancy must put it in a government-backed protection scheme within 30 days and tell you which one.</p>',
    audience: 'PUBLIC',
    votes: [21, 1],
  },
  {
    category: 'Housing',
    question: 'What should I do if I have been told to leave my home?',
    answer:
      '<p>Do not leave straight away. A landlord must follow a legal process, which usually includes written notice and a court order. Contact the council’s housing options team as early as you can: the sooner they know, the more they can do.</p>',
    audience: 'PUBLIC',
    votes: [9, 3],
  },
  {
    category: 'Health',
    question: 'Can anyone register with a GP?',
    answer:
      '<p>Yes. Anyone in England can register with a GP practice, and you do not need proof of address, immigration status or an NHS number to register. A practice can only refuse for a few reasons, such as a full list, and must say why.</p>',
    audience: 'PUBLIC',
    votes: [30, 2],
  },
  {
    category: 'Health',
    question: 'Where can I get help at night if it is not an emergency?',
    answer:
      '<p>Call 111 or use the NHS 111 website. They can tell you where to go, arrange a call back from a nurse, or book you into an urgent treatment centre. Call 999 only in an emergency.</p>',
    audience: 'PUBLIC',
    votes: [12, 0],
  },
  {
    category: 'Health',
    question: 'How do I book an interpreter for a patient appointment?',
    answer:
      '<p>Book through the practice or trust’s interpreting contract when the appointment is made, noting the language and dialect. Ask for a longer appointment. Do not ask family members, and never children, to interpret.</p>',
    audience: 'STAFF',
    votes: [7, 1],
  },
  {
    category: 'Money and work',
    question: 'Can I get help paying council tax?',
    answer:
      '<p>You may get Council Tax Reduction if you are on a low income or claim certain benefits. A single adult living alone gets a 25% discount. Apply to the council that sends your bill.</p>',
    audience: 'PUBLIC',
    votes: [16, 4],
  },
  {
    category: 'Money and work',
    question: 'What is the least an employer can pay me?',
    answer:
      '<p>Every worker is entitled to at least the National Minimum Wage for their age, or the National Living Wage from age 21. The rates change each April. An employer cannot take the cost of work equipment or uniforms below that amount.</p>',
    audience: 'PUBLIC',
    votes: [11, 1],
  },
  {
    category: 'Money and work',
    question: 'Do I need a bank account to be paid or to claim benefits?',
    answer:
      '<p>Most employers and Universal Credit pay into an account. Many banks offer a basic account that you can open with limited documents. If you cannot open one yet, ask the Jobcentre about other ways to be paid for a short time.</p>',
    audience: 'PUBLIC',
    votes: [8, 2],
  },
  {
    category: 'Language support',
    question: 'Can I ask for a letter from the council in my language?',
    answer:
      '<p>Yes, you can ask. Many councils can translate an important letter or explain it by phone with an interpreter. Say which language you read best when you contact them.</p>',
    audience: 'PUBLIC',
    votes: [10, 3],
  },
  {
    category: 'Language support',
    question: 'Is an interpreter free?',
    answer:
      '<p>For council, NHS and police services, yes: the service books and pays for the interpreter. You should not be asked to bring or pay for your own.</p>',
    audience: 'PUBLIC',
    votes: [19, 0],
  },
  {
    category: 'Language support',
    question: 'When should I use a telephone interpreter rather than face to face?',
    answer:
      '<p>Telephone interpreting suits short, simple conversations and urgent contact. Book face to face for long or sensitive meetings, safeguarding work, people with hearing loss, and anyone who finds phone calls hard.</p>',
    audience: 'STAFF',
    votes: [5, 2],
  },
];

export const DEMO_MYTHS: DemoMyth[] = [
  {
    claim: 'People who have just arrived go straight to the top of the council housing list',
    verdict: 'FALSE',
    summary: 'Councils allocate homes by housing need under a published scheme, not by how recently someone arrived.',
    facts:
      '<p>Every council publishes an allocation scheme that sets out who qualifies and how priority is given. Priority comes from need: homelessness, overcrowding, medical needs or living in unsafe conditions.</p><p>Many people from abroad are not eligible for social housing at all until their immigration status allows it. Being new to the area often lowers priority, because many schemes ask for a local connection.</p>',
    evidence: [
      {
        title: 'Allocation of accommodation: guidance for local housing authorities',
        publisher: 'Ministry of Housing, Communities and Local Government',
        url: 'https://www.gov.uk/guidance/allocation-of-accommodation-guidance-for-local-housing-authorities',
        publishedOn: '2024-06-12',
      },
      {
        title: 'Fenmouth housing allocation scheme',
        publisher: 'Fenmouth Council',
        url: 'https://www.fenmouth-council.example/housing/allocation-scheme',
        publishedOn: '2025-04-01',
      },
    ],
    terms: ['social-housing', 'homelessness'],
    faqs: [],
    reviewedMonthsAgo: 3,
  },
  {
    claim: 'You must show a passport to register with a doctor',
    verdict: 'FALSE',
    summary: 'No proof of identity, address or immigration status is needed to register with a GP practice.',
    facts:
      '<p>GP practices may ask for documents, but they cannot refuse to register someone because they do not have them. People who are homeless, or who have no fixed address, can register using the practice’s address.</p>',
    evidence: [
      {
        title: 'How to register with a GP surgery',
        publisher: 'NHS England',
        url: 'https://www.nhs.uk/nhs-services/gps/how-to-register-with-a-gp-surgery/',
        publishedOn: '2025-02-18',
      },
    ],
    terms: ['gp', 'proof-of-address'],
    faqs: ['Can anyone register with a GP?'],
    reviewedMonthsAgo: 14,
  },
  {
    claim: 'Migrant workers get paid less than the minimum wage legally',
    verdict: 'FALSE',
    summary: 'The minimum wage applies to every worker, whatever their nationality.',
    facts:
      '<p>Nationality and immigration status make no difference to the legal minimum. An employer who pays less, or who takes deductions for accommodation above the legal limit, is breaking the law and can be fined and named.</p><p>Workers can complain to HM Revenue and Customs in confidence.</p>',
    evidence: [
      {
        title: 'National Minimum Wage and National Living Wage rates',
        publisher: 'HM Revenue and Customs',
        url: 'https://www.gov.uk/national-minimum-wage-rates',
        publishedOn: '2025-04-01',
      },
    ],
    terms: ['minimum-wage', 'employer'],
    faqs: ['What is the least an employer can pay me?'],
    reviewedMonthsAgo: 5,
  },
  {
    claim: 'Families from abroad are handed large benefit payments as soon as they arrive',
    verdict: 'MISLEADING',
    summary:
      'Most people arriving on visas cannot claim most benefits; those who can go through the same checks as anyone else.',
    facts:
      '<p>Many visas carry a condition of “no recourse to public funds”, which rules out Universal Credit, housing benefit and child benefit. People with settled status or refugee status can claim, on the same rules and amounts as everyone else.</p><p>The story often mixes up emergency support for people seeking asylum, which is a small weekly allowance, with ordinary benefits.</p>',
    evidence: [
      {
        title: 'Public funds: migrant access to benefits',
        publisher: 'Home Office',
        url: 'https://www.gov.uk/government/publications/public-funds',
        publishedOn: '2024-11-05',
      },
      {
        title: 'Asylum support: what you will get',
        publisher: 'Home Office',
        url: 'https://www.gov.uk/asylum-support/what-youll-get',
        publishedOn: '2025-01-20',
      },
    ],
    terms: ['benefits', 'child-benefit', 'housing-benefit'],
    faqs: [],
    reviewedMonthsAgo: 2,
  },
  {
    claim: 'A landlord can change the locks if the rent is late',
    verdict: 'FALSE',
    summary: 'Locking a tenant out without a court order is illegal eviction, a criminal offence.',
    facts:
      '<p>Rent arrears can be a reason for a landlord to seek possession, but only through notice and the courts. Changing the locks, removing belongings or cutting off utilities to force someone out is harassment or illegal eviction.</p><p>The council can step in, and the police can be called if it is happening now.</p>',
    evidence: [
      {
        title: 'Illegal evictions and tenants’ rights',
        publisher: 'Ministry of Housing, Communities and Local Government',
        url: 'https://www.gov.uk/private-renting-evictions/harassment-and-illegal-evictions',
        publishedOn: '2024-09-30',
      },
    ],
    terms: ['landlord', 'eviction', 'arrears'],
    faqs: ['What should I do if I have been told to leave my home?'],
    reviewedMonthsAgo: 16,
  },
  {
    claim: 'Using a child to interpret at an appointment is fine if the family prefers it',
    verdict: 'MISLEADING',
    summary:
      'Services should always book a professional interpreter; a family preference does not make a child a safe choice.',
    facts:
      '<p>A child may be asked to pass on frightening, private or adult information, and may change what is said to protect their family. Professional interpreters are trained, bound by confidentiality and accountable.</p><p>If an adult insists on a relative, record the offer of an interpreter and the reason it was declined, and still use one for anything to do with safeguarding or consent.</p>',
    evidence: [
      {
        title: 'Guidance for commissioners: interpreting and translation services in primary care',
        publisher: 'NHS England',
        url: 'https://www.england.nhs.uk/publication/guidance-for-commissioners-interpreting-and-translation-services-in-primary-care/',
        publishedOn: '2023-10-10',
      },
    ],
    terms: ['interpreter', 'safeguarding', 'consent'],
    faqs: ['How do I book an interpreter for a patient appointment?', 'Is an interpreter free?'],
    reviewedMonthsAgo: 7,
  },
  {
    claim: 'Council tax discounts are only for people born in the UK',
    verdict: 'FALSE',
    summary:
      'Discounts and Council Tax Reduction depend on who lives in the home and their income, not where they were born.',
    facts:
      '<p>The single person discount applies to anyone who is the only adult in a home. Council Tax Reduction is a local scheme based on income and circumstances. Some people with limited immigration permission cannot get the reduction, but place of birth is never a test.</p>',
    evidence: [
      {
        title: 'Council Tax: discounts and exemptions',
        publisher: 'Ministry of Housing, Communities and Local Government',
        url: 'https://www.gov.uk/council-tax/discounts-for-full-time-students-young-people-and-people-on-apprentice-schemes',
        publishedOn: '2024-03-15',
      },
    ],
    terms: ['council-tax', 'council-tax-reduction'],
    faqs: ['Can I get help paying council tax?'],
    reviewedMonthsAgo: 4,
  },
  {
    claim: 'Food banks are only for people on benefits',
    verdict: 'PARTLY_TRUE',
    summary: 'Many food banks ask for a referral, but working people on low pay are referred too.',
    facts:
      '<p>Most food banks work with a referral from an agency such as the council, a GP, a school or Citizens Advice. A large share of people referred are in work but cannot cover rising costs. Some community pantries need no referral at all.</p>',
    evidence: [
      {
        title: 'Get help with the cost of living',
        publisher: 'Department for Work and Pensions',
        url: 'https://www.gov.uk/cost-of-living',
        publishedOn: '2025-05-08',
      },
    ],
    terms: ['food-bank', 'debt'],
    faqs: [],
    reviewedMonthsAgo: 1,
  },
];

/** The rumour waiting in the editors' queue, reported from a demo forum post. */
export const DEMO_RUMOUR = {
  heard: 'Someone in the thread said new arrivals get free council tax for their first year',
  reporterEmail: 'jo.whitlock@fenmouth-council.example',
};
