// Hostile black-box tests of issue 3's editors' and Akismet surface (the
// review after session 16).  Each test is a finding, kept so that it stays
// fixed:
//   - an admin route judged its parameters before the session: GET
//     /api/v1/admin/comments/abc without a session was 404 (the id read
//     first), POST …/comments/abc/approve and …/1/frobnicate 404, a PUT of
//     the policy as text/plain 415, a malformed query 400.  Every admin
//     route but login now answers 401 without a session, and a POST or PUT
//     with a session but no or a wrong X-CSRF-Token 403, before anything
//     else of the request is judged (the routes are HTTP_AUTH: the server
//     asks the session first, then the handler its parameters).
//   - X-CSRF-Token with a space or a tab after (or before) it was 403: a
//     field value's optional white space (RFC 9110 5.5) was compared as
//     part of the token.  http_header now gives every header without it
//     (X-Edit-Token, Content-Type, If-Match, Last-Event-ID… alike).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, editorSession } from './helpers.mjs';

let srv;

before(async () => {
  srv = await startServer({ name: 'hostile19' });
});
after(async () => { if (srv) await srv.stop(); });

const JSONH = { 'Content-Type': 'application/json' };

describe('admin routes: the session before the parameters', () => {
  const bad = [
    ['GET', '/api/v1/admin/comments/abc'],
    ['GET', '/api/v1/admin/comments/0'],
    ['GET', '/api/v1/admin/comments/-1/explain'],
    ['GET', '/api/v1/admin/comments/99999999999999999999'],
    ['POST', '/api/v1/admin/comments/abc/approve'],
    ['POST', '/api/v1/admin/comments/1e3/reject'],
    ['POST', '/api/v1/admin/comments/1/frobnicate'],
    ['POST', '/api/v1/admin/comments/abc/frobnicate'],
    ['GET', '/api/v1/admin/queue?status=nope'],
    ['GET', '/api/v1/admin/queue?limit=0'],
    ['GET', '/api/v1/admin/queue?x=%zz'],
    ['GET', '/api/v1/admin/audit?limit=-5'],
    ['GET', '/api/v1/admin/audit?before=abc&cursor=1e9'],
    ['GET', '/api/v1/admin/stats?x=%zz'],
    ['GET', '/api/v1/admin/policy?x=%zz'],
    ['POST', '/api/v1/admin/logout?x=%zz'],
  ];

  test('no session: 401 whatever the id, the action or the query', async () => {
    for (const [m, p] of bad) {
      const r = await srv.req(m, p);
      assert.equal(r.status, 401, `${m} ${p}: ${r.text}`);
      assert.equal(r.body.error.code, 'unauthorized', `${m} ${p}`);
    }
    // an unknown session cookie is the same
    for (const [m, p] of bad) {
      const r = await srv.req(m, p, { headers: { Cookie: 'causerie_admin=nope' } });
      assert.equal(r.status, 401, `${m} ${p} (stale cookie): ${r.text}`);
    }
  });

  test('no session: PUT of the policy is 401 before its type, body or If-Match', async () => {
    const cases = [
      { body: 'not json', headers: { 'Content-Type': 'text/plain' } },
      { body: '{"x":', headers: JSONH },
      { body: Buffer.from([0x7b, 0xff, 0x7d]), headers: JSONH },
      { body: '{}', headers: { ...JSONH, 'If-Match': 'garbage' } },
      { body: '{}', headers: {} },
    ];
    for (const opts of cases) {
      const r = await srv.req('PUT', '/api/v1/admin/policy', opts);
      assert.equal(r.status, 401, `${JSON.stringify(opts.headers)} ${r.text}`);
      assert.equal(r.body.error.code, 'unauthorized');
    }
  });

  test('a session without its CSRF token: 403 before the parameters; with it, the parameters are judged', async () => {
    const { c, h } = await editorSession(srv);
    const states = [
      ['POST', '/api/v1/admin/comments/abc/approve'],
      ['POST', '/api/v1/admin/comments/1/frobnicate'],
      ['POST', '/api/v1/admin/comments/0/delete?x=%zz'],
    ];
    for (const csrf of [undefined, 'wrong']) {
      const headers = csrf ? { 'X-CSRF-Token': csrf } : {};
      for (const [m, p] of states) {
        const r = await c.req(m, p, { headers });
        assert.equal(r.status, 403, `${m} ${p} csrf=${csrf}: ${r.text}`);
        assert.equal(r.body.error.code, 'csrf');
      }
      for (const opts of [
        { body: 'not json', headers: { ...headers, 'Content-Type': 'text/plain' } },
        { body: '{"x":', headers: { ...headers, ...JSONH } },
        { body: '{}', headers: { ...headers, ...JSONH, 'If-Match': 'garbage' } },
      ]) {
        const r = await c.req('PUT', '/api/v1/admin/policy', opts);
        assert.equal(r.status, 403, `PUT policy csrf=${csrf}: ${r.text}`);
        assert.equal(r.body.error.code, 'csrf');
      }
    }
    // with the token, the parameters are judged as before
    let r = await c.req('POST', '/api/v1/admin/comments/abc/approve', h);
    assert.equal(r.status, 404);
    r = await c.req('POST', '/api/v1/admin/comments/1/frobnicate', h);
    assert.equal(r.status, 404);
    assert.match(r.body.error.message, /no such action/);
    r = await c.get('/api/v1/admin/comments/abc');
    assert.equal(r.status, 404);
    r = await c.get('/api/v1/admin/queue?status=nope');
    assert.equal(r.status, 422);
    assert.equal(r.body.error.field, 'status');
    r = await c.get('/api/v1/admin/audit?limit=-5');
    assert.equal(r.status, 422);
    assert.equal(r.body.error.field, 'limit');
    r = await c.get('/api/v1/admin/queue?x=%zz');
    assert.equal(r.status, 400);
    r = await c.req('PUT', '/api/v1/admin/policy', { body: 'x', headers: { ...h.headers, 'Content-Type': 'text/plain' } });
    assert.equal(r.status, 415);
    r = await c.req('PUT', '/api/v1/admin/policy', { body: '{"x":', headers: { ...h.headers, ...JSONH } });
    assert.equal(r.status, 400);
    // GET needs no CSRF token
    r = await c.get('/api/v1/admin/policy');
    assert.equal(r.status, 200);
  });

  test('login itself is not behind a session', async () => {
    const r = await srv.req('POST', '/api/v1/admin/login', { body: 'x', headers: { 'Content-Type': 'text/plain' } });
    assert.equal(r.status, 415);
  });
});

