import { ASTVisitor, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode, ValidationContext } from 'graphql';

/**
 * What a query's top fields cost to work out, in the units of `MAX_QUERY_WORK`: each of these runs aggregates over
 * many rows (every ICS's answers, the audit trail, a whole canvas), where any other field is a lookup by key. Aliases
 * and fragments count each time they ask again: ten aliased `landscape` fields are ten landscapes' work.
 */
export const EXPENSIVE_FIELDS: Readonly<Record<string, number>> = {
  // every ICS of a cycle, placed and scored
  landscape: 100,
  newestLandscape: 100,
  crosswalkLandscape: 100,
  movement: 100,
  systemProfile: 100,
  publishPreview: 100,
  cycleProgress: 100,
  // a whole canvas as a document; the audit trail as a file
  frameworkDocument: 100,
  auditEventsCsv: 100,
  // a page of the audit trail, a cohort's or an ICS's figures, the home page's summaries
  auditEvents: 30,
  cohortOverview: 30,
  learningProgramme: 30,
  signOffSummary: 30,
  correctableFigures: 30,
  myProvisionalFigures: 30,
  reviewQueue: 30,
  home: 30,
};

/** The most work one request may ask for: any page's query (the heaviest asks for two landscapes' worth), not ten. */
export const MAX_QUERY_WORK = 300;

/**
 * A validation rule that refuses an operation whose top fields (through aliases, fragments and inline fragments)
 * add up to more than `MAX_QUERY_WORK`. It runs with graphql-armor's limits, on Apollo and on the direct path.
 */
export function expensiveFieldsRule(weights: Readonly<Record<string, number>> = EXPENSIVE_FIELDS, max = MAX_QUERY_WORK) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const workOf = (selectionSet: SelectionSetNode, seen: ReadonlySet<string>): number => {
      let work = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) work += weights[selection.name.value] ?? 0;
        else if (selection.kind === Kind.INLINE_FRAGMENT) work += workOf(selection.selectionSet, seen);
        else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // A fragment that spreads itself is refused by graphql-js's own rule; here it is simply not counted again.
          if (fragment && !seen.has(name)) work += workOf(fragment.selectionSet, new Set([...seen, name]));
        }
      }
      return work;
    };
    return {
      OperationDefinition(operation) {
        if (operation.operation !== 'query') return;
        const work = workOf(operation.selectionSet, new Set());
        if (work > max) {
          context.reportError(
            new GraphQLError(
              `This query asks for too much work at once (${work} units; at most ${max}). Ask for fewer landscapes, profiles or audit pages in one request.`,
              { nodes: [operation], extensions: { code: 'QUERY_TOO_EXPENSIVE' } },
            ),
          );
        }
      },
    };
  };
}
