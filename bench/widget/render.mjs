// bench/widget/render.mjs — the widget's first render of a 200-comment
// thread in headless Chromium (issue 4's target: under 100 ms), and of its
// first page: a demo server is started on a fresh SQLite file, 50 threads
// of 4 comments are posted (a comment and three replies, one nested), then
// a host page with the widget is loaded RUNS times, each by a new reader (a
// new browser context: cold caches), and the widget's own performance
// measure (causerie:render, from the data's arrival to the last node
// placed) is read.  Prints the medians and the maximum; this machine is
// noisy, so compare medians.
//   usage: node bench/widget/render.mjs [RUNS]      (make bench-widget)
import { launch, startDemo, openPage } from '../../tests/browser/lib.mjs';

const RUNS = Number(process.argv[2] || 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(browser, srv, uri, attrs) {
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
    await r.ctx.close();
  }
  return { render, ready, shown };
}

const srv = await startDemo('bench-render');
const browser = await launch();
try {
  const uri = '/perf/200';
  for (let i = 0; i < 50; i += 1) {
    const top = await srv.post('/api/v1/comments', { uri, author: `Lecteur ${i}`, text: `Avis numéro ${i} sur le **tracé**, avec [un lien](https://example.org/${i}) et un peu de texte pour faire une ligne ou deux comme dans un vrai commentaire.` });
    const r1 = await srv.post('/api/v1/comments', { uri, parent: top.body.comment.id, author: `Réponse ${i}a`, text: 'Je ne suis pas d’accord : le calendrier ne tiendra pas.' });
    await srv.post('/api/v1/comments', { uri, parent: top.body.comment.id, author: `Réponse ${i}b`, text: 'Tout à fait, et les commerçants ont raison de s’inquiéter.' });
    await srv.post('/api/v1/comments', { uri, parent: r1.body.comment.id, author: `Réponse ${i}c`, text: 'On verra bien en 2028.' });
  }
  const all = await measure(browser, srv, uri, 'data-causerie-limit="all"');
  const first = await measure(browser, srv, uri, '');
  console.log(`widget render, ${RUNS} new readers each:`);
  console.log(`  all ${all.shown} comments: median ${median(all.render).toFixed(1)} ms, max ${Math.max(...all.render).toFixed(1)} ms (target < 100 ms); ready ${median(all.ready).toFixed(1)} ms after navigation start`);
  console.log(`  first page (${first.shown} comments): median ${median(first.render).toFixed(1)} ms; ready ${median(first.ready).toFixed(1)} ms after navigation start`);
} finally {
  await browser.close();
  await srv.stop();
}