describe('header values: the white space around them is no part of them', () => {
  test('X-CSRF-Token with spaces or tabs around it is the token', async () => {
    const { c, h } = await editorSession(srv);
    const tok = h.headers['X-CSRF-Token'];
    const { id } = await srv.mustPost({ uri: '/h19-ows' });
    for (const v of [`${tok} `, `${tok}\t`, ` ${tok}`, `\t${tok} \t `]) {
      const r = await c.post(`/api/v1/admin/comments/${id}/approve`, undefined, { headers: { 'X-CSRF-Token': v } });
      assert.equal(r.status, 200, `${JSON.stringify(v)}: ${r.text}`);
    }
    // the token itself still has to be right: no prefix, nothing inside
    for (const v of [`${tok} x`, tok.slice(0, -1), `${tok.slice(0, 5)} ${tok.slice(5)}`]) {
      const r = await c.post(`/api/v1/admin/comments/${id}/approve`, undefined, { headers: { 'X-CSRF-Token': v } });
      assert.equal(r.status, 403, JSON.stringify(v));
    }
  });

  test('X-Edit-Token, Content-Type and If-Match with white space around them', async () => {
    const { id, token } = await srv.mustPost({ uri: '/h19-ows-edit' });
    let r = await srv.req('PUT', `/api/v1/comments/${id}`, { body: JSON.stringify({ text: 'Un avis corrigé.' }), headers: { 'Content-Type': ' application/json\t', 'X-Edit-Token': `${token} \t` } });
    assert.equal(r.status, 200, r.text);
    const { c, h } = await editorSession(srv);
    const g = await c.get('/api/v1/admin/policy');
    r = await c.req('PUT', '/api/v1/admin/policy', { body: g.text, headers: { ...h.headers, 'Content-Type': 'application/json ', 'If-Match': `${g.headers.etag} ` } });
    assert.equal(r.status, 200, r.text.slice(0, 300));
  });
});
