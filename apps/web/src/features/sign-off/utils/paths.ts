/** The sign-off pages of a cycle. */
export const figuresPath = (cycleId: string) => `/cycles/${cycleId}/figures`;
export const signOffPath = (cycleId: string) => `/cycles/${cycleId}/sign-off`;
export const publishPath = (cycleId: string) => `/cycles/${cycleId}/publish`;

/** The ids of the sign-off form's inputs, by the API's field names. "answer" is the first radio. */
export const SIGN_OFF_FIELDS = { answer: 'answer', comment: 'sign-off-comment' } as const;
export const PUBLISH_FIELDS = { confirmed: 'publish-confirmed', outstandingSystemIds: 'publish-confirmed' } as const;
export const REVISION_FIELDS = { systemId: 'revision-system', reason: 'revision-reason' } as const;

/** A 0–100 score as shown: a whole number, or a dash when there is none. */
export const scoreText = (score: number | null | undefined) => (score === null || score === undefined ? 'No score' : `${Math.round(score)} out of 100`);
