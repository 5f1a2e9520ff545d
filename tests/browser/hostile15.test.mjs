// Hostile review of issue 4 in a real browser (helper hostile-15's pass):
// the widget on a publisher's page of another origin, as a reader uses it,
// and the editors' console.  Each test is a finding, kept so that it stays
// fixed:
//   - an edit the editorial policy refuses takes the comment off the page
//     (docs/api.md: "a rejection is 422 policy and the comment leaves the
//     page"), but the widget kept showing it as published, counted, with
//     the edit form still open: the reader believed the original was still
//     there for everyone.  It is now dimmed with a "Non publié" badge and
//     the policy's reason, and no longer counted;
//   - a live reply to a comment inside a collapsed deep thread, once the
//     reader clicked "1 nouveau commentaire", went into the hidden list: the
//     button vanished, nothing appeared, and focus fell to the page's body.
//     Every collapsed level above it now opens;
//   - the widget assumed a 15-minute edit window whatever the server's
//     server.edit_window: with a shorter one it offered "Modifier" for
//     minutes after the server would refuse, with a longer one it hid it too
//     early.  The server now answers the post with edit_until, which the
//     widget keeps (and it drops the edit token once it has expired);
//   - in the oldest-first order, a comment posted (or shown live) while
//     later pages were not loaded yet went to the end of the first page,
//     and "Afficher tous les commentaires" then put the older comments
//     after it: the thread read out of order.  It now moves to its place;
//   - count.js sent every uri of the page in one call, so one the server
//     refuses (over 2 000 characters, a control or bidirectional character)
//     made the call a 422 and no count of the page showed: such a uri has
//     no thread, it now counts 0 without being sent;
//   - the editors' console showed the first 50 comments of a queue as if
//     they were all ("50 commentaires en attente"), with no way to reach
//     the others but deciding those: it ignored the queue's cursor.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { startDemo, openPage, apiPost, wait, postTop, openPublisher, closePublisher } from './lib.mjs';
import { BIN } from '../api/helpers.mjs';

const USER = 'redaction';
const PASSWORD = 'correct horse battery staple';
const pages = new Map();   /* path → html of the publisher's page */
let publisher;
let PUBLISHER;
let srv;
let browser;

before(async () => ({ publisher, PUBLISHER, srv, browser } = await openPublisher('hostile15', pages)));
after(() => closePublisher({ publisher, srv, browser }));

