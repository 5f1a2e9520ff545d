// The widget on other pages than the demo: in English, Hebrew and Arabic
// (right to left), on a publisher's page of another origin (CORS), and the
// counter script on an index page (issue 4, items 1, 5 and 9).  Host pages
// are served by Playwright's router; the widget, its strings and the API come
// from the real server.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startDemo, openPage, screenshot, apiPost, wait, startPublisher } from './lib.mjs';

// The publisher: a real HTTP server of its own on the loopback (Chromium
// lets only a loopback page reach a loopback server: Local Network Access),
// reached as "localhost" so its origin differs from the comment server's.
let publisher;
let PUBLISHER;
const published = new Map();   /* path → html */
let srv;
let browser;
before(async () => {
  const p = await startPublisher(published);
  publisher = p.server;
  PUBLISHER = `http://localhost:${p.port}`;
  srv = await startDemo('embed', { CAUSERIE_SITE_ORIGINS: PUBLISHER });
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.stop();
  if (publisher) publisher.close();
});

/** A host page: an article in `lang` with the widget at its foot. */
function article({ lang, dir = 'ltr', title, paragraphs, uri, attrs = '' }) {
  return `<!doctype html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,"><style>body{font-family:sans-serif;max-width:46rem;margin:2rem auto;padding:0 4rem;line-height:1.6}</style></head>
<body><h1>${title}</h1>${paragraphs.map((p, i) => `<p data-causerie-paragraph="p${i + 1}">${p}</p>`).join('')}
<div id="causerie" data-causerie-uri="${uri}" ${attrs}></div>
<script src="${srv.base}/widget/embed.js" async></script></body></html>`;
}

