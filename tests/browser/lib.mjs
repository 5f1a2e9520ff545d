// Browser test harness: Debian's headless Chromium driven by playwright-core
// against the real server in demo mode.
//
// What it is for: every tests/browser/*.test.mjs starts its own server with a
// fresh SQLite store (tests/api/helpers.mjs startServer, args ['demo']) and
// opens pages through openPage(), which records what a reader's browser would
// show as a problem: console errors, page errors, failed requests, HTTP
// errors and any request to a host other than the comment server.
//
// How it works: one Chromium per test file (launch() gives it a new, empty
// profile), one context per simulated reader, screenshots written to
// tests/artifacts/browser/ (git-ignored, kept by CI as artefacts).
//
// What it must never do: leave a browser or a server running (the caller
// closes them in after(); the API harness kills servers on exit), or reach
// the network beyond 127.0.0.1.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT, startServer, sleep } from '../api/helpers.mjs';

export { startServer, sleep, ROOT };

export const ARTIFACTS = path.join(ROOT, 'tests', 'artifacts', 'browser');
const CHROMIUM = process.env.CAUSERIE_CHROMIUM || '/usr/bin/chromium';

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * The demo server with a fresh store; env adds CAUSERIE_* settings.  The
 * widget tells the server how long after the page loaded a comment was
 * sent, and a browser driven by a test types faster than any person: the
 * "posted too fast" check is off unless a test sets it.
 */
export function startDemo(name, env = {}) {
  return startServer({ name: `browser-${name}`, args: ['demo'], env: { CAUSERIE_MODERATION_MIN_POST_MS: '0', ...env } });
}

/**
 * A new reader (context) and page.  Returns {ctx, page, problems, requests}
 * where problems lists console errors, page errors, failed requests, HTTP
 * statuses >= 400 not in allowStatus, and requests to any other host.
 */