function hostPage(server, uri) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body><p>Le conseil a voté.</p><div id="causerie" data-causerie-uri="${uri}" data-causerie-sort="oldest"></div>
<script src="${server.base}/widget/embed.js" async></script></body></html>`;
}

/** A reader on the publisher's page of `uri`, widget ready. */
async function reader(uri, server = srv, opts = {}) {
  pages.set(uri, hostPage(server, uri));
  const r = await openPage(browser, server, { hostOrigin: PUBLISHER, ...opts });
  await r.page.goto(PUBLISHER + uri);
  await r.page.waitForSelector('.causerie[data-causerie-ready]', { timeout: 15000 });
  return r;
}

const postThroughWidget = (page, text, author = 'Lectrice') => postTop(page, { text, author });

describe('the reader\'s own comment', () => {
  test('an edit the policy refuses takes the comment off the page, and the widget says so', async () => {
    const uri = '/h15/edit-refused';
    const r = await reader(uri, srv, { allowStatus: [422] });
    assert.match(await postThroughWidget(r.page, 'Le tracé par la rue des Tanneurs me semble le bon.'), /publié/);
    const heading = r.page.locator('.cz-title');
    assert.equal(await heading.textContent(), '1 commentaire');
    const item = r.page.locator('.cz-list > .cz-item').first();
    await item.getByRole('button', { name: 'Modifier' }).click();
    await item.locator('.cz-editform textarea').fill('Tu es un connard.');
    await item.getByRole('button', { name: 'Enregistrer' }).click();
    await item.locator('.cz-badge').waitFor({ timeout: 5000 });
    assert.equal(await item.locator('.cz-badge').textContent(), 'Non publié');
    assert.match(await item.locator('.cz-note').textContent(), /propos injurieux/, 'the policy\'s reason, with its category');
    assert.equal(await item.locator('.cz-editform').count(), 0, 'the edit form is closed');
    assert.equal(await heading.textContent(), '0 commentaire', 'no longer counted');
    assert.equal(await r.page.evaluate(() => document.activeElement.classList.contains('cz-comment')), true, 'focus on the comment');
    assert.equal(await item.getByRole('button', { name: 'Supprimer' }).count(), 1, 'its author may still delete it');
    // what the server says, and what another reader sees
    const list = await srv.get(`/api/v1/comments?uri=${encodeURIComponent(uri)}`);
    assert.equal(list.body.count, 0);
    await r.page.reload();
    await r.page.waitForSelector('.causerie[data-causerie-ready]');
    assert.equal(await heading.textContent(), '0 commentaire');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('the widget follows the server\'s edit window, and forgets the token once it is over', async () => {
    const short = await startDemo('hostile15-window', { CAUSERIE_SITE_ORIGINS: PUBLISHER, CAUSERIE_SERVER_EDIT_WINDOW: '2' });
    try {
      const uri = '/h15/window';
      const r = await reader(uri, short);
      await postThroughWidget(r.page, 'Un avis que je voudrais corriger.');
      const item = r.page.locator('.cz-list > .cz-item').first();
      assert.equal(await item.getByRole('button', { name: 'Modifier' }).count(), 1, 'editable at once');
      await wait(2500);
      await r.page.reload();
      await r.page.waitForSelector('.causerie[data-causerie-ready]');
      assert.equal(await item.getByRole('button', { name: 'Modifier' }).count(), 0, 'the window is over: no "Modifier" the server would refuse');
      const kept = await r.page.evaluate((base) => localStorage.getItem(`causerie:own:${base}`), short.base);
      assert.deepEqual(JSON.parse(kept), {}, 'the expired edit token is not kept');
      assert.deepEqual(r.problems, []);
      await r.ctx.close();
    } finally {
      await short.stop();
    }
  });
});

describe('the order of the thread', () => {
  test('oldest first: a comment posted before "show all" ends up after the older ones it loads', async () => {
    const uri = '/h15/oldest-more';
    for (let i = 1; i <= 22; i += 1) await apiPost(srv, { uri, author: `Lecteur ${i}`, text: `Avis numéro ${i}.` });
    const r = await reader(uri);   /* data-causerie-sort="oldest": the first 20 */
    assert.equal(await r.page.locator('.cz-list > .cz-item').count(), 20);
    await postThroughWidget(r.page, 'Mon avis, le plus récent.');
    await r.page.getByRole('button', { name: 'Afficher tous les commentaires' }).click();
    await r.page.locator('.cz-list > .cz-item').nth(22).waitFor();
    const ids = await r.page.locator('.cz-list > .cz-item').evaluateAll((els) => els.map((e) => +e.id.replace('causerie-comment-', '')));
    assert.equal(ids.length, 23);
    assert.deepEqual(ids, [...ids].sort((a, b) => a - b), 'oldest first, the new comment last');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

describe('live updates', () => {
  test('a live reply deep in a collapsed thread is shown, and focused, when the reader asks for it', async () => {
    const uri = '/h15/deep-live';
    let parent = null;
    for (const who of ['Ana', 'Bob', 'Cléo', 'Dan']) {
      const c = await apiPost(srv, { uri, author: who, text: `L'avis de ${who}.`, parent: parent || undefined });
      parent = c.comment.id;
    }
    const r = await reader(uri);
    const toggle = r.page.locator('.cz-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false', 'the deep level starts collapsed');
    await r.page.waitForSelector('.causerie[data-causerie-live]');
    const eve = await apiPost(srv, { uri, author: 'Eve', text: 'Une réponse en direct à Dan.', parent });
    await r.page.locator('.cz-new').filter({ hasText: '1 nouveau commentaire' }).click();
    const fresh = r.page.locator(`#causerie-comment-${eve.comment.id} > .cz-comment`);
    await fresh.waitFor({ state: 'visible', timeout: 3000 });
    assert.equal(await fresh.evaluate((el) => el === document.activeElement), true, 'focus on the new reply');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

