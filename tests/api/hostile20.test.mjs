// Hostile black-box tests of the HTTP layer (helper enc-17's pass, on what
// the conformance pass of hostile18 left): content codings of
// JSON bodies, the errors of the HTML pages, OPTIONS on unknown paths.
// Each test is a finding, kept so that it stays fixed:
//   - OPTIONS /api/v1/nope (a path no route names) was 204 "Allow: GET,
//     HEAD, OPTIONS": the catch-all asset route matched it.  It is 404 as
//     every other method there is; OPTIONS on a real route (a CORS
//     preflight) is unchanged.
//   - a JSON body sent with `Content-Encoding: gzip` (or deflate) was 400
//     "not valid UTF-8" (the compressed bytes read as JSON), and one that
//     only claimed gzip or br was read as plain.  gzip, x-gzip and deflate
//     are now inflated on every JSON route, by the one bounded inflate the
//     Akismet forms use too (http/inflate.c): up to the route's body limit
//     once inflated (a 50 KB gzip of 50 MB is 413), a body that is not what
//     it claims, or truncated, is 400 saying so; any other coding (br,
//     compress, an unknown one, codings stacked) is 415
//     unsupported_encoding with Accept-Encoding: gzip, deflate.
//   - the HTML pages (/subscriptions/confirm, /subscriptions/unsubscribe,
//     /subscriptions/manage, /subscriptions/manage-link, /privacy) answered
//     their own errors as pages but the errors the server decides (400 for
//     a malformed query, 405, 413) as JSON, to a browser too.  A browser
//     (Accept names text/html) now gets a page of the same look, status
//     and headers (Allow on a 405); any other client still gets the JSON
//     error, as API.md says of every error and conformance.test.mjs
//     checks.  So that a 405 reaches a route's hook at all, http_error
//     asks the first route the path matches when the request has none (the
//     same change hostile19 makes for the Akismet paths: their 405 is the
//     Akismet way now, akismet.test.mjs and hostile_moderation follow).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { startServer, assertError } from './helpers.mjs';

const ORIGIN = 'https://news.example';
let srv;
let id;          // a published comment

before(async () => {
  srv = await startServer({ name: 'hostile20', env: { CAUSERIE_SITE_ORIGINS: ORIGIN } });
  id = (await srv.mustPost({ uri: '/h20/thread' })).id;
});
after(async () => { if (srv) await srv.stop(); });

