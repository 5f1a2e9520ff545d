// Hostile black-box tests of what readers and editors see (helper
// hostile-13's pass): comments whose Markdown, names, websites, page titles
// and URLs are built to break the page that shows them, the Atom feed and
// the mails built from the same fields.  Each test is a finding, kept so
// that it stays fixed:
//   - thousands of nested quotes or lists ("> > > …", "- - - …": two
//     characters a level, 5 000 levels in one comment) were rendered as
//     thousands of nested <blockquote>/<ul>: each level indents, so the text
//     ended 8 000 to 41 000 pixels to the right, the widget's page and the
//     editors' queue scrolled sideways, and a nested list was 166 000 pixels
//     tall; the HTML was 13 times the text (134 KB for 10 000 characters),
//     sent with every reading of the thread.  Levels past the eighth are
//     now flattened into the eighth, their words kept, in order.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq } from './helpers.mjs';

let srv;

before(async () => {
  srv = await startServer({ name: 'hostile13' });
});
after(async () => { if (srv) await srv.stop(); });

/** Deepest nesting of the given tags in an HTML fragment. */
function depth(html, tags) {
  const re = new RegExp(`<(/?)(${tags.join('|')})\\b[^>]*>`, 'g');
  let d = 0;
  let max = 0;
  for (const m of html.matchAll(re)) {
    d += m[1] ? -1 : 1;
    max = Math.max(max, d);
  }
  assert.equal(d, 0, 'tags balanced');
  return max;
}

test('5 000 nested quotes or lists are kept to 8 levels, every word kept', async () => {
  const uri = `/${uniq('nest')}`;
  const cases = [
    ['> '.repeat(4990) + 'fond du puits', 'fond du puits'],
    ['- '.repeat(4990) + 'liste sans fin', 'liste sans fin'],
    ['1. '.repeat(3300) + 'numéros', 'numéros'],
    ['> - '.repeat(2490) + 'mélange', 'mélange'],
  ];
  for (const [text, words] of cases) {
    const r = await srv.postComment({ uri, text });
    assert.equal(r.status, 201, r.text.slice(0, 300));
    const { html } = r.body.comment;
    assert.ok(depth(html, ['blockquote', 'ul', 'ol']) <= 8, `nesting of ${text.slice(0, 12)}…: ${html.slice(0, 400)}`);
    assert.ok(html.includes(words), html.slice(-300));
    assert.ok(html.length < 2000, `${html.length} bytes of HTML`);
  }
  // what the thread serves is the same
  const list = await srv.list({ uri, limit: 'all' });
  for (const c of list.body.comments) assert.ok(depth(c.html, ['blockquote', 'ul', 'ol']) <= 8);
});

test('past the eighth level, quotes, list items, code and paragraphs stay apart and in order', async () => {
  const lines = [];
  for (let i = 0; i < 12; i += 1) lines.push(`${'> '.repeat(i + 1)}niveau${i + 1}`, '>'.repeat(i + 1));
  const quotes = await srv.postComment({ uri: `/${uniq('nest')}`, text: `${lines.join('\n')}\n\nfin` });
  assert.equal(quotes.status, 201, quotes.text);
  let html = quotes.body.comment.html;
  assert.equal(depth(html, ['blockquote']), 8);
  const order = [...html.matchAll(/niveau(\d+)/g)].map((m) => +m[1]);
  assert.deepEqual(order, Array.from({ length: 12 }, (_, i) => i + 1));
  // levels 8 to 12 are paragraphs of the eighth quote, not one run of words
  for (let i = 8; i <= 12; i += 1) assert.match(html, new RegExp(`<p>niveau${i}</p>`));
  assert.match(html, /<\/blockquote>\n<p>fin<\/p>/);

  // a tight list whose deepest item gets several blocks is loose: its
  // words do not run together ("g", "h" shown as "gh")
  let md = '';
  for (let i = 0; i < 10; i += 1) md += `${'  '.repeat(i)}- item${i}\n`;
  md += `${'  '.repeat(10)}\`\`\`\n${'  '.repeat(10)}du code\n${'  '.repeat(10)}\`\`\`\n`;
  const list = await srv.postComment({ uri: `/${uniq('nest')}`, text: md });
  assert.equal(list.status, 201, list.text);
  html = list.body.comment.html;
  assert.equal(depth(html, ['ul']), 8);
  assert.match(html, /<p>item7<\/p>\n<p>item8<\/p>\n<p>item9<\/p>\n<pre><code>du code\n<\/code><\/pre>/);
  assert.match(html, /<li>item0\n<ul>/, 'the lists above stay tight');
});
