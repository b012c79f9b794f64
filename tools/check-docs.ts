// `npm run check:docs`: README.md and every docs/**/*.md may point only at what is there. It prints one line
// per problem, `file:line: …`, and exits 1 when there is any.
//
// The rules, kept simple on purpose:
//  1. Fenced code blocks (``` or ~~~, at any indent) are skipped: commands and their output are not checked.
//  2. A relative link, `[text](target)`, `![alt](target)` or an HTML `src="…"` / `href="…"`, must name a file or
//     folder that exists, relative to the Markdown file's folder (or to the repository root when it starts with
//     `/`). Links with a scheme (`https:`, `mailto:`) are not checked.
//  3. A link's `#anchor` must be the GitHub slug of an ATX heading (`## Title`) of its target, when the target is
//     a Markdown file, or of the same file for a bare `#anchor`. The slug: the heading's text without its
//     Markdown (links keep their text, code its content), lower-cased, every character but letters, digits,
//     spaces, `-` and `_` dropped, spaces made `-`; a repeated slug gets `-1`, `-2`… Headings with `_emphasis_`
//     inside get it stripped; other emphasis (`*`) is dropped as punctuation anyway.
//  4. A code span or a link's text that looks like a repository path must exist, relative to the repository
//     root or to the Markdown file's folder. It looks like one when it has no spaces and either starts with a
//     top folder (apps/ libs/ workflows/ activities/ test/ scripts/ tools/ bench/ docs/ policy/ .ci/) or has a
//     `/` and ends in a known extension (.ts .tsx .js .json .md .yml .sh .css and the like). Skipped: spans
//     with `<`, `*` or `{` (placeholders and globs), URLs, absolute paths (`/usr/bin/…`, `/docs/openapi.json`:
//     URL paths and system files), and build output or local state (dist/ node_modules/ .data/ .tools/).
//     A `:line` or `#anchor` after a path is ignored.
// Links and code spans are found in the whole text, so one broken across lines is checked too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const TOP_FOLDERS = 'apps/ libs/ workflows/ activities/ test/ scripts/ tools/ bench/ docs/ policy/ .ci/'.split(' ');
const EXTENSIONS = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|json|md|yml|yaml|sh|css|html|png|svg|txt|sql)$/;
const NOT_IN_REPOSITORY = ['dist/', 'node_modules/', '.data/', '.tools/'];

/** The Markdown files the check covers: README.md and docs/**\/*.md, as paths relative to `root` with `/`. */
function markdownFiles(root: string): string[] {
  const files = existsSync(join(root, 'README.md')) ? ['README.md'] : [];
  const docs = join(root, 'docs');
  if (existsSync(docs)) {
    const pages = readdirSync(docs, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => posix.join('docs', name.split(sep).join('/')))
      .sort();
    files.push(...pages);
  }
  return files;
}

/** Every problem of the Markdown files under `root`, as `file:line: message`, file by file and line by line. */
export function problemsIn(root: string): string[] {
  const anchorsOf = new Map<string, Set<string>>();
  const anchors = (file: string): Set<string> => {
    let known = anchorsOf.get(file);
    if (!known) {
      known = headingSlugs(withoutFences(readFileSync(file, 'utf8')));
      anchorsOf.set(file, known);
    }
    return known;
  };
  const problems: string[] = [];
  for (const file of markdownFiles(root)) {
    const path = join(root, file);
    const text = withoutFences(readFileSync(path, 'utf8'));
    const found: { offset: number; message: string }[] = [];
    const report = (offset: number, message: string) => found.push({ offset, message });
    const here = dirname(path);

    const { spans, rest } = codeSpans(text);
    for (const span of spans) {
      const named = repositoryPath(span.text);
      if (named && !existsFromEither(root, here, named)) report(span.offset, `names ${named}, which does not exist`);
    }

    for (const link of links(rest)) {
      const named = repositoryPath(link.text.trim());
      if (named && !existsFromEither(root, here, named)) report(link.offset, `names ${named}, which does not exist`);
      const problem = linkProblem(root, path, link.target, anchors);
      if (problem) report(link.offset, problem);
    }
    found.sort((a, b) => a.offset - b.offset);
    problems.push(...found.map(({ offset, message }) => `${file}:${lineAt(text, offset)}: ${message}`));
  }
  return problems;
}

