// Hostile review of the reader widget in a real browser, third part (what
// hostile18 and hostile18b's passes left; issue 4).  Each test is a
// finding, kept so that it stays fixed:
//   - the widget weighed 19,967 of its 20,000 bytes (gzipped): the server
//     now serves the widget's and the console's CSS and JS without their
//     comments (tools/embed.c; the sources keep them), 18.3 KB with this
//     pass's fixes (the sources, 20.7 KB).  Kept here:
//     the served CSS has no comment, the served JS no whole-line comment,
//     and the widget still renders, styled;
//   - a reader who changed the sort lost the reply or the edit they were
//     writing (the list is rebuilt): an open form now opens again under
//     its comment with its text (the focus stays on the sort), and a draft
//     kept by Escape (hostile18b) is kept through the new sort too;
//   - Escape on the report form threw away its reason and details, unlike
//     the other forms: they are now kept for the next opening; "Annuler"
//     still discards them;
//   - the paragraph markers were placed (in the margin, or after the text
//     where the margin is off the screen) at the start and when the window
//     was resized only: an image or a web font arriving later that widened
//     the article left markers off the screen, and the page scrolled
//     sideways.  They are placed again when the article's container
//     changes size and when web fonts finish loading.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { openPage, apiPost, postTop, openPublisher, closePublisher, openArticle, itemOf, sortBy } from './lib.mjs';

const pages = new Map();   /* path → html of the publisher's page */
let publisher;
let PUBLISHER;
let srv;
let browser;

before(async () => ({ publisher, PUBLISHER, srv, browser } = await openPublisher('hostile19', pages)));
after(() => closePublisher({ publisher, srv, browser }));

/** A reader on the publisher's page of `uri`, widget ready (openArticle);
 * not waiting for 'load': a test may hold an image or a font back. */
const reader = (uri, opts = {}) => openArticle({ browser, srv, PUBLISHER, pages }, uri,
  { ...opts, waitUntil: 'domcontentloaded' });

const isFocused = (loc) => loc.evaluate((el) => el === document.activeElement);

