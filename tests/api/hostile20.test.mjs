// Hostile black-box tests of the HTTP layer (helper enc-17's pass, on what
// the conformance pass of hostile18 left): content codings and charsets of
// JSON bodies, the errors of the HTML pages, OPTIONS on unknown paths.
// Each test is a finding, kept so that it stays fixed:
//   - OPTIONS /api/v1/nope (a path no route names) was 204 "Allow: GET,
//     HEAD, OPTIONS": the catch-all asset route matched it.  It is 404 as
//     every other method there is; OPTIONS on a real route (a CORS
//     preflight) is unchanged.
//   - a JSON body labelled `Content-Type: application/json; charset=utf-16`
//     (or latin1, any charset but UTF-8) was taken and read as UTF-8: a
//     UTF-16 body was 400 "not valid JSON", a Latin-1 one whose bytes
//     happen to be UTF-8 stored as what it is not.  It is 415 naming the
//     charset; utf-8 in any case, quoted or not, and no charset are
//     accepted as before.  The Akismet routes read their forms whatever the
//     type says, by design (issue 3): unchanged.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
  test('a charset other than UTF-8 is 415 naming it', async () => {
    for (const [ct, name] of [['application/json; charset=utf-16', 'utf-16'], ['application/json;charset=UTF-16LE', 'UTF-16LE'],
      ['application/json; charset=latin1', 'latin1'], ['application/json; charset="ISO-8859-1"', 'ISO-8859-1'],
      ['Application/JSON; Charset=windows-1252', 'windows-1252'], ['application/json; foo=bar; charset=us-ascii', 'us-ascii'],
      ['application/json; charset=utf-8; charset=utf-16', 'utf-16'], ['application/json; charset=', '']]) {
      for (const [m, p] of [['POST', '/api/v1/comments'], ['POST', '/api/v1/subscriptions'], ['PUT', `/api/v1/comments/${id}`]]) {
        const r = await srv.req(m, p, { body, headers: { 'Content-Type': ct } });
        assertError(assert, r, 415, { code: 'unsupported_media_type' });
        assert.ok(r.body.error.message.includes(`"${name}"`), `${ct}: ${r.body.error.message}`);
      }
    }
  });

  test('utf-8 in any case, quoted or not, and no charset, are accepted', async () => {
    for (const ct of ['application/json', 'application/json; charset=utf-8', 'application/json; charset=UTF-8',
      'application/json; charset="utf-8"', 'application/json ; CHARSET = Utf-8 ', 'application/json; foo="a;b"; charset=utf-8']) {
      const r = await srv.req('POST', '/api/v1/comments', { body, headers: { 'Content-Type': ct } });
      assert.equal(r.status, 201, `${ct}: ${r.text}`);
      assert.equal(r.body.comment.author, 'Zoé');
    }
  });

  test('the Akismet routes still read their forms whatever the charset says', async () => {
    const r = await srv.req('POST', '/1.1/verify-key', { body: 'key=nokey&blog=https://x.example', headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-16' } });
    assert.equal(r.status, 200);
    assert.equal(r.text, 'invalid');
  });
});