function linkProblem(root: string, from: string, target: string, anchors: (file: string) => Set<string>): string | undefined {
  if (target === '' || /^[a-z][a-z\d+.-]*:/i.test(target)) return undefined;
  const hashAt = target.indexOf('#');
  const pathPart = decode((hashAt >= 0 ? target.slice(0, hashAt) : target).split('?')[0]);
  const anchor = hashAt >= 0 ? decode(target.slice(hashAt + 1)) : undefined;
  const file = pathPart === '' ? from : pathPart.startsWith('/') ? join(root, pathPart) : resolve(dirname(from), pathPart);
  const shown = relative(root, file).split(sep).join('/') || '.';
  if (!existsSync(file)) return `link to ${target}: ${shown} does not exist`;
  if (anchor === undefined || anchor === '' || !file.endsWith('.md') || !statSync(file).isFile()) return undefined;
  if (!anchors(file).has(anchor)) return `link to ${target}: #${anchor} names no heading of ${shown}`;
  return undefined;
}

/** The path a code span or link text names, when it looks like a repository path (rule 4); else undefined. */
function repositoryPath(text: string): string | undefined {
  if (text === '' || /\s/.test(text) || /[<*{]/.test(text) || text.includes('://') || text.startsWith('/')) return undefined;
  const path = text
    .replace(/^\.\//, '')
    .replace(/#.*$/, '')
    .replace(/:\d+(:\d+)?$/, '');
  if (NOT_IN_REPOSITORY.some((folder) => path.startsWith(folder))) return undefined;
  const looksLikeOne = TOP_FOLDERS.some((folder) => path.startsWith(folder)) || (path.includes('/') && EXTENSIONS.test(path));
  return looksLikeOne ? path : undefined;
}

function existsFromEither(root: string, here: string, path: string): boolean {
  return existsSync(join(root, path)) || existsSync(join(here, path));
}

/** The text with the lines of fenced code blocks blanked, so offsets and line numbers stay as they were. */
function withoutFences(text: string): string {
  const lines = text.split('\n');
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i += 1) {
    const opening = /^\s*(`{3,}|~{3,})/.exec(lines[i]);
    if (fence === undefined) {
      if (opening) {
        fence = opening[1];
        lines[i] = '';
      }
    } else {
      const closes = opening && opening[1][0] === fence[0] && opening[1].length >= fence.length && lines[i].trim() === opening[1];
      if (closes) fence = undefined;
      lines[i] = '';
    }
  }
  return lines.join('\n');
}

/** Inline code spans (within one paragraph), and the text with them blanked for the link search. */
function codeSpans(text: string): { spans: { text: string; offset: number }[]; rest: string } {
  const spans: { text: string; offset: number }[] = [];
  const pattern = /(`+)((?:(?!\n[ \t]*\n)[\s\S])*?[^`])\1(?!`)/g;
  const rest = text.replace(pattern, (whole: string, _ticks: string, content: string, offset: number) => {
    spans.push({ text: content.replace(/\s+/g, ' ').trim(), offset });
    return whole.replace(/[^\n]/g, ' ');
  });
  return { spans, rest };
}

/** Markdown links and images (inline and reference definitions) and HTML src/href attributes. */
function links(text: string): { text: string; target: string; offset: number }[] {
  const found: { text: string; target: string; offset: number }[] = [];
  const inline = /\[([^[\]]*)\]\(\s*(?:<([^>]*)>|([^\s)]*))(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
  for (const match of text.matchAll(inline)) found.push({ text: match[1], target: match[2] ?? match[3], offset: match.index });
  const definitions = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/gm;
  for (const match of text.matchAll(definitions)) found.push({ text: '', target: match[1], offset: match.index });
  const html = /\b(?:src|href)="([^"]*)"/g;
  for (const match of text.matchAll(html)) found.push({ text: '', target: match[1], offset: match.index });
  return found.sort((a, b) => a.offset - b.offset);
}

/** The anchors GitHub gives the ATX headings of a text (fences already blanked). */
export function headingSlugs(text: string): Set<string> {
  // As github-slugger counts: the n-th repeat of a slug gets `-n`, skipping any slug already taken.
  const occurrences = new Map<string, number>();
  for (const line of text.split('\n')) {
    const heading = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (!heading) continue;
    const base = slugOf(heading[1]);
    let slug = base;
    while (occurrences.has(slug)) {
      const n = occurrences.get(base)! + 1;
      occurrences.set(base, n);
      slug = `${base}-${n}`;
    }
    occurrences.set(slug, 0);
  }
  return new Set(occurrences.keys());
}

/** GitHub's slug of a heading's Markdown text (rule 3). */
export function slugOf(heading: string): string {
  return heading
    .replace(/!?\[([^[\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/(^|[^\p{L}\p{N}])_([^_]+)_(?=[^\p{L}\p{N}]|$)/gu, '$1$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.cwd();
  const problems = problemsIn(root);
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) process.exit(1);
  console.log(`check-docs: ${markdownFiles(root).length} Markdown files, every link and named file found`);
}
