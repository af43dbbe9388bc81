import { Document, isMap, isScalar, isSeq, LineCounter, Node, parseDocument } from 'yaml';
import { CanvasFramework, Criterion, MATURITY_LEVELS } from './framework';
import { Recommendation, RECOMMENDATIONS } from './recommendations';
import { FrameworkProblem, versionProblems } from './validate-framework';

/**
 * A framework as a document an admin can download, edit and import: YAML or JSON, the same fields as
 * `CanvasFramework` (camelCase, levels keyed 1 to 5). JSON is valid YAML, so one parser reads both and knows where each
 * field is; the format only decides how problems are worded.
 */
export type FrameworkDocumentFormat = 'yaml' | 'json';

export type ParsedFrameworkDocument = { readonly framework: CanvasFramework } | { readonly problems: readonly FrameworkProblem[] };

export interface ParseFrameworkOptions {
  /** The version this one follows: when given, its criteria must all be kept or replaced (`mappingProblems`). */
  readonly previous?: CanvasFramework;
  /** Defaults to seed 003's list (see `frameworkProblems`). */
  readonly recommendations?: readonly Pick<Recommendation, 'id'>[];
}

/**
 * Reads a framework document. Either the framework, or every problem found, by line and field, in line order: first
 * whether the text is YAML (or JSON), then its shape (a missing field, a wrong type, a field the canvas does not have),
 * then, once the shape is right, every rule of `frameworkProblems` and, given the version before, `mappingProblems`
 * (`versionProblems`: each mistake once).
 */
export function parseFrameworkDocument(text: string, format: FrameworkDocumentFormat, options: ParseFrameworkOptions = {}): ParsedFrameworkDocument {
  const words = WORDS[format];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        code: words.syntaxCode,
        field: '',
        line: lineAt(e.pos[0]),
        message: `The file is not valid ${words.name}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}.`,
      })),
    };
  }
  if (format === 'json') {
    try {
      JSON.parse(text);
    } catch (e) {
      const position = /position (\d+)/.exec((e as Error).message);
      return {
        problems: [
          {
            code: words.syntaxCode,
            field: '',
            ...(position ? { line: lineAt(Number(position[1])) } : {}),
            message: `The file is not valid JSON: ${(e as Error).message.replace(/ in JSON at position \d+.*$/, '')}.`,
          },
        ],
      };
    }
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    // Only aliases can fail here (too many, or one that refers to itself): YAML features no canvas needs.
    return { problems: [{ code: words.syntaxCode, field: '', message: `The file is not valid ${words.name}: ${(e as Error).message}.` }] };
  }
  const withLines = (problems: readonly FrameworkProblem[]) => sortByLine(problems.map((p) => ({ ...p, ...lineOf(doc.contents, p.field, lineAt) })));
  const shape: FrameworkProblem[] = [];
  check(FRAMEWORK_SHAPE, value, '', words, shape);
  if (shape.length > 0) return { problems: withLines(shape) };

  const framework = value as CanvasFramework;
  const problems = versionProblems(framework, options.previous, options.recommendations ?? RECOMMENDATIONS);
  return problems.length > 0 ? { problems: withLines(problems) } : { framework };
}

/**
 * The framework as a document, in the order a person reads it: what `parseFrameworkDocument` reads back to the same
 * framework (a property test checks it). An admin downloads the latest version this way as the start of a new one.
 */
export function serializeFrameworkDocument(framework: CanvasFramework, format: FrameworkDocumentFormat): string {
  const ordered = orderedFramework(framework, format);
  if (format === 'json') return `${JSON.stringify(ordered, null, 2)}\n`;
  const doc = new Document(ordered);
  // The comment is one line: a title's line breaks or control characters would end it early and break the file.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the comment
  const title = framework.title.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ');
  doc.commentBefore = ` ${title}, version ${framework.version}${framework.publishedOn ? `, published ${framework.publishedOn}` : ' (draft)'}.`;
  return doc.toString({ lineWidth: 0 });
}

