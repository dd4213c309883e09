/** Addresses of the framework's pages. */
export const FRAMEWORK_PATH = '/framework';
export const PLAN_PATH = '/framework/plan';
export const TEAM_PATH = '/framework/team';
export const FRAMEWORK_ADMIN_PATH = '/framework/admin';

export const needsHref = (strandId: string, groupId: string): string =>
  `/framework/needs?strand=${encodeURIComponent(strandId)}&group=${encodeURIComponent(groupId)}`;
export const markDoneHref = (resourceId: string): string => `/framework/plan/resources/${resourceId}/done`;
export const teamMemberPlanHref = (personId: string): string => `/framework/team/${personId}`;
export const planPdfHref = (personId?: string | null): string =>
  personId ? `/api/framework/plan.pdf?person=${encodeURIComponent(personId)}` : '/api/framework/plan.pdf';
