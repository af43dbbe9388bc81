/**
 * Where to send someone after signing in: only a path on this site ("/cohorts?x=1"), never another site
 * ("//evil.example", "https://…", "/\\evil.example"). Anything else becomes "/".
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.includes('\\') || [...value].some((c) => c.charCodeAt(0) < 0x20)) return '/';
  return value;
}