/**
 * The start of the next version: a copy of `latest` numbered one more, not published, with no mappings (those said
 * what `latest` took over from the version before it; the next version's mappings point at `latest`).
 */
export function nextDraftOf(latest: CanvasFramework): CanvasFramework {
  const { publishedOn: _published, ...rest } = latest;
  return {
    ...rest,
    version: latest.version + 1,
    domains: latest.domains.map((d) => ({ ...d, criteria: d.criteria.map(({ replaces: _replaces, ...c }) => c) })),
  };
}

function orderedFramework(f: CanvasFramework, format: FrameworkDocumentFormat): unknown {
  const criterion = (c: Criterion) => ({
    key: c.key,
    statement: c.statement,
    guidance: c.guidance,
    evidencePrompts: [...c.evidencePrompts],
    // Numbers as keys, so YAML writes `1:` and not `"1":` (JSON keys are strings whatever they hold).
    levels: (format === 'yaml' ? (entries: [number, string][]) => new Map(entries) : Object.fromEntries)(
      MATURITY_LEVELS.filter((l) => c.levels[l] !== undefined).map((l): [number, string] => [l, c.levels[l]]),
    ),
    sources: c.sources.map((s) => ({ ...s })),
    ...(c.replaces ? { replaces: c.replaces.map((r) => ({ ...r })) } : {}),
  });
  const plain = {
    key: f.key,
    version: f.version,
    title: f.title,
    ...(f.publishedOn !== undefined ? { publishedOn: f.publishedOn } : {}),
    scale: f.scale.map((s) => ({ level: s.level, label: s.label, meaning: s.meaning })),
    domains: f.domains.map((d) => ({
      key: d.key,
      number: d.number,
      title: d.title,
      summary: d.summary,
      sources: d.sources.map((s) => ({ ...s })),
      recommendations: [...d.recommendations],
      coachingTopics: [...d.coachingTopics],
      criteria: d.criteria.map(criterion),
      quickCheck: d.quickCheck.map((q) => ({ key: q.key, statement: q.statement, sources: q.sources.map((s) => ({ ...s })) })),
    })),
    ...(f.crosswalk
      ? {
          crosswalk: {
            title: f.crosswalk.title,
            publisher: f.crosswalk.publisher,
            year: f.crosswalk.year,
            domains: f.crosswalk.domains.map((d) => ({ key: d.key, title: d.title })),
            criteria: f.crosswalk.criteria.map((l) => ({ criterion: l.criterion, domains: [...l.domains] })),
          },
        }
      : {}),
  };
  return plain;
}

// ---- The shape of a framework document ----

type Shape =
  | { readonly kind: 'text' }
  | { readonly kind: 'integer' }
  | { readonly kind: 'exactly'; readonly value: string }
  | { readonly kind: 'list'; readonly of: Shape }
  | { readonly kind: 'levels' }
  | { readonly kind: 'fields'; readonly fields: Readonly<Record<string, Shape>>; readonly optional?: readonly string[] };

const text: Shape = { kind: 'text' };
const integer: Shape = { kind: 'integer' };
const list = (of: Shape): Shape => ({ kind: 'list', of });
const fields = (f: Record<string, Shape>, optional: string[] = []): Shape => ({ kind: 'fields', fields: f, optional });

const SOURCE = fields({ seed: text, section: text, note: text }, ['note']);
const FRAMEWORK_SHAPE: Shape = fields(
  {
    key: { kind: 'exactly', value: 'idt-canvas' },
    version: integer,
    title: text,
    publishedOn: text,
    scale: list(fields({ level: integer, label: text, meaning: text })),
    domains: list(
      fields({
        key: text,
        number: integer,
        title: text,
        summary: text,
        sources: list(SOURCE),
        recommendations: list(text),
        coachingTopics: list(text),
        criteria: list(
          fields(
            {
              key: text,
              statement: text,
              guidance: text,
              evidencePrompts: list(text),
              levels: { kind: 'levels' },
              sources: list(SOURCE),
              replaces: list(fields({ key: text, note: text }, ['note'])),
            },
            ['replaces'],
          ),
        ),
        quickCheck: list(fields({ key: text, statement: text, sources: list(SOURCE) })),
      }),
    ),
    crosswalk: fields({
      title: text,
      publisher: text,
      year: integer,
      domains: list(fields({ key: text, title: text })),
      criteria: list(fields({ criterion: text, domains: list(text) })),
    }),
  },
  ['publishedOn', 'crosswalk'],
);

