import {
  defaultFieldResolver,
  getNamedType,
  GraphQLArgument,
  GraphQLFieldResolver,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { requireStorableText } from '../common/storable-text';

/** Marks a resolver already wrapped, so that guarding the same schema twice checks once. */
const GUARDED = Symbol('argumentsGuarded');

/**
 * THE ONE PLACE where every argument of every operation is checked for what PostgreSQL cannot store
 * (`common/storable-text.ts`), before any guard, service or query runs (ADR 0035). Each field of the schema that takes
 * an argument able to carry text (a String, an ID or an input object holding one, at any depth) has its resolver
 * wrapped: the arguments graphql-js has coerced are walked against their declared types, and the first bad text is
 * refused with BAD_USER_INPUT naming its input path (`input.responses[2].evidence`). Both Apollo and the direct path
 * execute this schema, so both are covered; fields added tomorrow are covered without a line of their own.
 *
 * What a value means (a real date, a level from 0 to 5, a name of 120 characters or fewer) stays with the domain and
 * the services, in their own words: this guard refuses only what no column of any type could hold.
 */
export function guardArguments(schema: GraphQLSchema): GraphQLSchema {
  const carriesText = textCarriers();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const args = field.args.filter((arg) => carriesText(arg.type));
      if (args.length === 0) continue;
      const resolve: GraphQLFieldResolver<unknown, unknown> & { [GUARDED]?: true } = field.resolve ?? defaultFieldResolver;
      if (resolve[GUARDED]) continue;
      const guarded: GraphQLFieldResolver<unknown, unknown> & { [GUARDED]?: true } = (source, values, context, info) => {
        checkArguments(args, values);
        return resolve(source, values, context, info);
      };
      guarded[GUARDED] = true;
      field.resolve = guarded;
    }
  }
  return schema;
}

/** Throws BAD_USER_INPUT for the first text among `values` (as graphql-js coerced them) that cannot be stored. */
export function checkArguments(args: readonly GraphQLArgument[], values: Readonly<Record<string, unknown>>): void {
  for (const arg of args) checkValue(arg.type, values[arg.name], arg.name);
}

function checkValue(type: GraphQLInputType, value: unknown, path: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(type.ofType, value, path);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(type.ofType, value, path);
    value.forEach((item, index) => checkValue(type.ofType, item, `${path}[${index}]`));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) checkValue(field.type, fields[field.name], `${path}.${field.name}`);
    return;
  }
  if (typeof value === 'string') requireStorableText(value, path);
}

/** Whether a value of an input type can hold text anywhere inside it (enums and numbers cannot). */
function textCarriers(): (type: GraphQLInputType) => boolean {
  const known = new Map<string, boolean>();
  const carries = (type: GraphQLInputType): boolean => {
    const named = getNamedType(type);
    if (isScalarType(named)) return !['Int', 'Float', 'Boolean'].includes(named.name);
    if (!isInputObjectType(named)) return false;
    const seen = known.get(named.name);
    if (seen !== undefined) return seen;
    known.set(named.name, false); // a type that holds itself: decided by its other fields
    const result = Object.values(named.getFields()).some((field) => carries(field.type));
    known.set(named.name, result);
    return result;
  };
  return carries;
}
