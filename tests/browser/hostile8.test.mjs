// Hostile review of the reader's side in a real browser (helper hostile-8's
// pass): the widget on a publisher's page of another origin, page titles
// the server refuses, answers that are not what the API promises, and the
// editors' console saving the policy over someone else's save.  Each test
// is a finding, kept so that it stays fixed:
//   - on a page of another origin of the same site (www.journal.example
//     embedding comments.journal.example, here two ports of 127.0.0.1) the
//     widget's calls carried no cookie, so the server's voter cookie was
//     never kept: every reader behind one address was one voter, and a
//     second reader's like replaced the first's (fetch now sends
//     credentials; the server already allowed them to listed origins);
//   - the console saved the policy without If-Match, so an editor saving
//     from an old reading overwrote a colleague's save in silence; it now
//     sends the ETag it read and, on 412, says so and keeps the form;
//   - the demo page and the console had no Content-Security-Policy and could
//     be framed by any page: they run under 'self' only, frame-ancestors
//     'none' (tests/api/hostile8.test.mjs checks the headers).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { launch, startDemo, openPage, gotoWidget, apiPost } from './lib.mjs';
import { BIN } from '../api/helpers.mjs';

const USER = 'redaction';
const PASSWORD = 'correct horse battery staple';
const pages = new Map();   /* path → html of the publisher's page */
let publisher;
let PUBLISHER;
let srv;
let browser;

before(async () => {
  publisher = http.createServer((req, res) => {
    const html = pages.get(req.url);
    res.writeHead(html ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html || 'not found');
  });
  await new Promise((resolve) => publisher.listen(0, '127.0.0.1', resolve));
  // another port of the same host: another origin, the same site
  PUBLISHER = `http://127.0.0.1:${publisher.address().port}`;
  srv = await startDemo('hostile8', { CAUSERIE_SITE_ORIGINS: PUBLISHER });
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.stop();
  if (publisher) publisher.close();
});

function hostPage(uri, { title = 'Article', attrs = '', para = 'Le conseil a voté.' } = {}) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${esc(title)}</title><link rel="icon" href="data:,"></head>
<body><p data-causerie-paragraph="p1">${para}</p>
<div id="causerie" data-causerie-uri="${uri}" data-causerie-sort="oldest" ${attrs}></div>
<script src="${srv.base}/widget/embed.js" async></script></body></html>`;
}

async function postThroughWidget(page, text, author = 'Lectrice') {
  await page.locator('.cz-form-top textarea').fill(text);
  await page.locator('.cz-form-top .cz-f-author input').fill(author);
  await page.locator('.cz-form-top').getByRole('button', { name: 'Publier' }).click();
  const msg = page.locator('.cz-form-top .cz-msg');
  await msg.filter({ hasText: /\S/ }).waitFor({ timeout: 10000 });
  return msg.textContent();
}

describe('the widget on a publisher\'s page', () => {
  test('two readers of another origin of the same site count as two voters once they have a cookie', async () => {
    const uri = '/2026/11/votes';
    pages.set(uri, hostPage(uri));
    await apiPost(srv, { uri, text: 'Premier avis.' });
    await apiPost(srv, { uri, text: 'Second avis.' });
    const readers = [];
    for (let i = 0; i < 2; i++) {
      const r = await openPage(browser, srv, { hostOrigin: PUBLISHER });
      await r.page.goto(`${PUBLISHER}${uri}`);
      await r.page.waitForSelector('.causerie[data-causerie-ready]', { timeout: 15000 });
      readers.push(r);
    }
    // a reader's first vote is their address's (they have no cookie yet);
    // the second, cast with the cookie the first answer set, is their own
    for (const n of [0, 1]) {
      for (const r of readers) {
        await r.page.locator('.cz-like').nth(n).click();
        await r.page.waitForFunction((i) => document.querySelectorAll('.cz-like')[i].getAttribute('aria-pressed') === 'true', n);
      }
    }
    for (const r of readers) {
      assert.deepEqual((await r.ctx.cookies(srv.base)).map((c) => c.name), ['causerie_voter']);
      assert.deepEqual(r.problems, []);
      await r.ctx.close();
    }
    const list = await srv.get(`/api/v1/comments?sort=oldest&uri=${encodeURIComponent(uri)}`);
    assert.deepEqual(list.body.comments.map((c) => c.likes), [1, 2]);
  });

});

/** Makes USER an editor ("causerie admin add", password on stdin). */
async function ensureEditor() {
  const env = { ...process.env, CAUSERIE_STORE_URL: srv.store.url };
  for (const k of Object.keys(env)) if (k.startsWith('CAUSERIE_') && k !== 'CAUSERIE_STORE_URL') delete env[k];
  await new Promise((resolve) => {
    const p = spawn(BIN, ['admin', 'add', USER], { env, stdio: ['pipe', 'ignore', 'ignore'] });
    p.on('error', resolve);
    p.on('exit', resolve);
    p.stdin.end(`${PASSWORD}\n`);
  });
}

async function editor() {
  const e = await openPage(browser, srv, { allowStatus: [401, 412] });
  await e.page.goto(`${srv.base}/admin#policy`);
  await e.page.getByLabel('Identifiant').fill(USER);
  await e.page.getByLabel('Mot de passe').fill(PASSWORD);
  await e.page.getByRole('button', { name: 'Se connecter' }).click();
  await e.page.locator('fieldset[data-cat="custom"]').waitFor();
  return e;
}

