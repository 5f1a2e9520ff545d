// Hostile review of what readers and editors see, in a real browser (helper
// hostile-13's pass): comments whose Markdown, names, websites, page titles
// and URLs are built to break the page that shows them.  Each test is a
// finding, kept so that it stays fixed:
//   - the editors' queue: one comment held thousands of nested lists (stored
//     before the server limited nesting to 8 levels, see
//     tests/api/hostile13.test.mjs) and every card of the queue became
//     41 000 pixels wide, the console scrolling sideways; a reader's website
//     of 2 000 characters took a screen of link text; a page URI holding a
//     right-to-left override (U+202E) reversed what follows it on the line,
//     the site and the date ("/bidi74:51 ,6202 .von 72 · (etistset)").  The
//     queue's column cannot grow past the page, a comment's body scrolls
//     inside its card, the website is one line cut with an ellipsis, the URI
//     is isolated (dir="ltr").
//   - the reader's page with the same comments (nesting limited by the
//     server) stays the width of the page, on a phone too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { launch, startDemo, openPage, gotoWidget, apiPost } from './lib.mjs';
import { BIN } from '../api/helpers.mjs';

const USER = 'redaction';
const PASSWORD = 'correct horse battery staple';
let srv;
let browser;

before(async () => {
  srv = await startDemo('hostile13', { CAUSERIE_MODERATION_REPORT_THRESHOLD: '1' });
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.stop();
});

function cli(args, input) {
  const env = { ...process.env, CAUSERIE_STORE_URL: srv.store.url };
  for (const k of Object.keys(env)) if (k.startsWith('CAUSERIE_') && k !== 'CAUSERIE_STORE_URL') delete env[k];
  return new Promise((resolve) => {
    const p = spawn(BIN, args, { env, stdio: ['pipe', 'ignore', 'ignore'] });
    p.on('error', resolve);
    p.on('exit', resolve);
    p.stdin.end(input);
  });
}

/** Gives a comment's thread a uri the API now refuses (a bidirectional
 * control), as a thread made by an older server may hold (SQLite only). */
function storeUri(id, uri) {
  const file = srv.store.url.replace(/^sqlite:/, '');
  const py = 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("update threads set uri=? where id=(select thread_id from comments where id=?)", (sys.argv[2], int(sys.argv[3]))); c.commit()';
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/python3', ['-c', py, file, uri, String(id)], (err) => (err ? reject(err) : resolve()));
  });
}

/** Replaces a comment's stored HTML, as a comment rendered by an older
 * server holds it (SQLite only: Debian's python3 has the module). */
function storeHtml(id, html) {
  const file = srv.store.url.replace(/^sqlite:/, '');
  const py = 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute("update comments set html=? where id=?", (sys.argv[2], int(sys.argv[3]))); c.commit()';
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/python3', ['-c', py, file, html, String(id)], (err) => (err ? reject(err) : resolve()));
  });
}

async function report(id) {
  const r = await srv.post(`/api/v1/comments/${id}/report`, { reason: 'à vérifier' });
  assert.equal(r.status, 202, r.text);
}

test('the editors\' queue keeps its width and its order of words with hostile comments', async () => {
  const website = `https://${'w'.repeat(1980)}.example/`;
  const long = await apiPost(srv, { author: 'N'.repeat(100), website, title: 'T'.repeat(300), text: 'x'.repeat(9000), uri: `/${'u'.repeat(1999)}` });
  const bidi = await apiPost(srv, { author: 'Lecteur', uri: '/bidi', title: 'titre', text: 'Un avis.' });
  await storeUri(bidi.comment.id, '/bidi\u202e');   // the API refuses it now (422): an older thread
  const deep = await apiPost(srv, { author: 'Listes', text: 'Une liste.' });
  await storeHtml(deep.comment.id, `${'<ul><li>'.repeat(2000)}x${'</li></ul>'.repeat(2000)}`);
  for (const c of [long, bidi, deep]) await report(c.comment.id);
  await cli(['admin', 'add', USER], `${PASSWORD}\n`);

  const e = await openPage(browser, srv, { allowStatus: [401] });
  await e.page.goto(`${srv.base}/admin#queue`);
  await e.page.getByLabel('Identifiant').fill(USER);
  await e.page.getByLabel('Mot de passe').fill(PASSWORD);
  await e.page.getByRole('button', { name: 'Se connecter' }).click();
  await e.page.getByRole('button', { name: 'Signalés' }).click();
  await e.page.locator(`.item[data-id="${deep.comment.id}"]`).waitFor();
  await e.page.locator(`.item[data-id="${long.comment.id}"]`).waitFor();

  const m = await e.page.evaluate(({ longId, bidiId }) => {
    const item = (id) => document.querySelector(`.item[data-id="${id}"]`);
    const where = item(bidiId).querySelector('.where');
    const code = where.querySelector('code');
    const time = where.querySelector('time');
    const link = item(longId).querySelector('.by a');
    return {
      pageWidth: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      widest: Math.max(...[...document.querySelectorAll('.item')].map((i) => i.getBoundingClientRect().width)),
      linkHeight: link.getBoundingClientRect().height,
      linkHref: link.href,
      lineHeight: parseFloat(getComputedStyle(link).lineHeight) || 24,
      codeRight: code.getBoundingClientRect().right,
      timeLeft: time.getBoundingClientRect().left,
    };
  }, { longId: long.comment.id, bidiId: bidi.comment.id });
  assert.ok(m.pageWidth <= m.viewport, `the console scrolls sideways: ${m.pageWidth} px for ${m.viewport}`);
  assert.ok(m.widest <= m.viewport, `a card is ${m.widest} px wide`);
  assert.ok(m.linkHeight <= 2 * m.lineHeight, `the website takes ${m.linkHeight} px`);
  assert.equal(m.linkHref, website, 'the link still goes to the whole address');
  assert.ok(m.timeLeft > m.codeRight, `the date (at ${m.timeLeft}) comes after the URI (ending at ${m.codeRight}), not reversed by its U+202E`);
  assert.deepEqual(e.problems, []);
  await e.ctx.close();
});

test('a reader\'s page with thousands of nested quotes and lists keeps its width, on a phone too', async () => {
  await apiPost(srv, { uri: '/', text: `${'> '.repeat(4990)}fond du puits` });
  await apiPost(srv, { uri: '/', text: `${'- '.repeat(4990)}liste sans fin` });
  for (const width of [1280, 360]) {
    const r = await openPage(browser, srv, { viewport: { width, height: 800 } });
    await gotoWidget(r.page, srv);
    await r.page.locator('.cz-body', { hasText: 'liste sans fin' }).waitFor();
    const m = await r.page.evaluate(() => ({
      pageWidth: document.documentElement.scrollWidth,
      overflow: [...document.querySelectorAll('.cz-body')].map((b) => b.scrollWidth - b.clientWidth),
      tallest: Math.max(...[...document.querySelectorAll('.cz-body')].map((b) => b.getBoundingClientRect().height)),
    }));
    assert.ok(m.pageWidth <= width, `${width} px wide page: ${m.pageWidth} px`);
    assert.ok(Math.max(...m.overflow) <= 1, `a comment overflows by ${Math.max(...m.overflow)} px`);
    assert.ok(m.tallest < 2000, `a comment is ${m.tallest} px tall`);
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  }
});