export async function openPage(browser, server, opts = {}) {
  const ctx = await browser.newContext({
    viewport: opts.viewport || { width: 1280, height: 900 },
    locale: opts.locale || 'fr-FR',
    timezoneId: 'Europe/Paris',
    reducedMotion: 'reduce',
  });
  const page = await ctx.newPage();
  const problems = [];
  const requests = [];
  const allow = new Set(opts.allowStatus || []);
  const origin = new URL(server.base).origin;
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    // Chromium logs every HTTP error status as a console error; those are
    // judged by the response handler below (an expected 422 is not a fault).
    if (/Failed to load resource: the server responded with a status of (\d+)/.test(m.text())) return;
    problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    requests.push(r.url());
    const u = r.url();
    const o = u.startsWith('data:') || u.startsWith('blob:') ? origin : new URL(u).origin;
    if (o !== origin && o !== opts.hostOrigin) problems.push(`foreign request: ${u}`);
  });
  page.on('requestfailed', (r) => {
    const f = r.failure();
    // an EventSource torn down with its page is not a failure a reader sees
    if (/\/api\/v1\/events/.test(r.url()) && f && /ERR_ABORTED/.test(f.errorText)) return;
    if (opts.allowFailed && opts.allowFailed.test(r.url())) return;
    problems.push(`request failed: ${r.url()} ${f ? f.errorText : ''}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !allow.has(r.status())) problems.push(`HTTP ${r.status()}: ${r.request().method()} ${r.url()}`);
  });
  return { ctx, page, problems, requests };
}

/** Opens the demo page (or path) and waits for the widget's first render. */
export async function gotoWidget(page, server, pathAndQuery = '/') {
  await page.goto(server.base + pathAndQuery);
  await page.waitForSelector('.causerie[data-causerie-ready]', { timeout: 15000 });
}

export async function screenshot(page, name, opts = {}) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  if (opts.locator) await opts.locator.screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: opts.fullPage !== false });
  return file;
}

/** The widget's root and its main controls, by role and name (fr). */
export function widget(page) {
  const root = page.locator('#causerie');
  return {
    root,
    heading: root.locator('h2.cz-title'),
    text: root.locator('.cz-form-top').getByRole('textbox', { name: 'Votre commentaire' }),
    name: root.locator('.cz-form-top').getByLabel('Nom', { exact: true }),
    email: root.locator('.cz-form-top').getByLabel(/^E-mail/),
    website: root.locator('.cz-form-top').getByLabel(/^Site web/),
    publish: root.locator('.cz-form-top').getByRole('button', { name: 'Publier' }),
    topMessage: root.locator('.cz-form-top .cz-msg'),
    items: root.locator('.cz-list > .cz-item'),
    item: (text) => root.locator('.cz-item', { has: page.locator(':scope > .cz-comment .cz-body', { hasText: text }) }),
  };
}

/** Posts through the top form and waits for the form's message. */
export async function postTop(page, { text, author = 'Lectrice', email, website }) {
  const w = widget(page);
  await w.text.fill(text);
  await w.name.fill(author);
  if (email !== undefined) await w.email.fill(email);
  if (website !== undefined) await w.website.fill(website);
  await w.publish.click();
  await w.topMessage.filter({ hasText: /\S/ }).waitFor({ timeout: 10000 });
  return (await w.topMessage.textContent()).trim();
}

/** POSTs a comment straight to the API (another reader) and insists that
 * it is published (status 'pending' to expect it held); returns the JSON. */
export async function apiPost(server, body, status = 'published') {
  const r = await server.post('/api/v1/comments', { uri: '/', author: 'Autre lecteur', text: 'Un autre avis.', ...body });
  if (r.status !== 201 || r.body.status !== status) {
    throw new Error(`POST comment ${JSON.stringify(body).slice(0, 120)}: ${r.status} ${r.text.slice(0, 300)}`);
  }
  return r.body;
}

/** Layout shifts recorded since the page loaded (CLS without input). */
export function watchLayoutShift(page) {
  return page.addInitScript(() => {
    window.__cls = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls += e.value;
        window.__shifts.push({ value: e.value, sources: (e.sources || []).map((s) => s.node && (s.node.className || s.node.nodeName)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

export { sleep as wait };

/** A publisher's web server on the loopback (Chromium lets only a loopback
 * page reach a loopback server): serves `pages` (path → html), with the
 * Content-Security-Policy of `csp` (path → header) where one is set.
 * Resolves {server, port}; close the server after the tests. */
export async function startPublisher(pages, csp = new Map()) {
  const server = http.createServer((req, res) => {
    const html = pages.get(req.url);
    const headers = { 'Content-Type': 'text/html; charset=utf-8' };
    if (csp.has(req.url)) headers['Content-Security-Policy'] = csp.get(req.url);
    res.writeHead(html ? 200 : 404, headers);
    res.end(html || 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: server.address().port };
}

/**
 * The set-up of a test file that embeds the widget in a publisher's pages:
 * the publisher (serving pages, a Map path -> html), a demo server that
 * allows its origin, and a browser.  Returns { publisher, PUBLISHER, srv,
 * browser }; closePublisher() stops them, whatever was started.
 */
export async function openPublisher(name, pages) {
  const p = await startPublisher(pages);
  const PUBLISHER = `http://127.0.0.1:${p.port}`;
  const srv = await startDemo(name, { CAUSERIE_SITE_ORIGINS: PUBLISHER });
  const browser = await launch();
  return { publisher: p.server, PUBLISHER, srv, browser };
}

/** The publisher's page of `uri`: one paragraph (or `article`) and the
 * widget's element and script from `srv` (hostile19, hostile20). */
export function articlePage(srv, uri, { head = '', article = '<p data-causerie-paragraph="p1">Le conseil a voté.</p>' } = {}) {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,">${head}</head>
<body>${article}<div id="causerie" data-causerie-uri="${uri}"></div>
<script src="${srv.base}/widget/embed.js" async></script></body></html>`;
}

/** A reader on the publisher's page of `uri` (articlePage; `page` its
 * options), the widget ready.  setup(page) runs before the page is
 * opened (routes, init scripts); waitUntil 'domcontentloaded' when a test
 * holds an image or a font back.  ctx: openPublisher's result and the
 * publisher's pages. */
export async function openArticle(ctx, uri, { page: html = {}, setup, waitUntil = 'load', ...opts } = {}) {
  ctx.pages.set(uri, articlePage(ctx.srv, uri, html));
  const r = await openPage(ctx.browser, ctx.srv, { hostOrigin: ctx.PUBLISHER, ...opts });
  if (setup) await setup(r.page);
  await r.page.goto(ctx.PUBLISHER + uri, { waitUntil });
  await r.page.waitForSelector('.causerie[data-causerie-ready]', { timeout: 15000 });
  return r;
}

/** The list item of the comment whose own body holds `text`. */
export const itemOf = (page, text) =>
  page.locator('.cz-list .cz-item', { has: page.locator(':scope > .cz-comment > .cz-body', { hasText: text }) });

/** Clicks the sort button `name` and waits for the list to start with
 * `first`; returns the button. */
export async function sortBy(page, name, first) {
  const btn = page.getByRole('button', { name });
  await btn.click();
  await page.waitForFunction((t) => {
    const b = document.querySelector('.cz-list > .cz-item .cz-body');
    return document.querySelector('.cz-list').getAttribute('aria-busy') === 'false' && b && b.textContent.includes(t);
  }, first, { timeout: 10000 });
  return btn;
}

export async function closePublisher({ publisher, srv, browser }) {
  if (browser) await browser.close();
  if (srv) await srv.stop();
  if (publisher) publisher.close();
}
