export * from './framework';
export * from './recommendations';
export * from './v1';
export * from './validate-framework';
export * from './framework-document';
export * from './sources';
export * from './abbreviations';
export * from './wording-erratum';
