// Hostile black-box tests from a systematic pass (helper hostile-18's
// matrix): every route of API.md and docs/api.md (readers, subscriptions
// and their pages, the editors' routes, Akismet, /healthz, /metrics, the
// feed, the event stream, the embedded files) crossed with API.md's
// "General rules".  Each test is a finding, kept so that it stays fixed:
//   - POST /api/v1/admin/comments/{id}/{action} without a session was 404
//     before 401 when the id was not one (0, abc, 2^63) or the action
//     unknown ("no such comment: abc", "no such action: bogus"), and 404
//     with a session but without its CSRF token (not 403): the id and the
//     action were read before the session.  Now 401 (403 without the
//     token) whatever they are, as on every editors' route;
//   - a method on a path whose {id} is not an id, or whose action is none,
//     was 405 advertising the method that is itself 404 there
//     (GET /api/v1/comments/abc/vote: "Allow: POST", and POST is 404;
//     PUT /api/v1/admin/comments/1/bogus: "Allow: POST"): such a path names
//     no resource, so every method is 404 (docs/api.md); and
//     POST /api/v1/admin/comments/{id}/explain was 404 "no such action:
//     explain" where GET serves it: 405 with Allow: GET, HEAD.
// Also run in this pass and found sound (no test kept): 405 with Allow and
// the JSON envelope for every other method (PATCH and unknown tokens too)
// on every route, HEAD beside every GET (same status and type, no body);
// on every JSON route 415 without Content-Type or with text/plain, a form
// type, application/jsonx, text/json, application/vnd.api+json, and the
// type in any case or with parameters accepted; 400 for an array, a
// string, a number, null, an empty or truncated body, trailing data, two
// objects, a BOM, invalid UTF-8 (Latin-1, overlong, CESU surrogates), lone
// \u surrogates, NaN, 100 000 nested brackets; 413 received whole, with
// Content-Length or chunked, on every route (the Akismet way on Akismet's;
// the policy's 4 MiB only for a session with its CSRF token); 422 naming
// the field in "field" and in the message on every body field;  "" as
// absent in every optional field (comments, edits, subscriptions,
// reports); every editors' route 401 without or with a forged session, 403
// without or with a wrong CSRF token on POST and PUT (logout too); ids 0,
// -1, abc, 2^63, 20 digits, 1.0, 1e3, +1, %00 are 404 on every id route,
// leading zeros and %3N read as the id everywhere alike; repeated, empty,
// unknown and oddly escaped query parameters (a bad escape, %FF or %00 is
// 400 everywhere, HTML pages included); limit/sort/cursor/after/before
// bounds; every time field RFC 3339 UTC (lists, comment, queue, audit,
// stats, Atom); 429 with Retry-After on posts, edits, votes, reports,
// subscriptions, the manage link and login; 503 shutting_down with
// Retry-After to a request arriving on an open connection during the
// shutdown grace, the request already in flight answered.
// Left as they are (reported): a JSON body sent with Content-Encoding: gzip
// is 400 "not valid UTF-8" (only the Akismet routes inflate), and one that
// only claims a coding is read as it is.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, editorSession, assertError } from './helpers.mjs';

let srv;
let ed;          // {c, h}: an editor's session
let id;          // a published comment

before(async () => {
  srv = await startServer({ name: 'hostile18' });
  ed = await editorSession(srv);
  id = (await srv.mustPost({ uri: '/h18/matrix' })).id;
});
after(async () => { if (srv) await srv.stop(); });

const BAD_IDS = ['0', '-1', 'abc', '9223372036854775808', '99999999999999999999', '1.0', '+1'];

