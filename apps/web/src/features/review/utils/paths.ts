/** The addresses of the review pages. */
export const reviewsPath = '/reviews';
export const reviewPath = (assessmentId: string) => `/reviews/${assessmentId}`;
/** One domain of a review: its criteria, with the moderation forms and comment threads. */
export const reviewDomainPath = (assessmentId: string, domainKey: string) =>
  `/reviews/${assessmentId}?domain=${encodeURIComponent(domainKey)}`;
