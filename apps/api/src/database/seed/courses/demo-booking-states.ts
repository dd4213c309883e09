import { MENTAL_CAPACITY, ROUTINE_ENQUIRY, SELF_NEGLECT } from './demo-courses';

/**
 * Who did what, and when, on the three demo sessions that show the booking life cycle's later
 * states (loaded by load-booking-states.ts). Times are hours before a moment of the story:
 * shortlisting (six weeks before the session) or the loading of the demo.
 */
export interface DemoApplicant {
  email: string;
  /** Where they work, as they told us when applying. */
  locality: string;
  /** Hours before shortlisting that they applied. */
  appliedBefore: number;
}

/**
 * Line managers of demo people whose profile names none (an application needs one). People
 * whose profile has a manager (the council's advisers report to Jo Whitlock) use that.
 */
export const DEMO_LINE_MANAGERS: Record<string, { name: string; email: string }> = {
  'jo.whitlock@fenmouth-council.example': {
    name: 'Richard Fenwick',
    email: 'richard.fenwick@fenmouth-council.example',
  },
  'daniel.mensah@fenmouth-nhs.example': { name: 'Claire Dunmore', email: 'claire.dunmore@fenmouth-nhs.example' },
  'ruth.ellingham@fenmouth-nhs.example': { name: 'Imran Qureshi', email: 'imran.qureshi@fenmouth-nhs.example' },
  'gareth.pryce@westfen-police.example': { name: 'Bethan Rees', email: 'bethan.rees@westfen-police.example' },
  'helen.baptiste@saltings-academy.example': { name: 'Mark Ashdown', email: 'mark.ashdown@saltings-academy.example' },
  'andrei.popescu@harbourlights.example': { name: 'Elena Marin', email: 'elena.marin@harbourlights.example' },
  'lina.p@fenland-advice.example': { name: 'Hannah Ridley', email: 'hannah.ridley@fenland-advice.example' },
  'marcus.bell@brightwater-care.example': { name: 'Gillian Shaw', email: 'gillian.shaw@brightwater-care.example' },
};

/**
 * Manager approval: three applicants approved before shortlisting got places; after it, one
 * more was approved into a free place, and one still waits for their manager's decision.
 */
export const APPROVAL_STORY = {
  course: ROUTINE_ENQUIRY.title,
  /** Applied, then approved by their manager (hours later) before shortlisting. */
  beforeShortlisting: [
    { email: 'helen.baptiste@saltings-academy.example', locality: 'Saltmarsh', appliedBefore: 290, approvedAfter: 20 },
    { email: 'gareth.pryce@westfen-police.example', locality: 'Westfen', appliedBefore: 240, approvedAfter: 30 },
    { email: 'ruth.ellingham@fenmouth-nhs.example', locality: 'Saltmarsh', appliedBefore: 150, approvedAfter: 44 },
  ],
  /** Applied after shortlisting; the manager approved while places were free. Hours before loading. */
  approved: { email: 'lina.p@fenland-advice.example', locality: 'Westfen', applied: 96, approved: 50 },
  /** Applied yesterday; the manager has not answered the emailed link. Hours before loading. */
  awaiting: { email: 'kasia.nowak@fenmouth-council.example', locality: 'Westfen', applied: 20 },
};

/**
 * A waiting-list offer: eight applied for six places; the council's team leader got its place
 * and two of her team wait. A delegate gave up their place in good time, and it is now offered
 * to the first on the list, the demo learner, who has until the offer's deadline to answer.
 */
export const OFFER_STORY = {
  course: SELF_NEGLECT.title,
  applicants: [
    { email: 'jo.whitlock@fenmouth-council.example', locality: 'Fenmouth', appliedBefore: 480 },
    { email: 'daniel.mensah@fenmouth-nhs.example', locality: 'Saltmarsh', appliedBefore: 430 },
    { email: 'gareth.pryce@westfen-police.example', locality: 'Westfen', appliedBefore: 390 },
    { email: 'helen.baptiste@saltings-academy.example', locality: 'Saltmarsh', appliedBefore: 360 },
    { email: 'andrei.popescu@harbourlights.example', locality: 'Saltmarsh', appliedBefore: 300 },
    { email: 'marcus.bell@brightwater-care.example', locality: 'Fenmouth', appliedBefore: 220 },
    { email: 'learner@fenmouth-council.example', locality: 'Fenmouth', appliedBefore: 190 },
    { email: 'kasia.nowak@fenmouth-council.example', locality: 'Westfen', appliedBefore: 120 },
  ] satisfies DemoApplicant[],
  /** Gave up their place (hours before loading), before the free cancellation deadline. */
  cancelled: { email: 'marcus.bell@brightwater-care.example', hoursAgo: 2 },
};

/**
 * A substitute: after the free cancellation deadline a community midwife, called to cover a
 * clinic, passed his place to a colleague in the same trust, who keeps the same charge.
 */
export const SUBSTITUTE_STORY = {
  course: MENTAL_CAPACITY.title,
  applicants: [
    { email: 'daniel.mensah@fenmouth-nhs.example', locality: 'Saltmarsh', appliedBefore: 400 },
    { email: 'helen.baptiste@saltings-academy.example', locality: 'Saltmarsh', appliedBefore: 330 },
    { email: 'andrei.popescu@harbourlights.example', locality: 'Saltmarsh', appliedBefore: 310 },
    { email: 'lina.p@fenland-advice.example', locality: 'Westfen', appliedBefore: 250 },
    { email: 'marcus.bell@brightwater-care.example', locality: 'Fenmouth', appliedBefore: 200 },
    { email: 'gareth.pryce@westfen-police.example', locality: 'Westfen', appliedBefore: 90 },
  ] satisfies DemoApplicant[],
  /** Hours before loading (or just after the deadline, if that was later). */
  passed: { from: 'daniel.mensah@fenmouth-nhs.example', to: 'ruth.ellingham@fenmouth-nhs.example', hoursAgo: 3 },
};
