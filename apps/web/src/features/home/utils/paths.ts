/* Where the homes link to: each existing page, by its address. */
export const assessmentPath = (id: string) => `/assessments/${id}`;
export const domainPath = (assessmentId: string, domainKey: string) => `/assessments/${assessmentId}/domains/${domainKey}`;
export const actionPlanPath = (systemId: string) => `/systems/${systemId}/action-plan`;
export const sharingPath = (systemId: string) => `/systems/${systemId}/sharing`;
export const auditTrailPath = '/admin/audit';
export const reviewPath = (assessmentId: string) => `/reviews/${assessmentId}`;
export const cohortPath = (cohortId: string) => `/cohorts/${cohortId}`;
export const cohortOverviewPath = (cohortId: string, cycleId: string | null) =>
  `/cohorts/${cohortId}/overview${cycleId ? `?cycle=${encodeURIComponent(cycleId)}` : ''}`;
export const landscapePath = (cycleId: string) => `/landscape?cycle=${encodeURIComponent(cycleId)}`;
export const signOffPath = (cycleId: string) => `/cycles/${cycleId}/sign-off`;
