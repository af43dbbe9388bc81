import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Files at the edges of the repository that no other test reads: the licence, and what tells search engines to
 * stay away (the service is for the NHS's own staff, not for search results).
 */
const root = resolve(__dirname, '../../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

describe('the licence', () => {
  it('LICENSE is the licence package.json names (MIT), with its copyright line', () => {
    const { license } = JSON.parse(read('package.json')) as { license: string };
    expect(license).toBe('MIT');
    expect(existsSync(join(root, 'LICENSE'))).toBe(true);
    const text = read('LICENSE');
    expect(text.split('\n')[0]).toBe('MIT License');
    expect(text).toContain('Copyright (c) 2026 IDT Canvas contributors');
    // The MIT licence's grant and its warranty disclaimer, word for word.
    expect(text.replace(/\s+/g, ' ')).toContain(
      'Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction',
    );
    expect(text.replace(/\s+/g, ' ')).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });
});

describe('keeping search engines out', () => {
  it('the web app ships a robots.txt that disallows everything', () => {
    // Vite copies apps/web/public into the build as it is; the API and nginx serve it from there.
    expect(read('apps/web/public/robots.txt')).toBe('User-agent: *\nDisallow: /\n');
  });

  it('nginx serves it as plain text, and a missing file as 404 rather than the app', () => {
    const block = /location = \/robots\.txt \{([^}]*)\}/.exec(read('infra/docker/nginx.conf'))?.[1] ?? '';
    expect(block).toMatch(/^\s*default_type text\/plain;/m);
    expect(block).toMatch(/^\s*try_files \$uri =404;/m);
  });

  it('every page says noindex too', () => {
    expect(read('apps/web/index.html')).toContain('<meta name="robots" content="noindex" />');
  });
});