async function serve(page, url, html) {
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

const PAGES = {
  he: {
    lang: 'he', dir: 'rtl', title: 'חשמלית: מועצת העיר אישרה את תוואי קו C',
    paragraphs: ['מועצת העיר אישרה ביום שלישי בערב את תוואי הקו החדש, שיעבור ברחוב הבורסקאים ובכיכר השוק.', 'העבודות צפויות להתחיל באביב 2028.'],
    comment: 'סוף סוף! מחכים לקו הזה כבר עשר שנים.', author: 'נועה',
    heading: /^(\d+|תגובה אחת) (תגובות)?/, sort: 'החדשות ביותר', submit: 'פרסום', published: 'התגובה שלכם פורסמה.',
  },
  ar: {
    lang: 'ar', dir: 'rtl', title: 'الترام: المجلس البلدي يصوّت على مسار الخط C',
    paragraphs: ['صوّت المجلس البلدي مساء الثلاثاء على مسار الخط الجديد الذي سيمر بشارع الدباغين وساحة السوق.', 'ومن المتوقع أن تبدأ الأشغال في ربيع 2028.'],
    comment: 'أخيرًا! ننتظر هذا الخط منذ عشر سنوات.', author: 'ليلى',
    heading: /تعليق/, sort: 'الأحدث', submit: 'نشر', published: 'تم نشر تعليقك.',
  },
};

describe('right-to-left languages', () => {
  for (const [lang, p] of Object.entries(PAGES)) {
    test(`${lang}: the section is laid out right to left, in ${lang}, and a reader can post`, async () => {
      const uri = `/${lang}/tram`;
      await apiPost(srv, { uri, author: p.author, text: p.comment });
      await apiPost(srv, { uri, author: 'Pierre', text: 'Une réponse en français dans un fil en ' + lang + '.' });
      const r = await openPage(browser, srv, { locale: lang });
      await serve(r.page, `${srv.base}/${lang}.html`, article({ ...p, uri }));
      await r.page.goto(`${srv.base}/${lang}.html`);
      await r.page.waitForSelector('.causerie[data-causerie-ready]');
      const root = r.page.locator('#causerie > .causerie');
      assert.equal(await root.getAttribute('dir'), 'rtl');
      assert.equal(await root.getAttribute('lang'), lang);
      assert.match(await r.page.locator('.cz-title').textContent(), p.heading);
      assert.equal(await r.page.getByRole('button', { name: p.sort }).getAttribute('aria-pressed'), 'true');
      // mirrored: the avatar is at the right of the author's name, replies indent from the right
      const first = r.page.locator('.cz-list > .cz-item').first();
      const avatar = await first.locator('.cz-avatar').first().boundingBox();
      const name = await first.locator('.cz-author').first().boundingBox();
      assert.ok(avatar.x > name.x, `avatar on the right in ${lang} (${avatar.x} > ${name.x})`);
      const sub = await r.page.getByRole('button', { name: /הרשמה|اشترك/ }).boundingBox();
      const title = await r.page.locator('.cz-title').boundingBox();
      assert.ok(sub.x < title.x, 'the subscribe button sits at the left end of the header');
      const marker = await r.page.locator('[data-causerie-paragraph="p1"] .causerie-marker').boundingBox();
      const para = await r.page.locator('[data-causerie-paragraph="p1"]').boundingBox();
      assert.ok(marker.x < para.x, 'the inline marker is in the left margin');
      // post
      await r.page.locator('.cz-form-top textarea').fill(`${p.comment} (2)`);
      await r.page.locator('.cz-form-top .cz-f-author input').fill(p.author);
      await r.page.locator('.cz-form-top').getByRole('button', { name: p.submit }).click();
      await r.page.locator('.cz-form-top .cz-msg').filter({ hasText: /\S/ }).waitFor();
      assert.equal(await r.page.locator('.cz-form-top .cz-msg').textContent(), p.published);
      assert.equal(await r.page.locator('.cz-list > .cz-item').first().locator('.cz-author').first().textContent(), p.author);
      // a French comment inside keeps its own direction
      const fr = r.page.locator('.cz-body', { hasText: 'Une réponse en français' });
      assert.equal(await fr.evaluate((e) => getComputedStyle(e).direction), 'ltr');
      // nothing overflows the page horizontally
      assert.ok(await r.page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth));
      assert.deepEqual(r.problems, []);
      await screenshot(r.page, `rtl-${lang}`);
      await r.ctx.close();
    });
  }

  test('en: the page language picks English; data-causerie-lang overrides it', async () => {
    const r = await openPage(browser, srv, { locale: 'en-GB' });
    await serve(r.page, `${srv.base}/en.html`, article({ lang: 'en-GB', title: 'Tram line C', paragraphs: ['The council voted the route.'], uri: '/en/tram' }));
    await r.page.goto(`${srv.base}/en.html`);
    await r.page.waitForSelector('.causerie[data-causerie-ready]');
    assert.equal(await r.page.locator('.cz-title').textContent(), '0 comments');
    assert.equal(await r.page.getByRole('button', { name: 'Most popular' }).count(), 1);
    assert.equal(await r.page.locator('#causerie > .causerie').getAttribute('dir'), 'ltr');
    await serve(r.page, `${srv.base}/en-he.html`, article({ lang: 'en', title: 'Tram', paragraphs: ['x'], uri: '/en/tram', attrs: 'data-causerie-lang="he" data-causerie-theme="dark"' }));
    await r.page.goto(`${srv.base}/en-he.html`);
    await r.page.waitForSelector('.causerie[data-causerie-ready]');
    assert.equal(await r.page.locator('#causerie > .causerie').getAttribute('dir'), 'rtl');
    assert.match(await r.page.locator('#causerie > .causerie').getAttribute('class'), /cz-theme-dark/);
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
});

describe('on a publisher\'s page of another origin', () => {
  test('the widget loads, posts and votes through CORS; nothing else is requested', async () => {
    const r = await openPage(browser, srv, { hostOrigin: PUBLISHER });
    published.set('/2026/11/tram', article({ lang: 'fr', title: 'Tramway', paragraphs: ['Le conseil a voté.'], uri: '/2026/11/tram' }));
    await r.page.goto(`${PUBLISHER}/2026/11/tram`);
    await r.page.waitForSelector('.causerie[data-causerie-ready]', { timeout: 15000 });
    await r.page.locator('.cz-form-top textarea').fill('Posté depuis le site de l’éditeur.');
    await r.page.locator('.cz-form-top .cz-f-author input').fill('Yasmine');
    await r.page.locator('.cz-form-top').getByRole('button', { name: 'Publier' }).click();
    await r.page.locator('.cz-form-top .cz-msg').filter({ hasText: /\S/ }).waitFor();
    assert.equal(await r.page.locator('.cz-form-top .cz-msg').textContent(), 'Votre commentaire est publié.');
    await r.page.locator('.cz-like').first().click();
    await r.page.waitForFunction(() => document.querySelector('.cz-like').getAttribute('aria-pressed') === 'true');
    // the edit token travels in a custom header: the preflight must allow it
    await r.page.locator('.cz-list .cz-own').getByRole('button', { name: 'Modifier' }).click();
    await r.page.locator('.cz-editform textarea').fill('Corrigé depuis le site de l’éditeur.');
    await r.page.getByRole('button', { name: 'Enregistrer' }).click();
    await r.page.locator('.cz-note').waitFor();
    assert.equal(await r.page.locator('.cz-note').textContent(), 'Votre commentaire a été modifié.');
    const list = await srv.get('/api/v1/comments?uri=%2F2026%2F11%2Ftram');
    assert.equal(list.body.count, 1);
    assert.match(list.body.comments[0].html, /Corrigé/);
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  });
  test('an origin the site has not listed gets no data: the widget says it cannot load', async () => {
    // the same publisher server reached through another name is another origin
    const stranger = PUBLISHER.replace('localhost', '127.0.0.1');
    const r = await openPage(browser, srv, { hostOrigin: stranger, allowFailed: /\/api\/v1\// });
    published.set('/2026/11/autre', article({ lang: 'fr', title: 'Ailleurs', paragraphs: ['Texte.'], uri: '/2026/11/autre' }));
    await r.page.goto(`${stranger}/2026/11/autre`);
    await r.page.locator('.cz-loading', { hasText: 'Impossible de charger les commentaires.' }).waitFor({ timeout: 15000 });
    assert.equal(await r.page.getByRole('button', { name: 'Réessayer' }).count(), 1);
    assert.ok(r.problems.every((p) => /CORS|Access-Control|Failed to load resource|ERR_FAILED/.test(p)), r.problems.join('\n'));
    await r.ctx.close();
  });
});

describe('the counter script', () => {
  test('fills "N commentaires" for every article of an index page with one counts call', async () => {
    await apiPost(srv, { uri: '/index/a', text: 'Un.' });
    await apiPost(srv, { uri: '/index/a', text: 'Deux.' });
    await apiPost(srv, { uri: '/index/b', text: 'Un seul.' });
    const r = await openPage(browser, srv);
    await serve(r.page, `${srv.base}/index.html`, `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Une</title><link rel="icon" href="data:,"></head><body>
<ul><li><a href="/index/a">A</a> <span data-causerie-count="/index/a"></span></li>
<li><a href="/index/b">B</a> <span data-causerie-count="/index/b"></span></li>
<li><a href="/index/c" data-causerie-count="">C</a></li>
<li lang="en"><span data-causerie-count="/index/a"></span></li></ul>
<script src="${srv.base}/widget/count.js" async></script></body></html>`);
    await r.page.goto(`${srv.base}/index.html`);
    await r.page.waitForFunction(() => document.querySelectorAll('[data-causerie-counted]').length === 4);
    assert.deepEqual(await r.page.locator('[data-causerie-count]').allTextContents(), ['2 commentaires', '1 commentaire', '0 commentaire', '2 comments']);
    assert.equal(r.requests.filter((u) => u.includes('/api/v1/counts')).length, 1);
    assert.deepEqual(r.problems, []);
    await wait(100);
    await r.ctx.close();
  });

  test('long uris are split over several calls, each under the request head limit', async () => {
    // 60 uris of about 900 characters (percent-encoded: ~2 600 bytes each) would
    // make one 150 KB request head; the server refuses any over ~15 KB (431)
    const uris = Array.from({ length: 60 }, (_, i) => `/long/${i}/${'é'.repeat(450)}`);
    await apiPost(srv, { uri: uris[7], text: 'Sur une page au long nom.' });
    const r = await openPage(browser, srv);
    const spans = uris.map((u) => `<li><span data-causerie-count="${u}"></span></li>`).join('\n');
    await serve(r.page, `${srv.base}/long.html`, `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Longs</title><link rel="icon" href="data:,"></head><body>
<ul>${spans}</ul><script src="${srv.base}/widget/count.js" async></script></body></html>`);
    await r.page.goto(`${srv.base}/long.html`);
    await r.page.waitForFunction(() => document.querySelectorAll('[data-causerie-counted]').length === 60, null, { timeout: 15000 });
    const texts = await r.page.locator('[data-causerie-count]').allTextContents();
    assert.equal(texts[7], '1 commentaire');
    assert.equal(texts.filter((t) => t === '0 commentaire').length, 59);
    const calls = r.requests.filter((u) => u.includes('/api/v1/counts'));
    assert.ok(calls.length > 1, `${calls.length} call(s)`);
    for (const u of calls) assert.ok(u.length < 8000, `a call of ${u.length} bytes`);
    assert.deepEqual(r.problems, []);
    await wait(100);
    await r.ctx.close();
  });
});