describe('editors\' decisions: the session before the id and the action', () => {
  test('without a session, 401 whatever the id or the action', async () => {
    const paths = [...BAD_IDS.map((v) => `/api/v1/admin/comments/${v}/approve`),
      '/api/v1/admin/comments/999999999/reject', `/api/v1/admin/comments/${id}/bogus`,
      `/api/v1/admin/comments/${id}/APPROVE`];
    for (const p of paths) {
      assertError(assert, await srv.req('POST', p), 401, { code: 'unauthorized' });
      const forged = await srv.req('POST', p, { headers: { Cookie: 'causerie_admin=forged' } });
      assertError(assert, forged, 401, { code: 'unauthorized' });
    }
  });

  test('with a session but no or a wrong CSRF token, 403 whatever the id or the action', async () => {
    for (const p of ['/api/v1/admin/comments/abc/approve', '/api/v1/admin/comments/0/spam',
      `/api/v1/admin/comments/${id}/bogus`]) {
      assertError(assert, await ed.c.req('POST', p), 403, { code: 'csrf' });
      assertError(assert, await ed.c.req('POST', p, { headers: { 'X-CSRF-Token': 'wrong' } }), 403, { code: 'csrf' });
    }
  });

  test('with the session and its token, a bad id or action is still 404, a real one decided', async () => {
    assertError(assert, await ed.c.req('POST', '/api/v1/admin/comments/abc/approve', ed.h), 404);
    assertError(assert, await ed.c.req('POST', '/api/v1/admin/comments/999999999/approve', ed.h), 404);
    assertError(assert, await ed.c.req('POST', `/api/v1/admin/comments/${id}/bogus`, ed.h), 404);
    const r = await ed.c.req('POST', `/api/v1/admin/comments/${id}/approve`, ed.h);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body, { id, action: 'approve', status: 'published' });
  });
});

describe('a path whose id is not an id, or whose action is none, names no resource', () => {
  test('every method there is 404 without Allow, not 405 advertising a method that is 404 too', async () => {
    const cases = [];
    for (const v of BAD_IDS) {
      cases.push(['GET', `/api/v1/comments/${v}/vote`], ['PUT', `/api/v1/comments/${v}/report`],
        ['POST', `/api/v1/comments/${v}`], ['GET', `/api/v1/admin/comments/${v}/approve`],
        ['DELETE', `/api/v1/admin/comments/${v}/explain`]);
    }
    for (const m of ['GET', 'PUT', 'DELETE']) cases.push([m, `/api/v1/admin/comments/${id}/bogus`]);
    for (const [m, p] of cases) {
      const opts = m === 'GET' || m === 'DELETE' ? {} : { body: '{}', headers: { 'Content-Type': 'application/json' } };
      const r = await srv.req(m, p, opts);
      assertError(assert, r, 404);
      assert.equal(r.headers.allow, undefined, `${m} ${p}: no Allow on a 404`);
    }
  });

  test('the same methods on real paths are still 405 with Allow', async () => {
    const cases = [
      ['GET', `/api/v1/comments/${id}/vote`, ['POST']], ['POST', `/api/v1/comments/${id}`, ['GET', 'PUT', 'DELETE']],
      ['GET', `/api/v1/admin/comments/${id}/approve`, ['POST']], ['PUT', `/api/v1/admin/comments/${id}/reject`, ['POST']],
      ['DELETE', `/api/v1/admin/comments/${id}/explain`, ['GET', 'HEAD']],
      // an id that names no comment yet is still a resource's path: 405
      ['GET', '/api/v1/comments/987654321/vote', ['POST']],
    ];
    for (const [m, p, allowed] of cases) {
      const r = await srv.req(m, p, m === 'GET' || m === 'DELETE' ? {} : { body: '{}', headers: { 'Content-Type': 'application/json' } });
      assertError(assert, r, 405);
      const allow = String(r.headers.allow || '').split(',').map((s) => s.trim());
      for (const a of allowed) assert.ok(allow.includes(a), `${m} ${p}: Allow ${r.headers.allow} lacks ${a}`);
      assert.ok(!allow.includes(m), `${m} ${p}: Allow ${r.headers.allow} names ${m}`);
    }
  });

  test('POST …/comments/{id}/explain is 405 with Allow: GET, HEAD (GET serves it), not "no such action"', async () => {
    for (const c of [srv, ed.c]) {
      const r = await c.req('POST', `/api/v1/admin/comments/${id}/explain`, c === ed.c ? ed.h : {});
      assertError(assert, r, 405);
      const allow = String(r.headers.allow || '').split(',').map((s) => s.trim());
      assert.ok(allow.includes('GET') && allow.includes('HEAD') && !allow.includes('POST'), `Allow: ${r.headers.allow}`);
    }
    const g = await ed.c.get(`/api/v1/admin/comments/${id}/explain`);
    assert.equal(g.status, 200, g.text);
  });
});
