/** Addresses of the framework's admin pages. */
const ROOT = '/framework/admin';

export type FrameworkItemKind = 'strands' | 'groups' | 'competencies' | 'resources';

export const adminPaths = {
  root: ROOT,
  newStrand: `${ROOT}/strands/new`,
  editStrand: (id: string) => `${ROOT}/strands/${id}/edit`,
  newGroup: `${ROOT}/groups/new`,
  editGroup: (id: string) => `${ROOT}/groups/${id}/edit`,
  competencies: `${ROOT}/competencies`,
  gaps: `${ROOT}/gaps`,
  newCompetency: `${ROOT}/competencies/new`,
  editCompetency: (id: string) => `${ROOT}/competencies/${id}/edit`,
  resources: `${ROOT}/resources`,
  newResource: `${ROOT}/resources/new`,
  editResource: (id: string) => `${ROOT}/resources/${id}/edit`,
  remove: (kind: FrameworkItemKind, id: string) => `${ROOT}/${kind}/${id}/delete`,
};
