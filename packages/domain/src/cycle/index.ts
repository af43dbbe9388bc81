export * from './problems';
export * from './dates';
export * from './cycle';
export * from './sign-off';
export * from './progress';
export * from './notices';
