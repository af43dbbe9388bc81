export * from './reference-data/reference-data';
export * from './reference-data/parse-reference-csv';
export * from './reference-data/group-by-region';
export * from './access/access-policy';
export * from './identity/account-input';
export * from './demo/demo-accounts';
