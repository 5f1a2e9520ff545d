// The reader widget in a real browser, fourth part (after hostile19; issue
// 4).  Each test is a finding, kept so that it stays fixed:
//   - a reader's name, e-mail and website were not part of the draft the
//     widget keeps: a reply form built again (Escape, then reopened; a new
//     sort) showed the text typed but the details of the reader's last post
//     (or nothing) instead of those typed in it.  They are now kept with
//     the text, for the page's life; "Annuler" discards them with it; what
//     is remembered across pages and reloads (localStorage causerie:guest)
//     is still what the reader last posted with, never the honeypot field;
//   - a window resize placed the paragraph markers twice: once from the
//     resize event, at once, and once more from the ResizeObserver watching
//     the article's container.  They are now placed from the ResizeObserver
//     alone (it watches the root element too, for the window), once a frame
//     at most, and only when a width changed: a paragraph growing taller
//     because its marker moved after its text is no reason to place them
//     again.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, apiPost, openPublisher, closePublisher, openArticle, itemOf, sortBy } from './lib.mjs';

const pages = new Map();   /* path → html of the publisher's page */
let publisher;
let PUBLISHER;
let srv;
let browser;

before(async () => ({ publisher, PUBLISHER, srv, browser } = await openPublisher('hostile20', pages)));
after(() => closePublisher({ publisher, srv, browser }));

/** A reader on the publisher's page of `uri`, widget ready (openArticle). */
const reader = (uri, opts = {}) => openArticle({ browser, srv, PUBLISHER, pages }, uri, opts);

/** The fields of a form (a locator), as the reader sees them. */
function fields(form) {
  return {
    text: form.locator('textarea'),
    name: form.getByLabel('Nom', { exact: true }),
    email: form.getByLabel(/^E-mail/),
    website: form.getByLabel(/^Site web/),
  };
}
async function values(form) {
  const f = fields(form);
  return { text: await f.text.inputValue(), name: await f.name.inputValue(), email: await f.email.inputValue(), website: await f.website.inputValue() };
}

