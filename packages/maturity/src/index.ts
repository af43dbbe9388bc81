export * from './scores';
export * from './natural-breaks';
export * from './placement';
export * from './chasm';
export * from './peers';
export * from './progress';
export * from './calibration';
export * from './peer-matches';
