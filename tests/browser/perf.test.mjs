// Speed and weight (issue 4, items 1 and 10): the first render of a
// 200-comment thread in headless Chromium, and the gzipped size of the
// widget.  The figures are printed and written to
// tests/artifacts/browser/perf.json for the README.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launch, startDemo, openPage, ROOT, ARTIFACTS } from './lib.mjs';

const RUNS = 7;
let srv;
let browser;
const results = {};
before(async () => {
  srv = await startDemo('perf');
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.stop();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.writeFileSync(path.join(ARTIFACTS, 'perf.json'), `${JSON.stringify(results, null, 2)}\n`);
});

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Loads a host page with the widget RUNS times, each time as a new reader
 * (a new browser context: cold caches); returns render and ready times. */
async function measure(uri, attrs) {
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Perf</title><link rel="icon" href="data:,"></head>
<body><main style="max-width:42rem;margin:auto"><h1>Article</h1><div id="causerie" data-causerie-uri="${uri}" ${attrs}></div></main>
<script src="/widget/embed.js" async></script></body></html>`;
  const render = [];
  const ready = [];
  let shown = 0;
  for (let i = 0; i < RUNS; i += 1) {
    const r = await openPage(browser, srv);
    await r.page.route(`${srv.base}/perf.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await r.page.goto(`${srv.base}/perf.html`);
    await r.page.waitForSelector('.causerie[data-causerie-ready]');
    const m = await r.page.evaluate(() => ({
      render: performance.getEntriesByName('causerie:render')[0].duration,
      ready: performance.getEntriesByName('causerie:render-end')[0].startTime,
      shown: document.querySelectorAll('.cz-comment').length,
    }));
    render.push(m.render);
    ready.push(m.ready);
    shown = m.shown;
    assert.deepEqual(r.problems, []);
    await r.ctx.close();
  }
  return { render, ready, shown };
}

test('a 200-comment thread renders in under 100 ms', async () => {
  const uri = '/perf/200';
  // 50 threads of 4: a comment and three replies, one of them nested
  for (let i = 0; i < 50; i += 1) {
    const top = await srv.post('/api/v1/comments', { uri, author: `Lecteur ${i}`, text: `Avis numéro ${i} sur le **tracé**, avec [un lien](https://example.org/${i}) et un peu de texte pour faire une ligne ou deux comme dans un vrai commentaire.` });
    assert.equal(top.status, 201, top.text);
    const r1 = await srv.post('/api/v1/comments', { uri, parent: top.body.comment.id, author: `Réponse ${i}a`, text: 'Je ne suis pas d’accord : le calendrier ne tiendra pas.' });
    await srv.post('/api/v1/comments', { uri, parent: top.body.comment.id, author: `Réponse ${i}b`, text: 'Tout à fait, et les commerçants ont raison de s’inquiéter.' });
    await srv.post('/api/v1/comments', { uri, parent: r1.body.comment.id, author: `Réponse ${i}c`, text: 'On verra bien en 2028.' });
  }
  const all = await measure(uri, 'data-causerie-limit="all"');
  assert.equal(all.shown, 200, 'all 200 comments are in the page');
  const first = await measure(uri, '');
  results.thread_200 = {
    runs: RUNS,
    render_all_ms_median: +median(all.render).toFixed(1),
    render_all_ms_max: +Math.max(...all.render).toFixed(1),
    ready_all_ms_median: +median(all.ready).toFixed(1),
    first_page_comments: first.shown,
    render_first_page_ms_median: +median(first.render).toFixed(1),
    ready_first_page_ms_median: +median(first.ready).toFixed(1),
  };
  console.log(`# perf: 200 comments rendered in ${results.thread_200.render_all_ms_median} ms (median of ${RUNS} new readers, max ${results.thread_200.render_all_ms_max} ms); `
    + `first page (${first.shown} comments) in ${results.thread_200.render_first_page_ms_median} ms; `
    + `widget ready ${results.thread_200.ready_all_ms_median} ms after navigation start`);
  assert.ok(median(all.render) < 100, `first render of 200 comments: ${median(all.render)} ms`);
});

test('embed.js and embed.css weigh under 20 KB (20 000 bytes) gzipped; count.js under 2 KB', async () => {
  const gz = (rel) => zlib.gzipSync(fs.readFileSync(path.join(ROOT, 'web', 'widget', rel)), { level: 9 }).length;
  const sizes = {
    'embed.js': gz('embed.js'),
    'embed.css': gz('embed.css'),
    'count.js': gz('count.js'),
  };
  for (const l of ['fr', 'en', 'he', 'ar']) sizes[`i18n/${l}.js`] = gz(`i18n/${l}.js`);
  const core = sizes['embed.js'] + sizes['embed.css'];
  const biggestTable = Math.max(...['fr', 'en', 'he', 'ar'].map((l) => sizes[`i18n/${l}.js`]));
  // what the server actually sends
  const served = {};
  for (const f of ['embed.js', 'embed.css', 'i18n/fr.js', 'count.js']) {
    const res = await srv.get(`/widget/${f}`, { headers: { 'Accept-Encoding': 'gzip' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'gzip', `${f} is served gzip'd`);
    assert.ok(res.headers.etag, `${f} has an ETag`);
    served[f] = res.raw.length;
  }
  results.size_gzip_bytes = { ...sizes, 'embed.js+embed.css': core, 'with largest language table': core + biggestTable, served };
  console.log(`# size: embed.js+embed.css ${core} B gzipped (+ language table ${sizes['i18n/fr.js']} B for fr, ${biggestTable} B at most); count.js ${sizes['count.js']} B; served ${JSON.stringify(served)}`);
  assert.ok(core < 20000, `embed.js + embed.css = ${core} B gzipped`);
  assert.ok(sizes['count.js'] < 2000, `count.js = ${sizes['count.js']} B gzipped`);
});