describe('the served widget', () => {
  test('embed.css is served without comments, embed.js without whole-line comments, and the widget renders styled', async () => {
    const css = await srv.get('/widget/embed.css');
    const js = await srv.get('/widget/embed.js');
    assert.equal(css.status, 200);
    assert.equal(js.status, 200);
    assert.equal(css.text.includes('/*'), false, 'no comment in the served CSS');
    assert.ok(css.text.includes('.causerie-marker'), 'the rules are there');
    const lines = js.text.split('\n');
    assert.deepEqual(lines.filter((l) => /^\s*(\/\/|\/\*)/.test(l)), [], 'no whole-line comment in the served JS');
    const source = fs.readFileSync(new URL('../../web/widget/embed.js', import.meta.url), 'utf8');
    assert.ok(js.text.length < source.length, 'the served JS is smaller than its source');
    const r = await reader('/h19/served', { page: { article: '<article style="max-width:40rem;margin:0 auto"><p data-causerie-paragraph="p1">Le conseil a voté.</p></article>' } });
    const look = await r.page.evaluate(() => {
      const style = (sel, prop) => getComputedStyle(document.querySelector(sel))[prop];
      return {
        publish: style('.cz-form-top .cz-primary', 'backgroundColor'),
        marker: style('.causerie-marker', 'position'),
        css: [...document.styleSheets].filter((s) => /\/widget\/embed\.[0-9a-f]{16}\.css$/.test(s.href || '')).length,
      };
    });
    assert.equal(look.css, 1, 'the content-hashed stylesheet is loaded');
    assert.equal(look.publish, 'rgb(27, 95, 179)', 'the accent colour on "Publier"');
    assert.equal(look.marker, 'absolute', 'the paragraph marker in the margin');
    assert.match(await postTop(r.page, { text: 'Un avis servi par le widget sans commentaires.' }), /publié/);
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

describe('drafts and a new sort', () => {
  test('an open reply form comes back with its text after a new sort; a draft kept by Escape too', async () => {
    const uri = '/h19/sort-reply';
    await apiPost(srv, { uri, text: 'Premier avis, le plus ancien.' });
    await apiPost(srv, { uri, text: 'Second avis, le plus récent.' });
    const r = await reader(uri);
    const older = itemOf(r.page, 'Premier avis');
    const newer = itemOf(r.page, 'Second avis');
    await newer.locator(':scope > .cz-comment').getByRole('button', { name: 'Répondre' }).click();
    await newer.locator('.cz-form-reply textarea').fill('Un brouillon fermé par Échap.');
    await r.page.keyboard.press('Escape');
    await older.locator(':scope > .cz-comment').getByRole('button', { name: 'Répondre' }).click();
    await older.locator('.cz-form-reply textarea').fill('Une réponse longue, en cours d’écriture.');
    const sort = await sortBy(r.page, 'Le plus ancien', 'Premier avis');
    const box = older.locator('.cz-form-reply textarea');
    assert.equal(await box.count(), 1, 'the reply form is open again');
    assert.equal(await box.inputValue(), 'Une réponse longue, en cours d’écriture.', 'with its text');
    assert.equal(await older.locator(':scope > .cz-comment').getByRole('button', { name: 'Répondre' }).getAttribute('aria-expanded'), 'true');
    assert.equal(await isFocused(sort), true, 'the focus stays on the sort');
    await newer.locator(':scope > .cz-comment').getByRole('button', { name: 'Répondre' }).click();
    assert.equal(await newer.locator('.cz-form-reply textarea').inputValue(), 'Un brouillon fermé par Échap.', 'the closed draft is kept');
    await sortBy(r.page, 'Le plus récent', 'Second avis');
    assert.equal(await box.inputValue(), 'Une réponse longue, en cours d’écriture.', 'and through a second sort');
    assert.equal(await newer.locator('.cz-form-reply textarea').inputValue(), 'Un brouillon fermé par Échap.');
    /* posted from the form that came back */
    await older.locator('.cz-form-reply').getByLabel('Nom', { exact: true }).fill('Lectrice');
    await older.locator('.cz-form-reply').getByRole('button', { name: 'Publier' }).click();
    await older.locator('.cz-replies .cz-body', { hasText: 'Une réponse longue' }).waitFor({ timeout: 5000 });
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  test('an open edit form comes back with the changes after a new sort', async () => {
    const uri = '/h19/sort-edit';
    const r = await reader(uri);
    assert.match(await postTop(r.page, { text: 'Mon avis, première version.' }), /publié/);
    await apiPost(srv, { uri, text: 'Un avis venu après.' });
    await sortBy(r.page, 'Le plus ancien', 'Mon avis');
    const mine = itemOf(r.page, 'Mon avis');
    await mine.getByRole('button', { name: 'Modifier' }).click();
    await mine.locator('.cz-editform textarea').fill('Mon avis, deuxième version, réécrite.');
    await sortBy(r.page, 'Le plus récent', 'Un avis venu après');
    const area = r.page.locator('.cz-editform textarea');
    assert.equal(await area.count(), 1, 'the edit form is open again');
    assert.equal(await area.inputValue(), 'Mon avis, deuxième version, réécrite.', 'with the changes');
    await r.page.locator('.cz-editform').getByRole('button', { name: 'Enregistrer' }).click();
    await r.page.locator('.cz-body', { hasText: 'deuxième version' }).first().waitFor({ timeout: 5000 });
    assert.equal(await area.count(), 0);
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

describe('the report form', () => {
  test('Escape keeps the reason and the details for the next opening; Annuler discards them', async () => {
    const uri = '/h19/report-draft';
    await apiPost(srv, { uri, text: 'Un avis à signaler.' });
    const r = await reader(uri);
    const item = r.page.locator('.cz-list > .cz-item').first();
    const btn = item.getByRole('button', { name: 'Signaler' });
    const form = item.locator('.cz-reportform');
    await btn.click();
    await form.getByLabel('Motif').selectOption({ label: 'Spam ou publicité' });
    await form.getByLabel('Précisions (facultatif)').fill('Le même lien publié sur dix articles.');
    await r.page.keyboard.press('Escape');
    assert.equal(await form.count(), 0, 'Escape closes the form');
    assert.equal(await isFocused(btn), true, 'focus back on "Signaler"');
    await r.page.keyboard.press('Enter');
    assert.equal(await form.getByLabel('Précisions (facultatif)').inputValue(), 'Le même lien publié sur dix articles.', 'the details are back');
    assert.equal(await form.getByLabel('Motif').evaluate((s) => s.options[s.selectedIndex].text), 'Spam ou publicité', 'and the reason');
    /* and through a new sort */
    await apiPost(srv, { uri, text: 'Un autre avis.' });
    await sortBy(r.page, 'Le plus ancien', 'Un avis à signaler');
    assert.equal(await form.getByLabel('Précisions (facultatif)').inputValue(), 'Le même lien publié sur dix articles.', 'kept through a new sort');
    await form.getByRole('button', { name: 'Annuler' }).click();
    await btn.click();
    assert.equal(await form.getByLabel('Précisions (facultatif)').inputValue(), '', 'Annuler discards the details');
    assert.equal(await form.getByLabel('Motif').evaluate((s) => s.selectedIndex), 0, 'and the reason');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

describe('paragraph markers and what arrives late', () => {
  /* the marker of the page's only paragraph, the paragraph, the page's width */
  const geometry = (page) => page.evaluate(() => {
    const m = document.querySelector('.causerie-marker').getBoundingClientRect();
    const p = document.querySelector('[data-causerie-paragraph]').getBoundingClientRect();
    return { left: m.left, right: m.right, outside: m.left >= p.right, scroll: document.scrollingElement.scrollWidth, inner: innerWidth };
  });
  /** Fulfils requests for `url` only once release() is called. */
  async function hold(page, url, body, contentType) {
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(url, async (route) => { await held; await route.fulfill({ status: 200, contentType, body }); });
    return () => release();
  }
  const onScreen = (page) => page.waitForFunction(() => {
    const m = document.querySelector('.causerie-marker').getBoundingClientRect();
    return m.left >= 0 && m.right <= innerWidth && document.scrollingElement.scrollWidth <= innerWidth;
  }, null, { timeout: 3000 }).catch(() => {});

  test('an image loaded after the widget widens the article: the marker moves in, and back out when it goes', async () => {
    const uri = '/h19/late-image';
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1250" height="40"><rect width="1250" height="40" fill="#ccd"/></svg>';
    let release;
    const r = await reader(uri, {
      viewport: { width: 1280, height: 800 },
      setup: async (page) => { release = await hold(page, `${PUBLISHER}/late.svg`, svg, 'image/svg+xml'); },
      page: { head: '<style>body{margin:0}</style>',
        article: '<article style="display:inline-block"><img src="/late.svg" alt="" style="display:block"><p data-causerie-paragraph="p1">Le conseil municipal a voté hier soir le budget du tramway.</p></article>' },
    });
    const before = await geometry(r.page);
    assert.equal(before.outside, true, 'at first, in the margin beside the paragraph');
    release();
    await r.page.waitForFunction(() => document.querySelector('img').complete && document.querySelector('article').offsetWidth >= 1250);
    await onScreen(r.page);
    const after = await geometry(r.page);
    assert.ok(after.left >= 0 && after.right <= after.inner, `the marker on the screen: ${after.left}..${after.right} within 0..${after.inner}`);
    assert.ok(after.scroll <= after.inner, `no sideways scroll: scrollWidth ${after.scroll} > innerWidth ${after.inner}`);
    assert.equal(after.outside, false, 'after the paragraph\'s text');
    /* the host page takes the image away: room in the margin again */
    await r.page.evaluate(() => document.querySelector('img').remove());
    await r.page.waitForFunction(() => {
      const m = document.querySelector('.causerie-marker').getBoundingClientRect();
      return m.left >= document.querySelector('[data-causerie-paragraph]').getBoundingClientRect().right;
    }, null, { timeout: 3000 }).catch(() => {});
    assert.equal((await geometry(r.page)).outside, true, 'back in the margin');
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });

  const FONT = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf']
    .find((f) => fs.existsSync(f));
  test('a web font loaded after the widget widens the article: the marker moves in', { skip: !FONT && 'no font file to serve' }, async () => {
    const uri = '/h19/late-font';
    let release;
    const r = await reader(uri, {
      viewport: { width: 1280, height: 800 },
      setup: async (page) => { release = await hold(page, `${PUBLISHER}/late.ttf`, fs.readFileSync(FONT), 'font/ttf'); },
      page: { head: '<style>body{margin:0}@font-face{font-family:Late;src:url(/late.ttf);size-adjust:400%;font-display:swap}</style>',
        article: '<article style="display:inline-block;font:16px Late, monospace"><p data-causerie-paragraph="p1">Le conseil a voté le budget du tramway.</p></article>' },
    });
    const before = await geometry(r.page);
    assert.equal(before.outside, true, 'at first, in the margin beside the paragraph');
    release();
    await r.page.evaluate(() => document.fonts.ready);
    await r.page.waitForFunction(() => document.fonts.check('16px Late') && document.querySelector('article').offsetWidth > 1200);
    await onScreen(r.page);
    const after = await geometry(r.page);
    assert.ok(after.left >= 0 && after.right <= after.inner, `the marker on the screen: ${after.left}..${after.right} within 0..${after.inner}`);
    assert.ok(after.scroll <= after.inner, `no sideways scroll: scrollWidth ${after.scroll} > innerWidth ${after.inner}`);
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});
