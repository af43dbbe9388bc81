/**
 * A GraphQL enum object (`{ A: 'A', B: 'B' }`) from one of the domain's lists of words, so the database, the schema
 * and the screens use the same words. Register it with `registerEnumType`.
 */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
