// The reader's side of the demo page, in French: what a reader of the
// article sees and does (issue 4, items 1–6, 9 and 11).  One demo server with
// a fresh store and one Chromium for the whole file; each test is one reader
// task, checked through the page as the reader sees it.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, startDemo, openPage, gotoWidget, screenshot, widget, postTop, apiPost, watchLayoutShift, wait,
} from './lib.mjs';

let srv;
let browser;
before(async () => {
  srv = await startDemo('reader');
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.stop();
});

/** A fresh reader on the demo page; the caller closes ctx. */
async function reader(opts) {
  const r = await openPage(browser, srv, opts);
  await gotoWidget(r.page, srv);
  return r;
}
const countOf = async (page) => Number((await widget(page).heading.textContent()).match(/\d+/)[0]);

describe('the demo page', () => {
  test('loads with the widget, no console error, no failed request, nothing from another host', async () => {
    const r = await openPage(browser, srv);
    await watchLayoutShift(r.page);
    await gotoWidget(r.page, srv);
    const w = widget(r.page);
    await r.page.waitForFunction(() => document.querySelector('.count-link').hasAttribute('data-causerie-counted'));
    await wait(400);
    assert.deepEqual(r.problems, []);
    assert.match(await w.heading.textContent(), /^2 commentaires$/, 'the two seeded comments are counted');
    assert.equal(await w.items.count(), 2);
    assert.equal(await r.page.locator('.count-link').textContent(), '2 commentaires', 'count.js fills the byline link');
    assert.deepEqual(await r.page.locator('.related .count').allTextContents(), ['0 commentaire', '0 commentaire', '0 commentaire']);
    assert.equal(r.requests.filter((u) => u.includes('/api/v1/counts')).length, 1, 'one counts call for the page');
    const icon = await srv.get('/favicon.ico');
    assert.equal(icon.status, 200, 'a favicon is served');
    assert.match(String(icon.headers['content-type']), /^image\//);
    assert.equal(await r.page.locator('link[rel="icon"]').getAttribute('href'), '/favicon.ico');
    assert.equal(await r.page.locator('.causerie-marker').count(), 6, 'one marker per marked paragraph');
    // the section is a landmark named by its heading; the list is not an iframe
    assert.equal(await r.page.getByRole('region', { name: '2 commentaires' }).count(), 1);
    assert.equal(await r.page.locator('iframe').count(), 0);
    assert.equal(await r.page.locator('#causerie .causerie').getAttribute('lang'), 'fr');
    const cls = await r.page.evaluate(() => window.__cls);
    assert.ok(cls < 0.01, `no layout shift while the comments load (CLS ${cls})`);
    // the seeded comments read as on the reference page
    assert.deepEqual(await w.items.locator('.cz-author').allTextContents(), ['Elie Zeitouni', 'Pierre']);
    const time = w.items.first().locator('time');
    assert.match(await time.textContent(), /^il y a \d+ minutes$/);
    assert.match(await time.getAttribute('title'), /\d{4}/, 'full date on hover');
    assert.equal(await w.items.first().locator('svg.cz-avatar').count(), 1, 'identicon drawn inline');
    await screenshot(r.page, 'demo-fr');
    await screenshot(r.page, 'demo-fr-comments', { locator: r.page.locator('#causerie') });
    await r.ctx.close();
  });

  test('the privacy notice links to the server\'s privacy page', async () => {
    const r = await reader();
    const link = r.page.locator('.cz-form-top .cz-privacy a');
    assert.equal(await link.getAttribute('href'), `${srv.base}/privacy`);
    assert.match(await link.textContent(), /données de vos commentaires/);
    const page = await srv.get('/privacy');
    assert.equal(page.status, 200, 'the privacy page exists');
    assert.match(String(page.headers['content-type']), /^text\/html/);
    await r.ctx.close();
  });
});

describe('posting and replying', () => {
  test('a guest posts: the comment appears first, focused, and the count goes up', async () => {
    const r = await reader();
    const before_ = await countOf(r.page);
    const msg = await postTop(r.page, { text: 'Un tracé **enfin** cohérent avec la gare.', author: 'Camille', email: 'camille@example.org', website: 'https://camille.example.org' });
    assert.equal(msg, 'Votre commentaire est publié.');
    const w = widget(r.page);
    const first = w.items.first();
    assert.equal(await first.locator('.cz-author').first().textContent(), 'Camille');
    assert.equal(await first.locator('.cz-body strong').first().textContent(), 'enfin');
    assert.equal(await first.locator('a.cz-author').getAttribute('rel'), 'nofollow ugc noopener');
    assert.equal(await countOf(r.page), before_ + 1);
    assert.equal(await r.page.evaluate(() => document.activeElement.closest('.cz-item') && document.activeElement.closest('.cz-item').querySelector('.cz-author').textContent), 'Camille', 'focus moved to the new comment');
    assert.equal(await w.text.inputValue(), '', 'the form is emptied');
    // name, e-mail and website are remembered for the next visit (same browser)
    const page2 = await r.ctx.newPage();
    await gotoWidget(page2, srv);
    const w2 = widget(page2);
    assert.equal(await w2.name.inputValue(), 'Camille');
    assert.equal(await w2.email.inputValue(), 'camille@example.org');
    assert.equal(await w2.website.inputValue(), 'https://camille.example.org');
    assert.equal(await w2.items.first().locator('.cz-author').first().textContent(), 'Camille', 'the comment is stored');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('an empty comment or name is refused in the page with the field focused', async () => {
    const r = await reader();
    const w = widget(r.page);
    await w.publish.click();
    assert.match(await w.topMessage.textContent(), /obligatoire : Votre commentaire/);
    assert.equal(await w.text.evaluate((e) => e === document.activeElement), true);
    await w.text.fill('Sans nom');
    await w.name.fill('');
    await w.publish.click();
    assert.match(await w.topMessage.textContent(), /obligatoire : Nom/);
    assert.equal(await w.name.getAttribute('aria-invalid'), 'true');
    await r.ctx.close();
  });

  test('a reply opens under its comment, keeps focus and lands indented under it', async () => {
    const r = await reader();
    const w = widget(r.page);
    const pierre = w.items.filter({ has: r.page.locator(':scope > .cz-comment .cz-author', { hasText: 'Pierre' }) });
    const replyBtn = pierre.locator(':scope > .cz-comment').getByRole('button', { name: 'Répondre' });
    await replyBtn.click();
    assert.equal(await replyBtn.getAttribute('aria-expanded'), 'true');
    const form = pierre.getByRole('form', { name: 'Réponse à Pierre' });
    assert.equal(await form.count(), 1);
    assert.equal(await r.page.evaluate(() => document.activeElement.tagName), 'TEXTAREA', 'focus is in the reply box');
    await r.page.keyboard.type('Le calendrier dépendra surtout des subventions.');
    await form.getByLabel('Nom', { exact: true }).fill('Julien');
    await form.getByRole('button', { name: 'Publier' }).click();
    const reply = pierre.locator('.cz-replies > .cz-item').filter({ hasText: 'subventions' });
    await reply.waitFor();
    assert.equal(await reply.locator('.cz-author').textContent(), 'Julien');
    assert.equal(await form.count(), 0, 'the reply form closes');
    const indent = await reply.evaluate((li) => li.getBoundingClientRect().left - li.closest('.cz-list > .cz-item').getBoundingClientRect().left);
    assert.ok(indent > 20, `replies are indented (${indent}px)`);
    // the thread keeps its shape after a reload
    const again = await reader();
    const p2 = widget(again.page).items.filter({ has: again.page.locator(':scope > .cz-comment .cz-author', { hasText: 'Pierre' }) });
    assert.match(await p2.locator('.cz-replies .cz-body').first().textContent(), /subventions/);
    await again.ctx.close();
    await r.ctx.close();
  });

  test('the Markdown preview shows the formatting and runs nothing', async () => {
    const r = await reader();
    const w = widget(r.page);
    let dialogs = 0;
    r.page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
    await w.text.fill('**Gras** et *italique*\n> une citation\n\n<img src=x onerror=alert(1)> [lien](javascript:alert(2))');
    const btn = r.page.locator('.cz-form-top').getByRole('button', { name: 'Aperçu' });
    await btn.click();
    assert.equal(await btn.getAttribute('aria-pressed'), 'true');
    const box = r.page.locator('.cz-form-top .cz-preview');
    assert.equal(await box.locator('strong').textContent(), 'Gras');
    assert.equal(await box.locator('em').textContent(), 'italique');
    assert.equal(await box.locator('blockquote').count(), 1);
    assert.equal(await box.locator('img, script').count(), 0);
    assert.equal(await box.locator('a[href^="javascript"]').count(), 0);
    await w.text.fill('Mis à jour');
    assert.equal((await box.textContent()).trim(), 'Mis à jour', 'the preview follows the typing');
    assert.equal(dialogs, 0);
    await r.ctx.close();
  });
});

describe('reading the thread', () => {
  test('sort: oldest, newest and most popular', async () => {
    const r = await reader();
    const w = widget(r.page);
    const authors = async () => w.items.locator(':scope > .cz-comment .cz-author').allTextContents();
    await r.page.getByRole('button', { name: 'Le plus ancien' }).click();
    await r.page.waitForFunction(() => document.querySelector('[data-sort="oldest"]').getAttribute('aria-pressed') === 'true' && document.querySelector('.cz-list').getAttribute('aria-busy') === 'false');
    await wait(200);
    assert.equal((await authors())[0], 'Pierre', 'the oldest seeded comment comes first');
    await r.page.getByRole('button', { name: 'Le plus récent' }).click();
    await wait(300);
    const newest = await authors();
    assert.notEqual(newest[0], 'Pierre');
    assert.equal(newest[newest.length - 1], 'Pierre');
    // a comment with likes comes first in "popular"
    const eliePos = newest.indexOf('Elie Zeitouni');
    assert.ok(eliePos > 0, 'Elie is not first by date');
    const elieItem = w.items.nth(eliePos);
    await elieItem.locator(':scope > .cz-comment .cz-like').click();
    await r.page.waitForFunction((i) => document.querySelectorAll('.cz-list > .cz-item')[i].querySelector('.cz-like').getAttribute('aria-pressed') === 'true', eliePos);
    await r.page.getByRole('button', { name: 'Le plus populaire' }).click();
    await wait(300);
    assert.equal((await authors())[0], 'Elie Zeitouni');
    assert.equal(await r.page.getByRole('button', { name: 'Le plus populaire' }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('vote: like, switch to dislike, withdraw; the choice survives a reload', async () => {
    const { comment } = await apiPost(srv, { author: 'Sonia', text: 'Commentaire à voter.' });
    const r = await reader();
    const item = r.page.locator(`#causerie-comment-${comment.id}`);
    const like = item.locator(':scope > .cz-comment .cz-like');
    const dislike = item.locator(':scope > .cz-comment .cz-dislike');
    assert.equal(await like.getAttribute('aria-pressed'), 'false');
    await like.click();
    await r.page.waitForFunction((id) => document.querySelector(`#causerie-comment-${id} .cz-like`).getAttribute('aria-pressed') === 'true', comment.id);
    assert.equal(await like.locator('.cz-n').textContent(), '1');
    await dislike.click();
    await r.page.waitForFunction((id) => document.querySelector(`#causerie-comment-${id} .cz-dislike`).getAttribute('aria-pressed') === 'true', comment.id);
    assert.equal(await like.locator('.cz-n').textContent(), '0');
    assert.equal(await dislike.locator('.cz-n').textContent(), '1');
    await r.page.reload();
    await r.page.waitForSelector('.causerie[data-causerie-ready]');
    assert.equal(await dislike.getAttribute('aria-pressed'), 'true', 'the vote is remembered');
    assert.equal(await dislike.locator('.cz-n').textContent(), '1');
    await dislike.click();
    await r.page.waitForFunction((id) => document.querySelector(`#causerie-comment-${id} .cz-dislike`).getAttribute('aria-pressed') === 'false', comment.id);
    assert.equal(await dislike.locator('.cz-n').textContent(), '0', 'clicking again withdraws the vote');
    assert.match(await like.textContent(), /J’aime/, 'the button is named for screen readers');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('deep threads are collapsed behind a button; "show all" loads the later pages', async () => {
    const uri = '/';
    const top = await apiPost(srv, { uri, author: 'Racine', text: 'Début d’un long fil.' });
    let parent = top.comment.id;
    for (let d = 1; d <= 4; d += 1) parent = (await apiPost(srv, { uri, parent, author: `Niveau ${d}`, text: `Réponse de niveau ${d}.` })).comment.id;
    // enough top-level comments to need a second page
    for (let i = 0; i < 22; i += 1) await apiPost(srv, { uri, author: `Lecteur ${i}`, text: `Avis numéro ${i}.` });
    const r = await reader();
    const w = widget(r.page);
    assert.equal(await w.items.count(), 20, 'first page: 20 threads');
    const more = r.page.getByRole('button', { name: 'Afficher tous les commentaires' });
    assert.equal(await more.isVisible(), true);
    await more.click();
    await r.page.waitForFunction(() => document.querySelector('.cz-more').hidden);
    const total = await w.items.count();
    assert.ok(total >= 25, `all threads shown (${total})`);
    assert.equal(await r.page.locator('.cz-item').filter({ hasText: 'Début d’un long fil.' }).count() >= 1, true);
    const toggle = r.page.locator('.cz-toggle').first();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.match(await toggle.textContent(), /^Afficher (la|les \d+) réponses?$|^Afficher 1 réponse$/);
    assert.equal(await r.page.getByText('Réponse de niveau 4.').isVisible(), false, 'deep replies start hidden');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await r.page.getByText('Réponse de niveau 3.').isVisible(), true);
    assert.deepEqual(r.problems, []);
    await screenshot(r.page, 'thread-expanded', { locator: r.page.locator('#causerie') });
    await r.ctx.close();
  });
});

describe('one\'s own comments', () => {
  test('edit within the window: only the author sees Modifier, the new text shows "(modifié)"', async () => {
    const r = await reader();
    await postTop(r.page, { text: 'Première version du texte.', author: 'Nora' });
    const id = await widget(r.page).item('Première version du texte.').getAttribute('id');
    const mine = r.page.locator(`#${id}`);
    await mine.locator(':scope > .cz-comment').getByRole('button', { name: 'Modifier' }).click();
    const box = mine.locator('.cz-editform textarea');
    assert.equal(await box.inputValue(), 'Première version du texte.');
    assert.equal(await box.evaluate((e) => e === document.activeElement), true);
    await box.fill('Seconde version, *corrigée*.');
    await mine.getByRole('button', { name: 'Enregistrer' }).click();
    await mine.locator('.cz-note').waitFor();
    assert.equal(await mine.locator(':scope > .cz-comment .cz-body em').textContent(), 'corrigée');
    assert.equal(await mine.locator('.cz-edited').count(), 1);
    assert.equal(await mine.locator('.cz-note').textContent(), 'Votre commentaire a été modifié.');
    // another reader has no edit button on it
    const other = await reader();
    const seen = widget(other.page).item('Seconde version');
    assert.equal(await seen.locator(':scope > .cz-comment').getByRole('button', { name: 'Modifier' }).count(), 0);
    assert.equal(await seen.locator('.cz-edited').count(), 1);
    assert.deepEqual(r.problems, []);
    await other.ctx.close();
    await r.ctx.close();
  });

  test('delete: asks first, then the comment goes and the count drops', async () => {
    const r = await reader();
    await postTop(r.page, { text: 'Un avis que je vais retirer.', author: 'Nora' });
    const n = await countOf(r.page);
    const mine = widget(r.page).item('Un avis que je vais retirer.');
    await mine.locator(':scope > .cz-comment').getByRole('button', { name: 'Supprimer' }).click();
    const confirm = mine.getByRole('group', { name: 'Supprimer' });
    assert.match(await confirm.textContent(), /Supprimer définitivement/);
    await confirm.getByRole('button', { name: 'Supprimer' }).click();
    await widget(r.page).item('Un avis que je vais retirer.').waitFor({ state: 'detached' });
    assert.equal(await countOf(r.page), n - 1);
    const again = await reader();
    assert.equal(await again.page.getByText('Un avis que je vais retirer.').count(), 0, 'gone for everyone');
    assert.deepEqual(r.problems, []);
    await again.ctx.close();
    await r.ctx.close();
  });
  test('delete a comment that has replies: a placeholder keeps the thread\'s shape', async () => {
    const r = await reader();
    await postTop(r.page, { text: 'Un avis qui aura une réponse.', author: 'Nora' });
    const id = await widget(r.page).item('Un avis qui aura une réponse.').getAttribute('id');
    const cid = Number(id.replace('causerie-comment-', ''));
    await apiPost(srv, { parent: cid, author: 'Répondant', text: 'Une réponse qui doit rester.' });
    await r.page.reload();
    await r.page.waitForSelector('.causerie[data-causerie-ready]');
    const mine = r.page.locator(`#${id}`);
    await mine.locator(':scope > .cz-comment').getByRole('button', { name: 'Supprimer' }).click();
    await mine.getByRole('group', { name: 'Supprimer' }).getByRole('button', { name: 'Supprimer' }).click();
    await mine.locator(':scope > .cz-deleted').waitFor();
    assert.equal(await mine.locator(':scope > .cz-comment').textContent(), 'Ce commentaire a été supprimé.');
    assert.match(await mine.locator('.cz-replies').textContent(), /Une réponse qui doit rester\./);
    // as the server sends it to everyone
    const other = await reader();
    const seen = other.page.locator(`#${id}`);
    assert.equal(await seen.locator(':scope > .cz-comment').textContent(), 'Ce commentaire a été supprimé.');
    assert.equal(await seen.locator(':scope > .cz-comment .cz-actions').count(), 0, 'no actions on a placeholder');
    assert.match(await seen.locator('.cz-replies').textContent(), /Une réponse qui doit rester\./);
    assert.deepEqual(r.problems, []);
    await other.ctx.close();
    await r.ctx.close();
  });
});

describe('inline comments', () => {
  test('a marker opens a form quoting the paragraph; the comment lists the quote and links back', async () => {
    const r = await reader();
    const p3 = r.page.locator('[data-causerie-paragraph="p3"]');
    const marker = p3.locator('.causerie-marker');
    assert.match(await marker.textContent(), /0 commentaire sur ce paragraphe/);
    // select a passage of the paragraph, then click its marker
    await p3.evaluate((p) => {
      const text = p.firstChild;
      const start = text.data.indexOf('redoute');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 'redoute deux années de chantier'.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    });
    await marker.click();
    assert.equal(await marker.getAttribute('aria-expanded'), 'true');
    const panel = r.page.getByRole('complementary', { name: 'Commentaires sur ce paragraphe' });
    assert.equal(await panel.locator('.cz-quote bdi').textContent(), 'redoute deux années de chantier');
    assert.equal(await r.page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');
    await panel.getByRole('textbox', { name: 'Votre commentaire' }).fill('Deux ans, c’est long pour une boutique.');
    await panel.getByLabel('Nom', { exact: true }).fill('Hélène');
    await panel.getByRole('button', { name: 'Publier' }).click();
    await r.page.waitForFunction(() => !document.querySelector('.cz-inline'));
    assert.match(await marker.textContent(), /^1/, 'the marker counts the comment');
    const item = widget(r.page).item('Deux ans, c’est long');
    assert.equal(await item.locator('.cz-quote bdi').textContent(), 'redoute deux années de chantier');
    const back = item.getByRole('link', { name: 'Voir le passage dans l’article' });
    assert.equal(await back.getAttribute('href'), `#${await p3.getAttribute('id')}`);
    // what the server stored
    const list = await srv.get('/api/v1/comments?uri=%2F&limit=all');
    const c = list.body.comments.find((x) => x.author === 'Hélène');
    assert.deepEqual(c.anchor, { paragraph: 'p3', quote: 'redoute deux années de chantier' });
    // without a selection the quote is the start of the paragraph
    const p5 = r.page.locator('[data-causerie-paragraph="p5"]');
    await r.page.evaluate(() => getSelection().removeAllRanges());
    await p5.locator('.causerie-marker').click();
    const q = await r.page.locator('.cz-inline .cz-quote bdi').textContent();
    assert.ok(q.startsWith('Le projet est chiffré à 310 millions'), q);
    assert.ok(q.length <= 201, `about 200 characters (${q.length})`);
    await r.page.keyboard.press('Escape');
    assert.equal(await r.page.locator('.cz-inline').count(), 0, 'Escape closes the panel');
    assert.equal(await r.page.evaluate(() => document.activeElement.closest('[data-causerie-paragraph]').dataset.causerieParagraph), 'p5', 'focus returns to the marker');
    // a new reader sees the count on the marker, and the link scrolls back to the paragraph
    const other = await reader();
    assert.match(await other.page.locator('[data-causerie-paragraph="p3"] .causerie-marker').textContent(), /^1/);
    await widget(other.page).item('Deux ans, c’est long').getByRole('link', { name: 'Voir le passage dans l’article' }).click();
    await other.page.waitForFunction(() => {
      const r_ = document.querySelector('[data-causerie-paragraph="p3"]').getBoundingClientRect();
      return r_.top >= 0 && r_.bottom <= innerHeight;
    });
    assert.deepEqual(r.problems, []);
    await screenshot(other.page, 'inline-marker', { fullPage: false });
    await other.ctx.close();
    await r.ctx.close();
  });
});

describe('live updates', () => {
  test('a comment from another reader waits behind "1 nouveau commentaire"; the page does not move', async () => {
    const a = await reader();
    const b = await reader();
    const wa = widget(a.page);
    const before_ = await countOf(a.page);
    // reader A is reading the list; remember where the first comment sits
    await wa.items.first().scrollIntoViewIfNeeded();
    const y0 = await wa.items.first().evaluate((e) => e.getBoundingClientRect().top);
    await a.page.waitForSelector('.causerie[data-causerie-live]'); // the event stream is open
    await postTop(b.page, { text: 'Posté depuis un second navigateur.', author: 'Bastien' });
    const pill = a.page.locator('.cz-new');
    await pill.waitFor({ state: 'visible', timeout: 10000 });
    assert.equal(await pill.textContent(), '1 nouveau commentaire');
    assert.equal(await countOf(a.page), before_ + 1, 'the count updates at once');
    assert.equal(await a.page.getByText('Posté depuis un second navigateur.').count(), 0, 'not inserted yet');
    const y1 = await wa.items.first().evaluate((e) => e.getBoundingClientRect().top);
    assert.equal(y1, y0, 'nothing moved under the reader');
    await a.page.waitForFunction(() => /Nouveaux commentaires : 1/.test(document.querySelector('.causerie .cz-sr[role=status]').textContent), null, { timeout: 2000 });
    await screenshot(a.page, 'live-pill', { fullPage: false });
    await pill.click();
    const fresh = wa.item('Posté depuis un second navigateur.');
    await fresh.waitFor();
    assert.equal(await pill.isVisible(), false);
    assert.equal(await fresh.evaluate((li) => li.contains(document.activeElement)), true, 'focus on the new comment');
    assert.deepEqual(a.problems, []);
    assert.deepEqual(b.problems, []);
    await b.ctx.close();
    await a.ctx.close();
  });
});

describe('hostile content', () => {
  test('script tags, javascript: links, RTL overrides and a 10 000-character word render inertly', async () => {
    const long = 'x'.repeat(10000);
    await apiPost(srv, { author: '<script>window.__pwned=1</script>Mallory', text: '<script>window.__pwned=2</script><img src=x onerror="window.__pwned=3"> **gras**' });
    await apiPost(srv, { author: 'Eve', website: 'https://eve.example.org/', text: '[clique](javascript:window.__pwned=4) et <a href="javascript:window.__pwned=5">là</a>' });
    await apiPost(srv, { author: 'Bob\u202Egnp.exe\u202C', text: 'Texte \u202Eesrever\u202C et fin.' });
    await apiPost(srv, { author: 'Zed', text: long });
    const r = await reader();
    let dialogs = 0;
    r.page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
    const root = r.page.locator('#causerie');
    await root.locator('.cz-author', { hasText: 'Mallory' }).waitFor();
    for (const link of await root.locator('.cz-body a').all()) {
      const href = (await link.getAttribute('href')) || '';
      assert.doesNotMatch(href, /^\s*javascript:/i, `no javascript: link (${href})`);
    }
    await root.locator('.cz-body a').first().click({ timeout: 2000 }).catch(() => {});
    await wait(200);
    assert.equal(await r.page.evaluate(() => window.__pwned), undefined, 'nothing ran');
    assert.equal(dialogs, 0);
    assert.equal(await root.locator('.cz-list script, .cz-list img').count(), 0);
    assert.equal(await root.locator('.cz-author', { hasText: 'Mallory' }).textContent(), '<script>window.__pwned=1</script>Mallory', 'the name is text');
    // the RTL override stays inside its own isolate: the date after it is not reversed
    const bob = root.locator('.cz-item', { has: r.page.locator('.cz-author', { hasText: 'Bob' }) }).first();
    assert.equal(await bob.locator('.cz-author bdi').count(), 1);
    assert.match(await bob.locator('time').textContent(), /^il y a|maintenant|^à l/);
    // the long word wraps inside the column
    const zed = root.locator('.cz-item', { has: r.page.locator('.cz-author', { hasText: /^Zed$/ }) }).first();
    const fits = await zed.evaluate((li) => {
      const sec = li.closest('.causerie');
      const body = li.querySelector('.cz-body');
      return { body: body.getBoundingClientRect().right, sec: sec.getBoundingClientRect().right, sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth };
    });
    assert.ok(fits.body <= fits.sec + 1, `the long word stays in the section (${JSON.stringify(fits)})`);
    assert.ok(fits.sw <= fits.cw, `no horizontal scroll on the page (${JSON.stringify(fits)})`);
    assert.deepEqual(r.problems, []);
    await screenshot(r.page, 'hostile', { locator: root });
    await r.ctx.close();
  });
});

describe('messages', () => {
  test('a network error says so and keeps the text', async () => {
    const r = await reader();
    await r.page.route('**/api/v1/comments', (route) => (route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue()));
    const msg = await postTop(r.page, { text: 'Écrit hors ligne.', author: 'Ines' });
    assert.match(msg, /Connexion au serveur de commentaires impossible/);
    assert.equal(await widget(r.page).text.inputValue(), 'Écrit hors ligne.', 'nothing is lost');
    await r.ctx.close();
  });

  test('rate limiting tells the reader how long to wait', async () => {
    const limited = await startDemo('reader-ratelimit', { CAUSERIE_LIMITS_POSTS_PER_MINUTE: '1' });
    try {
      const r = await openPage(browser, limited, { allowStatus: [429] });
      await gotoWidget(r.page, limited);
      assert.equal(await postTop(r.page, { text: 'Premier message.', author: 'Rapide' }), 'Votre commentaire est publié.');
      const msg = await postTop(r.page, { text: 'Second message trop tôt.', author: 'Rapide' });
      assert.match(msg, /^Vous envoyez trop de messages à la suite\. Réessayez dans (\d+ s|un instant)\.$/);
      assert.deepEqual(r.problems, []);
      await r.ctx.close();
    } finally {
      await limited.stop();
    }
  });
});

describe('accessibility', () => {
  test('every control is labelled, reachable by keyboard and shows its focus', async () => {
    const r = await reader();
    const unnamed = await r.page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('.causerie button, .causerie input, .causerie select, .causerie textarea, .causerie-marker')) {
        if (el.closest('[hidden]')) continue;
        const named = el.getAttribute('aria-label') || (el.labels && el.labels.length && el.labels[0].textContent.trim())
          || el.getAttribute('aria-labelledby') || el.textContent.trim();
        if (!named) out.push(el.outerHTML.slice(0, 120));
      }
      return out;
    });
    assert.deepEqual(unnamed, [], 'controls without a name');
    // landmarks: the section is a region named by its heading, each form is named
    assert.equal(await r.page.getByRole('region', { name: /commentaires$/ }).count(), 1);
    assert.equal(await r.page.getByRole('form', { name: 'Laisser un commentaire' }).count(), 1);
    assert.equal(await r.page.getByRole('group', { name: 'Trier les commentaires' }).count(), 1);
    // keyboard: from the subscribe button, Tab reaches the text box, and the focus ring is drawn
    await r.page.getByRole('button', { name: 'S’abonner' }).focus();
    await r.page.keyboard.press('Tab');
    const focused = await r.page.evaluate(() => ({ tag: document.activeElement.tagName, outline: getComputedStyle(document.activeElement).outlineStyle }));
    assert.equal(focused.tag, 'TEXTAREA');
    await r.page.keyboard.press('Shift+Tab');
    const ring = await r.page.evaluate(() => { const s = getComputedStyle(document.activeElement); return `${s.outlineStyle} ${s.outlineWidth}`; });
    assert.match(ring, /^solid [1-9]/, 'a visible focus ring on the button');
    // Enter on a reply button opens the form with the focus in it; Escape closes it and gives the focus back
    const reply = widget(r.page).items.first().locator(':scope > .cz-comment').getByRole('button', { name: 'Répondre' });
    await reply.focus();
    await r.page.keyboard.press('Enter');
    assert.equal(await r.page.evaluate(() => document.activeElement.tagName), 'TEXTAREA');
    await r.page.keyboard.press('Escape');
    assert.equal(await reply.evaluate((b) => b === document.activeElement), true);
    assert.equal(await reply.getAttribute('aria-expanded'), 'false');
    // the standalone subscription panel opens with the keyboard too
    const sub = r.page.getByRole('button', { name: 'S’abonner' });
    await sub.focus();
    await r.page.keyboard.press('Enter');
    assert.equal(await sub.getAttribute('aria-expanded'), 'true');
    assert.equal(await r.page.evaluate(() => document.activeElement.closest('form').getAttribute('aria-label')), 'S’abonner');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

// Parts that need server features which may not be built yet: each test
// probes its route first and is skipped, with the reason, when it is missing.
describe('reports, subscriptions and the editorial policy', () => {
  /** '' when the server implements it, else why the test cannot run. */
  async function probe(method, path, body) {
    const r = await srv.req(method, path, body === undefined ? {} : { json: body });
    return r.status === 404 && !(r.body && r.body.error && r.body.error.code !== 'not_found') || r.status === 405
      ? `the server does not implement ${method} ${path.replace(/\/\d+\//, '/{id}/')} yet (${r.status})` : '';
  }

  test('report a comment to the editors', async (t) => {
    const { comment } = await apiPost(srv, { author: 'Provocateur', text: 'Un commentaire à signaler.' });
    const missing = await probe('POST', `/api/v1/comments/${comment.id}/report`, { reason: 'sonde' });
    if (missing) { t.skip(missing); return; }
    const r = await reader();
    const item = r.page.locator(`#causerie-comment-${comment.id}`);
    const btn = item.locator(':scope > .cz-comment .cz-report');
    assert.equal(await btn.textContent(), 'Signaler');
    await btn.click();
    const form = item.getByRole('form', { name: 'Signaler ce commentaire à la rédaction' });
    await form.getByLabel('Motif').selectOption({ label: 'Spam ou publicité' });
    await form.getByLabel('Précisions (facultatif)').fill('lien publicitaire');
    await form.getByRole('button', { name: 'Envoyer le signalement' }).click();
    await item.locator('.cz-note').waitFor();
    assert.equal(await item.locator('.cz-note').textContent(), 'Merci : la rédaction examinera ce commentaire.');
    assert.equal(await btn.textContent(), 'Signalé');
    assert.equal(await btn.isDisabled(), true);
    await r.page.reload();
    await r.page.waitForSelector('.causerie[data-causerie-ready]');
    assert.equal(await btn.isDisabled(), true, 'remembered after a reload');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('subscribe: the standalone control and the choice at post time', async (t) => {
    const missing = await probe('POST', '/api/v1/subscriptions', { uri: '/', email: 'sonde@example.org', kind: 'all' });
    if (missing) { t.skip(missing); return; }
    const r = await reader();
    await r.page.getByRole('button', { name: 'S’abonner' }).click();
    const form = r.page.getByRole('form', { name: 'S’abonner' });
    await form.getByLabel('Notification pour').selectOption('replies');
    await form.getByLabel('E-mail').fill('pas-une-adresse');
    await form.getByRole('button', { name: 'M’abonner' }).click();
    assert.equal(await form.locator('.cz-msg').textContent(), 'Cette adresse e-mail ne semble pas valide.');
    await form.getByLabel('E-mail').fill('abonnee@example.org');
    await form.getByRole('button', { name: 'M’abonner' }).click();
    await form.locator('.cz-msg.cz-ok').waitFor();
    assert.match(await form.locator('.cz-msg').textContent(), /confirmez votre abonnement .* abonnee@example\.org/);
    // at post time: the choice needs an e-mail
    const w = widget(r.page);
    await w.text.fill('Je veux suivre la suite.');
    await w.name.fill('Abonnée');
    await w.email.fill('');
    await r.page.getByLabel('Me notifier :').selectOption('all');
    await w.publish.click();
    assert.equal(await w.topMessage.textContent(), 'Indiquez votre e-mail pour recevoir les notifications.');
    assert.equal(await w.email.evaluate((e) => e === document.activeElement), true);
    await w.email.fill('abonnee@example.org');
    await w.publish.click();
    await r.page.waitForFunction(() => /publié|attente/.test(document.querySelector('.cz-form-top .cz-msg').textContent));
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('the editorial policy: a rejected comment says why, with the category', async (t) => {
    const r = await openPage(browser, srv, { allowStatus: [422] });
    await gotoWidget(r.page, srv);
    const msg = await postTop(r.page, { text: 'Espèce de connard, tu racontes n’importe quoi.', author: 'Colérique' });
    if (msg === 'Votre commentaire est publié.') { await r.ctx.close(); t.skip('the server publishes without applying the editorial policy yet'); return; }
    // the policy's own message, in French because the widget says it is, then the category
    assert.match(msg, /^Votre commentaire .*publié.* \(motif : propos injurieux\)$/);
    assert.equal(await widget(r.page).text.inputValue(), 'Espèce de connard, tu racontes n’importe quoi.', 'the text stays for rewording');
    assert.equal(await r.page.getByText('Espèce de connard').count(), 0);
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});
