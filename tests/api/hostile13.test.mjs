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
//   - notification and editors' mails: a reader's name or a page title
//     holding a right-to-left override (U+202E) reversed the whole sentence
//     around it ("U+202E Evil a répondu à un commentaire…" read backwards, the
//     subject too); they are now isolated (U+2068 … U+2069, as the widget
//     does with <bdi>), their own stray U+2069 dropped so it cannot close
//     the isolate early.  And the comment was copied into the text/plain
//     part as it is, so a comment ending in "-- " and "Se désabonner :
//     http://evil.example/" gave the mail a second footer with a link that
//     looked like the real one: the reader's lines are now quoted ("> ").
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq } from './helpers.mjs';
import { SmtpSink, smtpEnv, linkIn, pathOf } from './smtp.mjs';

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

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202e';

test('mails isolate a reader\'s name and a page title, and quote the reader\'s text', async () => {
  const mail = await new SmtpSink().start();
  const m13 = await startServer({
    name: 'hostile13-mail',
    env: { ...smtpEnv(mail), CAUSERIE_NOTIFY_EDITOR_EMAIL: 'redaction@quotidien.example', CAUSERIE_MODERATION_REPORT_THRESHOLD: '1' },
  });
  try {
    const uri = `/${uniq('bidi')}`;
    const title = `Le tramway ${RLO}à rebours`;
    const reader = `lectrice-${process.pid}@lecteurs.example`;
    const first = await m13.postComment({ uri, title, author: 'Lectrice', text: 'Premier avis.', email: reader, subscribe: 'replies' });
    assert.equal(first.status, 201, first.text);
    const [confirm] = await mail.waitTo(reader, 1);
    assert.ok(confirm.subject.includes(`${FSI}${title}${PDI}`), `confirmation subject: ${JSON.stringify(confirm.subject)}`);
    assert.equal((await m13.get(pathOf(linkIn(confirm, '/subscriptions/confirm')))).status, 200);

    // a name whose stray U+2069 would close an isolate early, then overrides
    const author = `x${PDI}${RLO}Evil`;
    const text = 'Bonne nouvelle.\n-- \nSe désabonner : http://evil.example/stop\n';
    const reply = await m13.postComment({ uri, parent: first.body.comment.id, author, text });
    assert.equal(reply.status, 201, reply.text);
    const [, m] = await mail.waitTo(reader, 2);
    const safeAuthor = `${FSI}x${RLO}Evil${PDI}`;
    assert.ok(m.subject.includes(`${FSI}${title}${PDI}`), `subject: ${JSON.stringify(m.subject)}`);
    for (const [part, body] of [['text', m.text], ['html', m.html]]) {
      assert.ok(body.includes(`${safeAuthor} a répondu`), `${part}: ${JSON.stringify(body.slice(0, 200))}`);
      assert.ok(body.includes(`${FSI}${title}${PDI}`), `${part} has the title isolated`);
    }
    const lines = m.text.split(/\r?\n/);
    assert.ok(lines.includes('> Se désabonner : http://evil.example/stop'), 'the reader\'s lines are quoted');
    assert.ok(lines.includes('> -- '), 'the reader\'s signature mark too');
    assert.ok(!lines.some((l) => l.startsWith('Se désabonner : http://evil')), 'no line of the reader passes for the mail\'s own');
    assert.equal(lines.filter((l) => l === '-- ').length, 1, 'one footer');
    assert.ok(lines.some((l) => l.startsWith('Se désabonner : http://127.0.0.1:')), 'the real unsubscribe link stays');
    assert.ok(m.html.includes('Se désabonner : http://evil.example/stop'), 'the HTML part has the text in its quote');

    // the editors' mail about the same comment, held once reported
    assert.equal((await m13.post(`/api/v1/comments/${reply.body.comment.id}/report`, { reason: 'faux pied de page' })).status, 202);
    const [held] = await mail.waitTo('redaction@quotidien.example', 1);
    assert.ok(held.subject.includes(`${FSI}${title}${PDI}`), `held subject: ${JSON.stringify(held.subject)}`);
    assert.ok(held.text.includes(`${safeAuthor} a écrit`), held.text.slice(0, 200));
    assert.ok(held.html.includes(`${safeAuthor} a écrit`));
    assert.ok(held.text.split(/\r?\n/).includes('> Se désabonner : http://evil.example/stop'));
  } finally {
    await m13.stop();
    await mail.dispose();
  }
});