describe('OPTIONS on a path that names nothing', () => {
  test('is 404 with the envelope and no Allow, like every other method there', async () => {
    for (const p of ['/api/v1/nope', '/api/v2/comments', '/nope', '/1.1/nope', '/api/v1/comments/abc/vote',
      '/widget/nope.js', '/admin/nope']) {
      const r = await srv.req('OPTIONS', p, { headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST' } });
      assertError(assert, r, 404);
      assert.equal(r.headers.allow, undefined, `OPTIONS ${p}: no Allow on a 404`);
      assert.equal(r.headers['access-control-allow-methods'], undefined, `OPTIONS ${p}`);
      assertError(assert, await srv.req('GET', p), 404);
    }
  });

  test('OPTIONS on real routes is still 204 with Allow, the preflight answered', async () => {
    const cases = [['/api/v1/comments', 'GET, HEAD, POST, OPTIONS'], [`/api/v1/comments/${id}/vote`, 'POST, OPTIONS'],
      [`/api/v1/comments/${id}`, 'GET, HEAD, PUT, DELETE, OPTIONS'], ['/healthz', 'GET, HEAD, OPTIONS'],
      ['/1.1/comment-check', 'POST, OPTIONS'], ['/widget/embed.js', 'GET, HEAD, OPTIONS'],
      ['/privacy', 'GET, HEAD, OPTIONS']];
    for (const [p, allow] of cases) {
      const r = await srv.req('OPTIONS', p, { headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST' } });
      assert.equal(r.status, 204, `OPTIONS ${p}: ${r.status} ${r.text}`);
      assert.equal(r.headers.allow, allow, `OPTIONS ${p}`);
    }
    const pre = await srv.req('OPTIONS', '/api/v1/comments', { headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST' } });
    assert.equal(pre.headers['access-control-allow-origin'], ORIGIN);
    assert.match(pre.headers['access-control-allow-methods'], /POST/);
    const star = await srv.raw('OPTIONS * HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    assert.equal(star.status, 204);
  });
});

describe('the charset of a JSON body', () => {
  const body = JSON.stringify({ uri: '/h20/charset', author: 'Zoé', text: 'Un avis mesuré.' });
  // RFC 8259 11: application/json defines no charset parameter, and adding
  // one "really has no effect on compliant recipients": the body is read as
  // UTF-8 whatever it says (bytes that are not UTF-8 are 400, as always).
  test('a charset parameter is ignored: the body is read as UTF-8', async () => {
    for (const ct of ['application/json', 'application/json; charset=utf-8', 'application/json; charset=UTF-8',
      'application/json; charset="utf-8"', 'application/json ; CHARSET = Utf-8 ', 'application/json; foo="a;b"; charset=utf-8',
      'application/json; charset=utf8', 'application/json; charset=latin1', 'application/json; charset=utf-16']) {
      const r = await srv.req('POST', '/api/v1/comments', { body, headers: { 'Content-Type': ct } });
      assert.equal(r.status, 201, `${ct}: ${r.text}`);
      assert.equal(r.body.comment.author, 'Zoé');
    }
    const latin1 = Buffer.from(body, 'latin1');
    assertError(assert, await srv.req('POST', '/api/v1/comments',
      { body: latin1, headers: { 'Content-Type': 'application/json; charset=latin1' } }), 400);
  });

  test('the Akismet routes still read their forms whatever the charset says', async () => {
    const r = await srv.req('POST', '/1.1/verify-key', { body: 'key=nokey&blog=https://x.example', headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-16' } });
    assert.equal(r.status, 200);
    assert.equal(r.text, 'invalid');
  });
});

describe('a JSON body sent with a content coding', () => {
  const comment = (text) => JSON.stringify({ uri: '/h20/coded', author: 'Zoé', text });
  const send = (m, p, body, ce, ct = 'application/json') =>
    srv.req(m, p, { body, headers: { 'Content-Type': ct, ...(ce === undefined ? {} : { 'Content-Encoding': ce }) } });

  test('gzip, x-gzip and deflate are inflated, on every JSON route', async () => {
    for (const [ce, z] of [['gzip', zlib.gzipSync], ['x-gzip', zlib.gzipSync], ['GZip', zlib.gzipSync],
      ['deflate', zlib.deflateSync], ['identity, gzip', zlib.gzipSync], [' gzip ', zlib.gzipSync]]) {
      const label = ce.replace(/[^a-zA-Z-]/g, '');
      const r = await send('POST', '/api/v1/comments', z(Buffer.from(comment(`Écrit en ${label}.`))), ce);
      assert.equal(r.status, 201, `${ce}: ${r.text}`);
      assert.equal(r.body.comment.author, 'Zoé');
      assert.match(r.body.comment.html, new RegExp(`Écrit en ${label}`));
    }
    const { id: mine, token } = await srv.mustPost({ uri: '/h20/coded' });
    const put = await srv.req('PUT', `/api/v1/comments/${mine}`, {
      body: zlib.gzipSync(Buffer.from(JSON.stringify({ text: 'Corrigé, compressé.' }))),
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'X-Edit-Token': token },
    });
    assert.equal(put.status, 200, put.text);
    assert.match(put.body.comment.html, /Corrigé, compressé/);
    const vote = await send('POST', `/api/v1/comments/${id}/vote`, zlib.deflateSync(Buffer.from('{"value":1}')), 'deflate');
    assert.equal(vote.status, 200, vote.text);
    const sub = await send('POST', '/api/v1/subscriptions',
      zlib.gzipSync(Buffer.from(JSON.stringify({ uri: '/h20/coded', email: 'lectrice@example.org', kind: 'all' }))), 'gzip');
    assert.equal(sub.status, 202, sub.text);
    // identity, and gzip members one after the other (RFC 1952), are one body
    assert.equal((await send('POST', '/api/v1/comments', comment('Sans codage.'), 'identity')).status, 201);
    const whole = Buffer.from(comment('En deux morceaux.'));
    const two = Buffer.concat([zlib.gzipSync(whole.subarray(0, 20)), zlib.gzipSync(whole.subarray(20))]);
    const r2 = await send('POST', '/api/v1/comments', two, 'gzip');
    assert.equal(r2.status, 201, r2.text);
    assert.match(r2.body.comment.html, /En deux morceaux/);
  });

  test('a body that is not what its coding says, or truncated, is 400 saying so', async () => {
    const gz = zlib.gzipSync(Buffer.from(comment('Tronqué.')));
    for (const [body, ce] of [[comment('En clair.'), 'gzip'], [comment('En clair.'), 'deflate'], [gz.subarray(0, gz.length - 6), 'gzip'],
      [gz.subarray(0, 12), 'gzip'], [Buffer.concat([gz, Buffer.from('{"x":1}')]), 'gzip'], ['', 'gzip'],
      [zlib.deflateRawSync(Buffer.from(comment('Brut.'))), 'deflate']]) {
      const r = await send('POST', '/api/v1/comments', body, ce);
      assertError(assert, r, 400, { code: 'bad_request' });
      assert.match(r.body.error.message, ce === 'gzip' ? /gzip/ : /deflate/, r.body.error.message);
    }
  });

  test('a small gzip of 50 MB is 413 once inflated, the answer received', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(50 << 20, 0x20), { level: 9 });
    assert.ok(bomb.length < 128 * 1024, `${bomb.length} bytes`);
    const r = await send('POST', '/api/v1/comments', bomb, 'gzip');
    assertError(assert, r, 413, { code: 'too_large' });
    assert.match(r.body.error.message, /inflated/);
    // the body limit holds for what it inflates to, not only for what is sent
    const over = zlib.gzipSync(Buffer.from(comment('x'.repeat(140 * 1024))));
    assertError(assert, await send('POST', '/api/v1/comments', over, 'gzip'), 413, { code: 'too_large' });
    // and the server still answers
    assert.equal((await srv.get('/healthz')).status, 200);
  });

  test('any other coding is 415 unsupported_encoding with Accept-Encoding', async () => {
    const body = comment('Codé autrement.');
    for (const ce of ['br', 'compress', 'zstd', 'x-unknown', 'gzip, gzip', 'gzip, br', 'deflate, gzip']) {
      const r = await send('POST', '/api/v1/comments', ce.startsWith('gzip') ? zlib.gzipSync(Buffer.from(body)) : body, ce);
      assertError(assert, r, 415, { code: 'unsupported_encoding' });
      assert.match(r.headers['accept-encoding'] || '', /gzip/, `${ce}: ${r.headers['accept-encoding']}`);
      assert.match(r.body.error.message, /Content-Encoding/);
    }
    // two header lines stack too
    const raw = await srv.raw(`POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n`
      + `Content-Encoding: gzip\r\nContent-Encoding: br\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
    assert.equal(raw.status, 415, raw.text.slice(0, 300));
  });

  test('the Akismet forms still inflate through the same code, and read a body that only claims a coding', async () => {
    const form = 'key=nokey&blog=https%3A%2F%2Fx.example';
    for (const [body, ce] of [[zlib.gzipSync(Buffer.from(form)), 'gzip'], [zlib.deflateSync(Buffer.from(form)), 'deflate'], [form, 'gzip'], [form, 'br']]) {
      const r = await srv.req('POST', '/1.1/verify-key', { body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Encoding': ce } });
      assert.equal(r.status, 200, `${ce}: ${r.text}`);
      assert.equal(r.text, 'invalid');
    }
    const bomb = zlib.gzipSync(Buffer.alloc(50 << 20, 0x61), { level: 9 });
    const big = await srv.req('POST', '/1.1/verify-key', { body: bomb, headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Encoding': 'gzip' } });
    assert.equal(big.status, 413);
    assert.match(big.headers['x-akismet-error'], /inflated/);
    const gz = zlib.gzipSync(Buffer.from(form));
    const cut = await srv.req('POST', '/1.1/verify-key', { body: gz.subarray(0, gz.length - 4), headers: { 'Content-Encoding': 'gzip' } });
    assert.equal(cut.status, 400);
    assert.match(cut.headers['x-akismet-error'], /not valid gzip/);
  });
});

describe('the errors the server decides on the HTML pages', () => {
  const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
  const isPage = (r, status, ctx) => {
    assert.equal(r.status, status, `${ctx}: ${r.status} ${r.text.slice(0, 200)}`);
    assert.match(r.headers['content-type'], /^text\/html; charset=utf-8/, ctx);
    assert.match(r.text, /^<!DOCTYPE html>/, ctx);
    assert.match(r.headers['content-security-policy'] || '', /default-src 'none'/, ctx);
    assert.equal(r.headers['cache-control'], 'no-store', ctx);
  };

  test('a browser gets a page: 400 malformed query, 405 with Allow, 413', async () => {
    for (const p of ['/subscriptions/confirm?token=%ZZ', '/subscriptions/unsubscribe?token=%FF', '/subscriptions/manage?token=a%00',
      '/privacy?x=%E9']) {
      const r = await srv.req('GET', p, { headers: { Accept: BROWSER } });
      isPage(r, 400, p);
      assert.match(r.text, /<h1>Demande non valable<\/h1>/, p);   // the site's language (fr by default)
      assert.match(r.text, /query string is malformed/, p);
    }
    for (const [m, p, allow] of [['DELETE', '/privacy', 'GET, HEAD, OPTIONS'], ['POST', '/subscriptions/confirm', 'GET, HEAD, OPTIONS'],
      ['PUT', '/subscriptions/unsubscribe', 'GET, HEAD, POST, OPTIONS'], ['DELETE', '/subscriptions/manage', 'GET, HEAD, POST, OPTIONS'],
      ['GET', '/subscriptions/manage-link', 'POST, OPTIONS']]) {
      const r = await srv.req(m, p, { headers: { Accept: 'text/html' } });
      isPage(r, 405, `${m} ${p}`);
      assert.equal(r.headers.allow, allow, `${m} ${p}`);
      assert.match(r.text, /<h1>Méthode non permise<\/h1>/);
    }
    const big = await srv.req('POST', '/subscriptions/unsubscribe?token=abc', {
      body: `List-Unsubscribe=One-Click&x=${'a'.repeat(200 * 1024)}`,
      headers: { Accept: BROWSER, 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    isPage(big, 413, 'POST 200 KB');
    assert.match(big.text, /<h1>Demande trop grande<\/h1>/);
    // the pages' own errors are as before
    const own = await srv.req('GET', '/subscriptions/confirm?token=abc', { headers: { Accept: BROWSER } });
    isPage(own, 400, 'a bad token');
    assert.match(own.text, /Lien non valable/);
  });

  test('any other client still gets the JSON error (no Accept, */*, application/json, text/html;q=0)', async () => {
    for (const accept of [undefined, '*/*', 'application/json', 'text/html;q=0, application/json', 'text/*']) {
      const headers = accept ? { Accept: accept } : {};
      assertError(assert, await srv.req('GET', '/subscriptions/confirm?token=%ZZ', { headers }), 400, { code: 'bad_request' });
      const r = await srv.req('DELETE', '/privacy', { headers });
      assertError(assert, r, 405);
      assert.equal(r.headers.allow, 'GET, HEAD, OPTIONS');
    }
    // and the JSON routes never answer HTML, whatever Accept says
    const api = await srv.req('DELETE', '/api/v1/counts', { headers: { Accept: 'text/html' } });
    assertError(assert, api, 405);
    assertError(assert, await srv.req('GET', '/api/v1/comments?uri=%ZZ', { headers: { Accept: 'text/html' } }), 400);
  });

  test('a page in English on an English site', async () => {
    const en = await startServer({ name: 'hostile20-en', env: { CAUSERIE_SITE_LANG: 'en' } });
    try {
      const r = await en.req('PUT', '/privacy', { headers: { Accept: 'text/html' } });
      isPage(r, 405, 'PUT /privacy');
      assert.match(r.text, /<html lang="en"/);
      assert.match(r.text, /<h1>Method not allowed<\/h1>/);
      assert.equal(r.headers.allow, 'GET, HEAD, OPTIONS');
    } finally {
      await en.stop();
    }
  });
});
