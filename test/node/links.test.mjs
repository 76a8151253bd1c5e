// Every link in README.md and the pages under docs/ resolves: a relative link (or image) names a
// file or folder that exists, and its `#anchor` a heading of the page it points at, by GitHub's
// rule for heading ids. External links are not fetched (the tests run offline), only parsed.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { test } from 'node:test';
import { markdownFiles } from '../../scripts/readme.mjs';

const root = new URL('../../', import.meta.url);
const read = (url) => readFileSync(url, 'utf8');

/** The text outside fenced code blocks and inline code, line by line. */
function prose(text) {
  let fence = null;
  return text.split('\n').map((line) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return '';
    }
    if (marker) {
      fence = marker;
      return '';
    }
    return line.replace(/(`+)[\s\S]*?\1/g, '');
  });
}

/** GitHub's id for a heading: lower case, punctuation dropped (but `-` and `_`), spaces to `-`. */
export function slug(heading) {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

/** The ids of a Markdown file's headings, with GitHub's `-1`, `-2` … for repeats. */
function anchors(text) {
  const ids = new Set();
  const counts = new Map();
  let fence = null;
  for (const line of text.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const base = slug(heading);
    const count = counts.get(base) ?? 0;
    counts.set(base, count + 1);
    ids.add(count ? `${base}-${count}` : base);
  }
  return ids;
}

/** Every `[text](target)` and `![alt](target)` outside code: its target and line number. */
function links(text) {
  return prose(text).flatMap((line, index) =>
    [...line.matchAll(/\[(?:[^\]]|\][^(])*?\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => ({ target: match[1], line: index + 1 })),
  );
}

test('the GitHub slug of a heading', () => {
  assert.equal(slug('React 18: `pluggy-connect-element/react`'), 'react-18-pluggy-connect-elementreact');
  assert.equal(slug('Without a bundler: the CDN build'), 'without-a-bundler-the-cdn-build');
  assert.equal(slug('Next.js'), 'nextjs');
  assert.equal(slug('Scenarios: no clicking'), 'scenarios-no-clicking');
});

for (const path of markdownFiles()) {
  test(`every link in ${path} resolves`, () => {
    const file = new URL(path, root);
    const text = read(file);
    const problems = [];
    for (const { target, line } of links(text)) {
      const where = `${path}:${line}: ${target}`;
      if (/^[a-z][a-z+.-]*:/i.test(target)) {
        let url;
        try {
          url = new URL(target);
        } catch {
          problems.push(`${where} is not a URL`);
          continue;
        }
        if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) problems.push(`${where}: unexpected scheme`);
        else if (url.protocol !== 'mailto:' && !url.hostname.includes('.')) problems.push(`${where}: no host`);
        continue;
      }
      const [rawPath, anchor] = target.split('#', 2);
      const linked = rawPath ? new URL(decodeURI(rawPath), file) : file;
      if (!linked.href.startsWith(root.href)) {
        problems.push(`${where} points outside the repository`);
        continue;
      }
      if (!existsSync(linked)) {
        problems.push(`${where}: no such file`);
        continue;
      }
      if (anchor === undefined) continue;
      if (statSync(linked).isDirectory() || !linked.pathname.endsWith('.md')) {
        problems.push(`${where}: an anchor into a file that is not Markdown`);
      } else if (!anchors(read(linked)).has(decodeURIComponent(anchor))) {
        problems.push(`${where}: no heading with that id`);
      }
    }
    assert.deepEqual(problems, []);
  });
}