describe('the counter script', () => {
  test('a uri the server refuses counts 0 and leaves the other counts of the page alone', async () => {
    const uri = '/h15/counted';
    await apiPost(srv, { uri });
    await apiPost(srv, { uri });
    const long = `/h15/${'long-'.repeat(420)}`;   /* over 2 000 characters */
    pages.set('/h15/index', `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Une</title><link rel="icon" href="data:,"></head>
<body><a href="${uri}" data-causerie-count="${uri}"></a>
<span id="long" data-causerie-count="${long}"></span>
<span id="bidi" data-causerie-count="/h15/\u202egnp.exe"></span>
<script src="${srv.base}/widget/count.js" async></script></body></html>`);
    const r = await openPage(browser, srv, { hostOrigin: PUBLISHER });
    await r.page.goto(`${PUBLISHER}/h15/index`);
    await r.page.waitForFunction(() => [...document.querySelectorAll('[data-causerie-count]')].every((e) => e.hasAttribute('data-causerie-counted')), null, { timeout: 5000 });
    assert.equal(await r.page.locator(`a[data-causerie-count="${uri}"]`).textContent(), '2 commentaires');
    assert.equal(await r.page.locator('#long').textContent(), '0 commentaire');
    assert.equal(await r.page.locator('#bidi').textContent(), '0 commentaire');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

/** Makes sure USER can log in ("causerie admin add", password on stdin). */
async function ensureEditor(server) {
  const env = { ...process.env, CAUSERIE_STORE_URL: server.store.url };
  for (const k of Object.keys(env)) if (k.startsWith('CAUSERIE_') && k !== 'CAUSERIE_STORE_URL') delete env[k];
  await new Promise((resolve) => {
    const p = spawn(BIN, ['admin', 'add', USER], { env, stdio: ['pipe', 'ignore', 'ignore'] });
    p.on('error', resolve);
    p.on('exit', resolve);
    p.stdin.end(`${PASSWORD}\n`);
  });
  const r = await server.post('/api/v1/admin/login', { user: USER, password: PASSWORD });
  assert.equal(r.status, 200, 'the editor can log in');
}

describe('the editors\' console', () => {
  test('a queue longer than one page says so, and shows the rest on demand', async () => {
    await ensureEditor(srv);
    const uri = '/h15/queue';
    // a honeypot filled in: taken for spam, answered "pending"
    for (let i = 0; i < 53; i += 1) await apiPost(srv, { uri, author: `Robot ${i}`, text: `Message automatique ${i}.`, hp: 'bot' }, 'pending');
    const e = await openPage(browser, srv, { allowStatus: [401] });
    await e.page.goto(`${srv.base}/admin`);
    await e.page.getByLabel('Identifiant').fill(USER);
    await e.page.getByLabel('Mot de passe').fill(PASSWORD);
    await e.page.getByRole('button', { name: 'Se connecter' }).click();
    await e.page.getByRole('heading', { name: 'File de modération' }).waitFor();
    await e.page.locator('.filters .chip[data-status="spam"]').click();
    const state = e.page.locator('#queue-state');
    await state.filter({ hasText: /50 commentaires/ }).waitFor({ timeout: 5000 });
    assert.match(await state.textContent(), /la file en compte d’autres/, 'not presented as the whole queue');
    await state.getByRole('button', { name: 'Afficher les suivants' }).click();
    await state.filter({ hasText: /^53 commentaires classés spam\.$/ }).waitFor({ timeout: 5000 });
    assert.equal(await e.page.locator('#queue-list > .item').count(), 53);
    const ids = await e.page.locator('#queue-list > .item').evaluateAll((els) => els.map((x) => +x.dataset.id));
    assert.equal(new Set(ids).size, 53, 'no comment twice');
    assert.deepEqual([...ids].sort((a, b) => b - a), ids, 'newest first');
    assert.deepEqual(e.problems, []);
    await e.ctx.close();
  });
});
