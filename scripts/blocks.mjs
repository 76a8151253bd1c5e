// Generated blocks in Markdown files: the text between `<!-- name:start -->` and `<!-- name:end -->`
// is written by the script that owns it (readme.mjs, size.mjs, bench.mjs), never by hand.
import { readFileSync, writeFileSync } from 'node:fs';

const block = /(<!-- ([\w-]+):start -->\n)[\s\S]*?(<!-- \2:end -->)/g;

/** The names of the blocks `text` holds, in order. */
export function blockNames(text) {
  return [...text.matchAll(block)].map((match) => match[2]);
}

/** `text` with each block named in `blocks` replaced; throws when `text` lacks one's markers. */
export function replaceBlocks(text, blocks) {
  const seen = new Set();
  const result = text.replace(block, (whole, start, name, end) => {
    if (!(name in blocks)) return whole;
    seen.add(name);
    return `${start}${blocks[name]}\n${end}`;
  });
  const missing = Object.keys(blocks).filter((name) => !seen.has(name));
  if (missing.length) throw new Error(`missing the markers of: ${missing.join(', ')}`);
  return result;
}

/** Rewrites the blocks of a file (a URL). */
export function writeBlocks(file, blocks) {
  writeFileSync(file, replaceBlocks(readFileSync(file, 'utf8'), blocks));
}