async function addTerm(page, term) {
  const custom = page.locator('fieldset[data-cat="custom"]');
  const fr = custom.locator('details.lex[data-lang="fr"]');
  if ((await fr.getAttribute('open')) === null) await fr.locator('summary').click();
  const terms = custom.getByLabel('Termes').first();
  await terms.fill(`${await terms.inputValue()}\n${term}`.trim());
  await page.getByRole('button', { name: 'Enregistrer la charte' }).click();
  const msg = page.locator('#policy-msg');
  await msg.filter({ hasText: /\S/ }).waitFor();
  return msg.textContent();
}

describe('the editors\' console', () => {
  test('a save from an old reading of the policy is refused with a clear message and overwrites nothing', async () => {
    await ensureEditor();
    const a = await editor();
    const b = await editor();
    const putTags = [];
    b.page.on('request', (q) => { if (q.method() === 'PUT') putTags.push(q.headers()['if-match']); });
    assert.match(await addTerm(a.page, 'tramway fantôme'), /^Charte enregistrée/);
    // b read the policy before a saved: b's save must not drop a's term
    const said = await addTerm(b.page, 'ligne imaginaire');
    assert.match(said, /n’a pas été enregistrée : quelqu’un d’autre l’a modifiée/);
    assert.match(said, /Recharger/);
    assert.match(putTags[0] || '', /^"\d+"$/, 'the console sends the ETag it read as If-Match');
    assert.equal(await b.page.evaluate(() => document.activeElement.id), 'policy-reload');
    const terms = b.page.locator('fieldset[data-cat="custom"]').getByLabel('Termes').first();
    assert.match(await terms.inputValue(), /ligne imaginaire/, 'the editor\'s change is still in the form');
    const pol = await srv.get('/api/v1/admin/policy', { headers: { Cookie: await sessionCookie(a) } });
    const fr = JSON.stringify(pol.body.categories.custom.lexicon.fr);
    assert.match(fr, /tramway fantôme/);
    assert.doesNotMatch(fr, /ligne imaginaire/);
    // reloaded, the change saves
    await b.page.locator('#policy-reload').click();
    await b.page.waitForFunction(() => /tramway fantôme/.test(document.querySelector('[id="cat-custom-fr-terms"]').value));
    assert.match(await addTerm(b.page, 'ligne imaginaire'), /^Charte enregistrée/);
    assert.deepEqual(a.problems, []);
    assert.deepEqual(b.problems.filter((p) => !/HTTP 412/.test(p)), []);
    await a.ctx.close();
    await b.ctx.close();
  });
});

async function sessionCookie(e) {
  return (await e.ctx.cookies(srv.base)).map((c) => `${c.name}=${c.value}`).join('; ');
}
