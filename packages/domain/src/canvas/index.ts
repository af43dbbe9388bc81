export * from './framework';
export * from './recommendations';
export * from './v1';
export * from './validate-framework';