describe('the name, e-mail and website in the draft', () => {
  test('typed in a reply form, they come back with its text after Escape and after a new sort; Annuler discards them; never the honeypot', async () => {
    const uri = '/h20/reply-guest';
    await apiPost(srv, { uri, text: 'Premier avis, le plus ancien.' });
    await apiPost(srv, { uri, text: 'Second avis, le plus récent.' });
    const r = await reader(uri);
    const newer = itemOf(r.page, 'Second avis');
    const replyBtn = newer.locator(':scope > .cz-comment').getByRole('button', { name: 'Répondre' });
    const form = newer.locator('.cz-form-reply');
    const typed = { text: 'Une réponse en cours.', name: 'Chloé Martin', email: 'chloe@example.org', website: 'https://chloe.example.org' };
    await replyBtn.click();
    const f = fields(form);
    await f.text.fill(typed.text);
    await f.name.fill(typed.name);
    await f.email.fill(typed.email);
    await f.website.fill(typed.website);
    /* a form-filling bot's honeypot value is no draft */
    await form.locator('input[name="url2"]').evaluate((i) => { i.value = 'http://spam.example'; i.dispatchEvent(new Event('input', { bubbles: true })); });
    /* the main form's details, typed and not posted */
    const top = r.page.locator('.cz-form-top');
    await fields(top).name.fill('Chloé (formulaire principal)');
    await fields(top).email.fill('chloe.top@example.org');

    await f.website.focus();
    await r.page.keyboard.press('Escape');
    assert.equal(await form.count(), 0, 'Escape closes the reply form');
    await replyBtn.click();
    assert.deepEqual(await values(form), typed, 'reopened after Escape: text, name, e-mail and website');

    await sortBy(r.page, 'Le plus ancien', 'Premier avis');
    assert.equal(await form.count(), 1, 'the reply form is open again after a new sort');
    assert.deepEqual(await values(form), typed, 'with the text, name, e-mail and website typed in it');
    assert.equal(await form.locator('input[name="url2"]').inputValue(), '', 'the honeypot field is not kept');
    assert.equal(await fields(top).name.inputValue(), 'Chloé (formulaire principal)', 'the main form keeps its name through a new sort');
    assert.equal(await fields(top).email.inputValue(), 'chloe.top@example.org', 'and its e-mail');

    /* closed by Escape, then a new sort: kept too */
    await form.locator('textarea').focus();
    await r.page.keyboard.press('Escape');
    await sortBy(r.page, 'Le plus récent', 'Second avis');
    await replyBtn.click();
    assert.deepEqual(await values(form), typed, 'a closed draft keeps its details through a new sort');

    /* Annuler discards them with the text: nothing was posted, nothing remembered */
    await form.getByRole('button', { name: 'Annuler' }).click();
    await replyBtn.click();
    assert.deepEqual(await values(form), { text: '', name: '', email: '', website: '' }, 'Annuler discards the details with the text');
    assert.equal(await r.page.evaluate(() => localStorage.getItem('causerie:guest')), null, 'nothing is remembered before a post');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('posted from a reply form, the name, e-mail and website come back in every form after a reload (localStorage), without the honeypot', async () => {
    const uri = '/h20/reply-guest-reload';
    await apiPost(srv, { uri, text: 'Premier avis, le plus ancien.' });
    await apiPost(srv, { uri, text: 'Second avis, le plus récent.' });
    const r = await reader(uri);
    const newer = itemOf(r.page, 'Second avis');
    const form = newer.locator('.cz-form-reply');
    const typed = { name: 'Chloé Martin', email: 'chloe@example.org', website: 'https://chloe.example.org' };
    await newer.locator(':scope > .cz-comment').getByRole('button', { name: 'Répondre' }).click();
    const f = fields(form);
    await f.text.fill('Une réponse publiée.');
    await f.name.fill(typed.name);
    await f.email.fill(typed.email);
    await f.website.fill(typed.website);
    await form.getByRole('button', { name: 'Publier' }).click();
    await newer.locator('.cz-replies .cz-body', { hasText: 'Une réponse publiée.' }).waitFor({ timeout: 10000 });
    const stored = await r.page.evaluate(() => JSON.parse(localStorage.getItem('causerie:guest')));
    assert.deepEqual(stored, { author: typed.name, email: typed.email, website: typed.website }, 'remembered: name, e-mail, website and nothing else');

    await r.page.reload();
    await r.page.waitForSelector('.causerie[data-causerie-ready]', { timeout: 15000 });
    const older = itemOf(r.page, 'Premier avis');
    await older.locator(':scope > .cz-comment').getByRole('button', { name: 'Répondre' }).click();
    const again = await values(older.locator('.cz-form-reply'));
    assert.deepEqual({ name: again.name, email: again.email, website: again.website }, typed, 'a reply form after the reload');
    assert.equal(again.text, '', 'the posted text is no draft');
    const top = await values(r.page.locator('.cz-form-top'));
    assert.deepEqual({ name: top.name, email: top.email, website: top.website }, typed, 'and the main form');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

describe('paragraph markers and a window resize', () => {
  /* counts the widget's placements: each measures every marker once */
  const countFits = (page) => page.addInitScript(() => {
    const rect = Element.prototype.getBoundingClientRect;
    window.__fits = 0;
    window.__rect = (el) => rect.call(el);
    Element.prototype.getBoundingClientRect = function () {
      if (this.classList && this.classList.contains('causerie-marker')) window.__fits += 1;
      return rect.call(this);
    };
  });
  /* a few frames and a pause: anything scheduled by the resize has run */
  const settle = (page) => page.evaluate(() => new Promise((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => resolve()), 300)));
  }));
  /* every marker beside its paragraph: in the margin just past its end, or after its text; on the screen */
  const placed = (page) => page.evaluate(() => [...document.querySelectorAll('[data-causerie-paragraph]')].map((p) => {
    const m = window.__rect(p.querySelector('.causerie-marker'));
    const b = window.__rect(p);
    const margin = m.left >= b.right;
    const beside = margin ? m.left - b.right < 80 : m.left >= b.left && m.right <= b.right + 1;
    const level = m.top >= b.top - 1 && m.top < b.bottom;
    return { id: p.getAttribute('data-causerie-paragraph'), margin, beside, level, onScreen: m.left >= 0 && m.right <= innerWidth };
  }));

  test('a resize places the markers once, and they land beside their paragraphs', async () => {
    const uri = '/h20/resize';
    const article = ['p1', 'p2', 'p3'].map((id) => `<p data-causerie-paragraph="${id}">Le conseil municipal a voté hier soir le budget du tramway, paragraphe ${id}.</p>`).join('');
    const r = await reader(uri, {
      viewport: { width: 1280, height: 800 },
      setup: countFits,
      page: { head: '<style>body{margin:0 0 0 1rem}article{width:70%}</style>', article: `<article>${article}</article>` },
    });
    const markers = await r.page.locator('.causerie-marker').count();
    assert.equal(markers, 3);
    await settle(r.page);
    for (const p of await placed(r.page)) assert.deepEqual(p, { id: p.id, margin: true, beside: true, level: true, onScreen: true }, 'at first, in the margin');

    const resize = async (width, height = 800) => {
      await r.page.evaluate(() => { window.__fits = 0; });
      await r.page.setViewportSize({ width, height });
      await settle(r.page);
      return r.page.evaluate((n) => window.__fits / n, markers);
    };
    /* narrower: the article narrows with the window, the markers stay in the margin */
    assert.equal(await resize(1000), 1, 'placed once for a resize');
    for (const p of await placed(r.page)) assert.deepEqual(p, { id: p.id, margin: true, beside: true, level: true, onScreen: true }, 'in the margin of the narrower article');
    /* narrow: no margin left, each marker after its paragraph's text */
    assert.equal(await resize(600), 1, 'placed once when the markers move in');
    for (const p of await placed(r.page)) assert.deepEqual(p, { id: p.id, margin: false, beside: true, level: true, onScreen: true }, 'after the text');
    /* and back */
    assert.equal(await resize(1280), 1, 'placed once when they move back out');
    for (const p of await placed(r.page)) assert.deepEqual(p, { id: p.id, margin: true, beside: true, level: true, onScreen: true }, 'in the margin again');
    /* a window made only shorter moves nothing sideways: no placement */
    assert.equal(await resize(1280, 600), 0, 'not placed again for a height');
    for (const p of await placed(r.page)) assert.deepEqual(p, { id: p.id, margin: true, beside: true, level: true, onScreen: true }, 'still in the margin');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});