interface Words {
  readonly name: string;
  readonly syntaxCode: string;
  readonly text: string;
  readonly integer: string;
  readonly list: string;
  readonly fields: string;
}

const WORDS: Readonly<Record<FrameworkDocumentFormat, Words>> = {
  yaml: { name: 'YAML', syntaxCode: 'INVALID_YAML', text: 'text', integer: 'a whole number', list: 'a list (lines starting with "- ")', fields: 'a set of named fields' },
  json: { name: 'JSON', syntaxCode: 'INVALID_JSON', text: 'a string', integer: 'a whole number', list: 'an array ([ ... ])', fields: 'an object ({ ... })' },
};

const named = (field: string) => (field === '' ? 'The document' : `"${field}"`);

function check(shape: Shape, value: unknown, field: string, words: Words, problems: FrameworkProblem[]): void {
  const wrongType = (expected: string): void => void problems.push({ code: 'WRONG_TYPE', field, message: `${named(field)} should be ${expected}.` });
  switch (shape.kind) {
    case 'text':
      if (typeof value !== 'string') wrongType(words.text);
      return;
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) wrongType(words.integer);
      return;
    case 'exactly':
      if (value !== shape.value) problems.push({ code: 'WRONG_VALUE', field, message: `${named(field)} should be "${shape.value}".` });
      return;
    case 'list':
      if (!Array.isArray(value)) return wrongType(words.list);
      value.forEach((item, i) => check(shape.of, item, `${field}[${i}]`, words, problems));
      return;
    case 'levels': {
      if (!isPlainObject(value)) return wrongType(`${words.fields}, one for each level 1 to 5`);
      for (const [key, descriptor] of Object.entries(value)) {
        const at = `${field}.${key}`;
        if (!MATURITY_LEVELS.some((l) => String(l) === key)) {
          problems.push({ code: 'UNKNOWN_FIELD', field: at, message: `${named(field)} has a level ${key}: the levels are 1 to 5.` });
        } else check(text, descriptor, at, words, problems);
      }
      return;
    }
    case 'fields': {
      if (!isPlainObject(value)) return wrongType(words.fields);
      const at = (name: string) => (field === '' ? name : `${field}.${name}`);
      for (const [name, inner] of Object.entries(shape.fields)) {
        if (value[name] === undefined) {
          if (!shape.optional?.includes(name)) {
            problems.push({ code: 'MISSING_FIELD', field: at(name), message: `${named(field)} has no "${name}".` });
          }
          continue;
        }
        check(inner, value[name], at(name), words, problems);
      }
      for (const name of Object.keys(value)) {
        if (!(name in shape.fields)) {
          const known = Object.keys(shape.fields).join(', ');
          problems.push({ code: 'UNKNOWN_FIELD', field: at(name), message: `${named(field)} has a field "${name}" the canvas does not have (it has ${known}).` });
        }
      }
      return;
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The line of a field path in the document, or of the nearest enclosing field that is there (for a missing field). */
function lineOf(root: unknown, field: string, lineAt: (offset: number) => number): { line?: number } {
  const segments = [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
  let node = root as Node | null | undefined;
  let offset = (node as Node | null | undefined)?.range?.[0];
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      node = pair.value as Node | null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset === undefined ? {} : { line: lineAt(offset) };
}

function sortByLine(problems: FrameworkProblem[]): FrameworkProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? Infinity) - (b.p.line ?? Infinity) || a.i - b.i)
    .map(({ p }) => p);
}
