// The widget's live stream and its list: nothing published between them is
// lost, nothing is shown twice (docs/widget.md, docs/api.md: last_id and
// after=).
//
// The gap: the widget loads a page's comments, renders them, then opens
// /api/v1/events.  A comment published between the list's answer and the
// stream's opening was never shown live: the stream sent only what was
// published after it opened.  To publish one in that gap every time, each
// test holds the browser's events request (Playwright's router, in the
// page, not in the server) until the comment is in, then lets it go: the
// server sees the stream open after the comment, as it would when the
// comment commits in that instant.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startDemo, openPage, apiPost, postTop, wait } from './lib.mjs';

let srv;
let browser;
before(async () => {
  srv = await startDemo('live');
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.stop();
});

/**
 * A reader on a page of `uri` (served by the router on the server's origin)
 * whose first events request is held until `gap()` has resolved.  Resolves
 * once the list is rendered (the stream may still be held) with the
 * openPage result, `events` (the URLs of the events requests) and `live`
 * (resolves once the stream is open).
 */
async function reader(uri, attrs, gap) {
  const r = await openPage(browser, srv);
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body><p>Le conseil a voté.</p><div id="causerie" data-causerie-uri="${uri}" ${attrs}></div>
<script src="${srv.base}/widget/embed.js" async></script></body></html>`;
  const page = `${srv.base}/live${uri.replace(/\//g, '-')}.html`;
  await r.page.route(page, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  r.events = [];
  await r.page.route('**/api/v1/events?**', async (route) => {
    r.events.push(route.request().url());
    // the list has been answered and rendered (the widget opens the
    // stream right after): publish now, before the server sees the stream
    if (r.events.length === 1) await gap();
    await route.continue();
  });
  await r.page.goto(page);
  await r.page.waitForSelector('.causerie[data-causerie-ready]', { timeout: 15000 });
  r.live = () => r.page.waitForSelector('.causerie[data-causerie-live]', { timeout: 15000 });
  return r;
}

const heading = (r) => r.page.locator('.cz-title').textContent();
const bodies = (r) => r.page.locator('.cz-comment .cz-body').allTextContents();

describe('a comment published between the list and the stream', () => {
  test('appears live, once, on a page listed oldest first one at a time', async () => {
    const uri = '/live/entre-deux';
    const ids = [];
    for (const who of ['Ana', 'Bob', 'Cléo']) ids.push((await apiPost(srv, { uri, author: who, text: `L'avis de ${who}.` })).comment.id);
    let gapId = null;
    // oldest first, one per page: the newest comment the list knows of is
    // not on the page (the largest id shown would be Ana's)
    const r = await reader(uri, 'data-causerie-sort="oldest" data-causerie-limit="1"', async () => {
      gapId = (await apiPost(srv, { uri, author: 'Dan', text: 'Publié entre la liste et le flux.' })).comment.id;
    });
    await r.live();
    assert.equal(new URL(r.events[0]).searchParams.get('after'), String(ids[2]), 'the stream starts after the list\'s last_id');
    const pill = r.page.locator('.cz-new');
    await pill.waitFor({ state: 'visible', timeout: 10000 });
    assert.equal(await pill.textContent(), '1 nouveau commentaire', 'only the one published in the gap is new');
    assert.equal(await heading(r), '4 commentaires');
    await pill.click();
    await r.page.locator(`#causerie-comment-${gapId}`).waitFor();
    await wait(300);
    assert.equal((await bodies(r)).filter((t) => /entre la liste et le flux/.test(t)).length, 1, 'shown once');
    assert.equal(await heading(r), '4 commentaires');
    assert.equal(await pill.isVisible(), false);
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('on a page that had no comment: the stream asks for every one (after=0)', async () => {
    const uri = '/live/vide';
    const r = await reader(uri, '', async () => {
      await apiPost(srv, { uri, author: 'Eve', text: 'Le premier avis, publié entre la liste et le flux.' });
    });
    await r.live();
    assert.equal(new URL(r.events[0]).searchParams.get('after'), '0');
    const pill = r.page.locator('.cz-new');
    await pill.waitFor({ state: 'visible', timeout: 10000 });
    assert.equal(await pill.textContent(), '1 nouveau commentaire');
    assert.equal(await heading(r), '1 commentaire');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('the reader\'s own comment, posted before the stream opened, is not shown twice when the stream sends it', async () => {
    const uri = '/live/le-mien';
    await apiPost(srv, { uri, author: 'Ana', text: 'Un avis déjà là.' });
    let release;
    const posted = new Promise((resolve) => { release = resolve; });
    const r = await reader(uri, '', () => posted);
    // the list is rendered, the stream held: the reader posts
    assert.match(await postTop(r.page, { text: 'Mon avis, posté avant que le flux ne s\'ouvre.' }), /publié/);
    assert.equal(await r.page.locator('[data-causerie-live]').count(), 0, 'the stream was still held');
    release();
    await r.live();
    await wait(500);
    assert.equal((await bodies(r)).filter((t) => /avant que le flux/.test(t)).length, 1, 'shown once');
    assert.equal(await heading(r), '2 commentaires');
    assert.equal(await r.page.locator('.cz-new').isVisible(), false, 'not announced as new');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});
