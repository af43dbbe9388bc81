/** Where a canvas version's pages are. */
export const versionPath = (id: string) => `/admin/canvas/${id}`;
export const publishPath = (id: string) => `/admin/canvas/${id}/publish`;
export const previewPath = (id: string) => `/admin/canvas/${id}/preview`;
