/** Where a canvas version's pages are. */
export const versionPath = (id: string) => `/admin/canvas/${id}`;
export const publishPath = (id: string) => `/admin/canvas/${id}/publish`;
export const previewPath = (id: string) => `/admin/canvas/${id}/preview`;
/** The version as the online form an ICS lead fills in: its task list, and one domain's page. */
export const previewFormPath = (id: string) => `/admin/canvas/${id}/preview/form`;
export const previewFormDomainPath = (id: string, domainKey: string) => `/admin/canvas/${id}/preview/form/${encodeURIComponent(domainKey)}`;
