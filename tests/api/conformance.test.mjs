// Conformance: /work/shared/API.md read sentence by sentence and applied to
// EVERY route, as an outside tester would (helper "conformance").
//
// What it is for: the other files test features; this one walks the
// contract's "General rules" across the route table (415, 400, 413 after
// draining, 405, 404, 422 with "field", 429 with Retry-After, the error
// envelope), every field limit, and each sentence of each route's
// description, so a rule that holds on one route and not on its neighbour
// shows up.
//
// How it works: one server (trusting X-Forwarded-For, so each request comes
// from its own address unless a test pins one, and the rate limits can be
// reached without waiting), an editor account and an Akismet key made with
// the CLI; most tests are rows of a table.  A second server with a 1-second
// edit window serves the closed-window rule.
//
// What it must never do: depend on another file's state, or accept a status
// without checking the body that comes with it.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import {
  startServer, runBinary, uniq, assertError, assertCommentShape, flatten, qs, sleep, sseReader,
  RFC3339_UTC, DEFAULT_SITE,
} from './helpers.mjs';

const USER = 'conformite';
const PASSWORD = 'un mot de passe assez long';
const POSTS_PER_MINUTE = 4;
const VOTES_PER_MINUTE = 8;

let srv;
let akismetKey;
let editor;          // {cookie, csrf}
let seed;            // a published comment {id, token}
let reported;        // another, for the report route (enough reports hide a comment)

let ipN = 0;
/** A fresh client address for each call (the server trusts X-Forwarded-For). */
function ip() {
  ipN += 1;
  return `198.51.${(ipN >> 8) & 255}.${ipN & 255}`;
}

/** One request from a fresh address; opts as helpers.request, plus `from`. */
function req(method, path, opts = {}) {
  const headers = { 'X-Forwarded-For': opts.from || ip(), ...(opts.headers || {}) };
  return srv.req(method, path, { ...opts, headers });
}
const JSON_CT = { 'Content-Type': 'application/json' };
const jsonReq = (method, path, obj, headers = {}, from) => req(method, path, { json: obj, headers, from });

async function post(fields, from) {
  // each text its own: one text posted from several addresses looks like spam
  return jsonReq('POST', '/api/v1/comments', { author: 'Pierre', text: `Un avis mesuré, le ${uniq('n')}.`, ...fields }, {}, from);
}
async function mustPost(fields) {
  const r = await post(fields);
  assert.equal(r.status, 201, r.text);
  assert.equal(r.body.status, 'published', r.text);
  return { id: r.body.comment.id, token: r.body.edit_token, comment: r.body.comment };
}
const list = (query, headers) => req('GET', `/api/v1/comments?${qs(query)}`, { headers });

function cli(args, input) {
  return runBinary(args, { env: { CAUSERIE_STORE_URL: srv.store.url, USER: 'conformance' }, input, timeoutMs: 60000 });
}
const adminHeaders = (withCsrf = true) => ({
  Cookie: editor.cookie, ...(withCsrf ? { 'X-CSRF-Token': editor.csrf } : {}),
});

before(async () => {
  srv = await startServer({
    name: 'conformance',
    env: {
      CAUSERIE_SERVER_TRUST_PROXY: 'true',
      CAUSERIE_LIMITS_POSTS_PER_MINUTE: String(POSTS_PER_MINUTE),
      CAUSERIE_LIMITS_VOTES_PER_MINUTE: String(VOTES_PER_MINUTE),
    },
  });
  const add = await cli(['admin', 'add', USER], `${PASSWORD}\n`);
  assert.equal(add.code, 0, add.stderr);
  const k = await cli(['akismet-key', 'add', 'conformance']);
  assert.equal(k.code, 0, k.stderr);
  akismetKey = k.stdout.trim();
  const login = await jsonReq('POST', '/api/v1/admin/login', { user: USER, password: PASSWORD });
  assert.equal(login.status, 200, login.text);
  const sc = [].concat(login.headers['set-cookie'] || []);
  const c = sc.find((l) => l.startsWith('causerie_admin='));
  assert.ok(c, `session cookie: ${sc}`);
  editor = { cookie: c.split(';')[0], csrf: login.body.csrf, setCookie: c };
  seed = await mustPost({ uri: uniq('/conf/seed') });
  reported = await mustPost({ uri: uniq('/conf/reported') });
});
after(async () => { if (srv) await srv.stop(); });

/** Writes the parts on one connection; resolves what came back once /healthz's "ok" arrived (or 5 s). */
function keepAlive(parts) {
  return new Promise((resolve) => {
    let got = '';
    const sock = net.connect(srv.port, '127.0.0.1');
    const done = () => { clearTimeout(timer); sock.destroy(); resolve(got); };
    const timer = setTimeout(done, 5000);
    sock.on('data', (d) => { got += d.toString('latin1'); if (/\r\n\r\nok$/.test(got)) done(); });
    sock.on('error', done);
    sock.on('close', done);
    sock.on('connect', () => { for (const p of parts) sock.write(p); });
  });
}

// ---------------------------------------------------------------------------
// The route table of API.md: every JSON route with a body that passes, so
// that each general rule can be applied to each of them.

const JSON_ROUTES = [
  { name: 'POST comments', method: 'POST', path: () => '/api/v1/comments', body: () => ({ uri: uniq('/conf/r'), author: 'Pierre', text: 'Bien vu.' }) },
  { name: 'PUT comment', method: 'PUT', path: () => `/api/v1/comments/${seed.id}`, headers: () => ({ 'X-Edit-Token': seed.token }), body: () => ({ text: 'Un avis mesuré, corrigé.' }) },
  { name: 'vote', method: 'POST', path: () => `/api/v1/comments/${seed.id}/vote`, body: () => ({ value: 1 }) },
  { name: 'report', method: 'POST', path: () => `/api/v1/comments/${reported.id}/report`, body: () => ({ reason: 'hors sujet' }) },
  { name: 'subscriptions', method: 'POST', path: () => '/api/v1/subscriptions', body: () => ({ uri: uniq('/conf/s'), email: 'lecteur@example.org', kind: 'all' }) },
  { name: 'subscriptions/manage', method: 'POST', path: () => '/api/v1/subscriptions/manage', body: () => ({ email: 'lecteur@example.org' }) },
  { name: 'admin login', method: 'POST', path: () => '/api/v1/admin/login', body: () => ({ user: USER, password: PASSWORD }) },
  { name: 'admin policy', method: 'PUT', path: () => '/api/v1/admin/policy', headers: () => adminHeaders(), body: null },
];

describe('general rules on every JSON route', () => {
  const badTypes = [
    ['no Content-Type', {}],
    ['text/plain', { 'Content-Type': 'text/plain' }],
    ['form-encoded', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['application/json-seq', { 'Content-Type': 'application/json-seq' }],
  ];
  const badBodies = [
    ['an array', '[]'],
    ['a string', '"texte"'],
    ['a number', '42'],
    ['null', 'null'],
    ['truncated JSON', '{"text": "abc'],
    ['an empty body', ''],
    ['two documents', '{"a":1}{"b":2}'],
    ['invalid UTF-8 in a string', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['an overlong UTF-8 encoding', Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')])],
    ['a lone surrogate escape', '{"text":"\\ud800"}'],
    ['an escaped NUL (docs/api.md)', '{"text":"a\\u0000b"}'],
  ];

  for (const r of JSON_ROUTES) {
    const hdrs = () => (r.headers ? r.headers() : {});
    test(`${r.name}: 415 without application/json, on every variant`, async () => {
      for (const [label, ct] of badTypes) {
        const res = await req(r.method, r.path(), { body: '{}', headers: { ...hdrs(), ...ct } });
        assertError(assert, res, 415);
        assert.ok(res.status === 415, label);
      }
    });
    test(`${r.name}: a body that is not a JSON object, or not UTF-8, is 400`, async () => {
      for (const [label, body] of badBodies) {
        const res = await req(r.method, r.path(), { body, headers: { ...hdrs(), ...JSON_CT } });
        assertError(assert, res, 400);
        assert.ok(!/\bat 0x|\(null\)/.test(res.body.error.message), `${label}: a human message: ${res.body.error.message}`);
      }
    });
    test(`${r.name}: Content-Type parameters and case are allowed`, async () => {
      if (!r.body) return void assert.ok(r.name === 'admin policy');
      for (const ct of ['application/json; charset=utf-8', 'Application/JSON', 'application/json;charset="UTF-8"']) {
        const res = await req(r.method, r.path(), { body: JSON.stringify(r.body()), headers: { ...hdrs(), 'Content-Type': ct } });
        assert.ok(res.status >= 200 && res.status < 300, `${ct}: ${res.status} ${res.text.slice(0, 200)}`);
        assert.match(String(res.headers['content-type']), /^application\/json\b/, 'JSON out');
        assert.ok(res.body && typeof res.body === 'object', `a JSON body: ${res.text.slice(0, 100)}`);
      }
    });
    test(`${r.name}: 413 reaches the client after the rest of the body is read`, async () => {
      // the policy of an editor's session may be up to 4 MiB (docs/api.md)
      const big = Buffer.alloc(r.name === 'admin policy' ? 5 * 1024 * 1024 : 600 * 1024, 0x61);
      big.write('{"text":"', 0);
      const res = await req(r.method, r.path(), { body: big, headers: { ...hdrs(), ...JSON_CT } });
      assertError(assert, res, 413);
      const chunked = await req(r.method, r.path(), { body: big, chunked: 16384, headers: { ...hdrs(), ...JSON_CT } });
      assertError(assert, chunked, 413);
    });
    test(`${r.name}: after a 413 the same connection answers the next request`, async () => {
      const big = Buffer.alloc(300 * 1024, 0x61);
      big.write('{"text":"', 0);
      const extra = Object.entries(hdrs()).map(([k, v]) => `${k}: ${v}\r\n`).join('');
      const head = `${r.method} ${r.path()} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: ${ip()}\r\n${extra}`
        + `Content-Type: application/json\r\nContent-Length: ${r.name === 'admin policy' ? 5 * 1024 * 1024 : big.length}\r\n\r\n`;
      const body = r.name === 'admin policy' ? Buffer.alloc(5 * 1024 * 1024, 0x61) : big;
      const x = await keepAlive([Buffer.from(head), body, Buffer.from('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')]);
      assert.match(x, /^HTTP\/1\.1 413 /, x.slice(0, 200));
      assert.match(x, /"code":"too_large"/);
      assert.match(x, /HTTP\/1\.1 200 OK[\s\S]*\r\n\r\nok/, `the next request on the connection: ${x.slice(-300)}`);
    });
  }
});

describe('405 with Allow, 404 with the envelope, on every route', () => {
  const routes = [
    ['/api/v1/comments', ['GET', 'POST']],
    [() => `/api/v1/comments/${seed.id}`, ['GET', 'PUT', 'DELETE']],
    [() => `/api/v1/comments/${seed.id}/vote`, ['POST']],
    [() => `/api/v1/comments/${seed.id}/report`, ['POST']],
    ['/api/v1/counts', ['GET']],
    ['/api/v1/events', ['GET']],
    ['/feeds/comments.atom', ['GET']],
    ['/api/v1/subscriptions', ['POST']],
    ['/subscriptions/confirm', ['GET']],
    ['/subscriptions/unsubscribe', ['GET', 'POST']],
    ['/api/v1/admin/login', ['POST']],
    ['/api/v1/admin/logout', ['POST']],
    ['/api/v1/admin/queue', ['GET']],
    [() => `/api/v1/admin/comments/${seed.id}`, ['GET']],
    [() => `/api/v1/admin/comments/${seed.id}/approve`, ['POST']],
    ['/api/v1/admin/policy', ['GET', 'PUT']],
    ['/api/v1/admin/audit', ['GET']],
    ['/1.1/verify-key', ['POST']],
    ['/1.1/comment-check', ['POST']],
    ['/1.1/submit-spam', ['POST']],
    ['/1.1/submit-ham', ['POST']],
    ['/healthz', ['GET']],
    ['/metrics', ['GET']],
  ];
  const ALL = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];
  for (const [p, allowed] of routes) {
    const label = typeof p === 'function' ? p.toString().replace(/^\(\) => `|`$/g, '') : p;
    test(`${label}: every other method is 405 naming ${allowed.join(', ')} in Allow`, async () => {
      const path = typeof p === 'function' ? p() : p;
      for (const m of ALL.filter((x) => !allowed.includes(x))) {
        const res = await req(m, path, m === 'GET' || m === 'DELETE' ? {} : { body: '{}', headers: JSON_CT });
        assertError(assert, res, 405);
        // the Akismet routes add their headers (hostile19)
        if (path.startsWith('/1.1/')) assert.ok(res.headers['x-akismet-error'], `${m} ${path}: X-akismet-error`);
        const allow = String(res.headers.allow || '').split(',').map((s) => s.trim());
        for (const a of allowed) assert.ok(allow.includes(a), `${m} ${path}: Allow ${res.headers.allow} lacks ${a}`);
        assert.ok(!allow.includes(m), `${m} ${path}: Allow ${res.headers.allow} names ${m}`);
      }
    });
  }

  test('unknown routes and unknown ids are 404 with the envelope, whatever the method', async () => {
    const cases = [
      ['GET', '/api/v1/nope'], ['POST', '/api/v1/nope'], ['GET', '/api/v2/comments'], ['GET', '/api/v1/comments/'],
      ['GET', '/api/v1/comments/1/votes'], ['DELETE', '/api/v1/nope'], ['GET', '/1.1/nope'], ['POST', '/1.1/nope'],
      ['GET', '/feeds/other.atom'], ['GET', '/api/v1/comments/abc'], ['GET', '/api/v1/comments/0'],
      ['GET', '/api/v1/comments/-3'], ['GET', '/api/v1/comments/99999999999999999999999'],
      ['GET', '/api/v1/comments/987654321'], ['POST', '/api/v1/comments/987654321/vote'],
      ['POST', '/api/v1/comments/987654321/report'], ['POST', '/api/v1/comments/abc/vote'],
      ['PUT', '/api/v1/comments/987654321'], ['DELETE', '/api/v1/comments/987654321'],
    ];
    for (const [m, p] of cases) {
      const body = m === 'POST' || m === 'PUT' ? JSON.stringify(p.endsWith('vote') ? { value: 1 } : { text: 'x', reason: 'x' }) : undefined;
      const res = await req(m, p, { body, headers: { ...(body ? JSON_CT : {}), 'X-Edit-Token': 'abc' } });
      assertError(assert, res, 404);
    }
  });
});

// ---------------------------------------------------------------------------
// Field limits.

describe('field limits of POST /api/v1/comments', () => {
  const long = (n, ch = 'a') => ch.repeat(n);
  const rejects = [
    ['author', { author: '' }], ['author', { author: '   \t\n ' }], ['author', { author: long(101) }],
    ['author', { author: 42 }], ['author', { author: null }], ['author', { author: undefined }],
    ['author', { author: `  ${long(101, 'é')}  ` }], ['author', { author: long(101, '😀') }],
    ['text', { text: '' }], ['text', { text: ' \n\t ' }], ['text', { text: long(10001) }], ['text', { text: 7 }],
    ['text', { text: undefined }], ['text', { text: long(10001, 'é') }],
    ['uri', { uri: '' }], ['uri', { uri: undefined }], ['uri', { uri: `/${long(2000)}` }], ['uri', { uri: ['/a'] }],
    ['website', { website: 'ftp://example.org/' }], ['website', { website: 'javascript:alert(1)' }],
    ['website', { website: 'example.org' }], ['website', { website: 'http://' }], ['website', { website: 12 }],
    ['website', { website: 'data:text/html,hi' }],
    ['email', { email: 'nope' }], ['email', { email: 'a@' }], ['email', { email: '@example.org' }],
    ['email', { email: 'a b@example.org' }], ['email', { email: 'a@b@example.org' }], ['email', { email: 3 }],
    ['parent', { parent: 'x' }], ['parent', { parent: -1 }], ['parent', { parent: 987654321 }], ['parent', { parent: 1.5 }],
    ['subscribe', { subscribe: 'weekly', email: 'a@example.org' }], ['email', { subscribe: 'all' }],
    ['anchor', { anchor: 'p3' }],
  ];
  test('each bad field is 422 naming it in "field" and in the message', async () => {
    for (const [field, fields] of rejects) {
      const body = { uri: uniq('/conf/limits'), author: 'Pierre', text: 'Correct.', ...fields };
      for (const k of Object.keys(fields)) if (fields[k] === undefined) delete body[k];
      const res = await jsonReq('POST', '/api/v1/comments', body);
      assertError(assert, res, 422, { field });
    }
  });

  test('the bounds themselves are accepted, counted in characters after trimming', async () => {
    const ok = [
      { author: long(100) }, { author: `   ${long(100)}   ` }, { author: long(100, 'é') }, { author: long(100, '😀') },
      { author: 'P' }, { text: long(10000) }, { text: `\n  ${long(10000)}  \n` }, { text: long(10000, 'é') }, { text: 'x' },
      { uri: `/${long(1999)}` }, { uri: '/' },
      { website: 'http://example.org' }, { website: 'https://example.org/page?x=1' }, { website: 'HTTPS://EXAMPLE.ORG/' },
      { email: 'marie.dupont+news@example.org' },
    ];
    for (const fields of ok) {
      const res = await post({ uri: uniq('/conf/bounds'), ...fields });
      assert.equal(res.status, 201, `${JSON.stringify(fields).slice(0, 80)}: ${res.status} ${res.text.slice(0, 300)}`);
      assertCommentShape(assert, res.body.comment);
      if (fields.author) assert.equal(res.body.comment.author, fields.author.trim(), 'author stored trimmed');
    }
  });

  test('"" in an optional field means absent', async () => {
    const uri = uniq('/conf/empty');
    const res = await post({ uri, site: '', title: '', email: '', website: '', parent: '', anchor: '', subscribe: '' });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.body.comment.website, null);
    assert.equal(res.body.comment.parent, null);
    assert.equal(res.body.comment.anchor, null);
    const l = await list({ uri });
    assert.equal(l.status, 200);
    assert.equal(l.body.count, 1, 'site "" is the default site');
    const l2 = await list({ uri, site: DEFAULT_SITE });
    assert.equal(l2.body.count, 1);
  });

  test('uri limits apply on every route that takes a uri', async () => {
    const bad = [`/${long(2000)}`, ''];
    for (const uri of bad) {
      for (const p of ['/api/v1/comments', '/api/v1/counts', '/api/v1/events', '/feeds/comments.atom']) {
        const res = await req('GET', `${p}?${qs({ uri })}`);
        assertError(assert, res, 422, { field: 'uri' });
      }
      const s = await jsonReq('POST', '/api/v1/subscriptions', { uri, email: 'a@example.org', kind: 'all' });
      assertError(assert, s, 422, { field: 'uri' });
    }
    for (const p of ['/api/v1/comments', '/api/v1/counts', '/api/v1/events', '/feeds/comments.atom']) {
      assertError(assert, await req('GET', p), 422, { field: 'uri' });
    }
  });

  test('PUT applies the text limits and ignores nothing silently', async () => {
    const c = await mustPost({ uri: uniq('/conf/put') });
    const tok = { 'X-Edit-Token': c.token };
    for (const text of ['', '   ', long(10001), 5, null]) {
      assertError(assert, await jsonReq('PUT', `/api/v1/comments/${c.id}`, { text }, tok), 422, { field: 'text' });
    }
    assertError(assert, await jsonReq('PUT', `/api/v1/comments/${c.id}`, {}, tok), 422, { field: 'text' });
    const ok = await jsonReq('PUT', `/api/v1/comments/${c.id}`, { text: `  ${long(10000)}  ` }, tok);
    assert.equal(ok.status, 200, ok.text);
    assert.deepEqual(Object.keys(ok.body).sort(), ['comment', 'status']);
    assert.match(ok.body.comment.modified, RFC3339_UTC);
  });
});

// ---------------------------------------------------------------------------
// 429 with Retry-After, on every rate-limited route.

describe('429 with Retry-After', () => {
  const limited = [
    ['POST comments', POSTS_PER_MINUTE, () => ['POST', '/api/v1/comments', { uri: uniq('/conf/rl'), author: 'Pierre', text: 'Encore un.' }]],
    ['subscriptions', POSTS_PER_MINUTE, () => ['POST', '/api/v1/subscriptions', { uri: uniq('/conf/rls'), email: 'x@example.org', kind: 'all' }]],
    ['vote', VOTES_PER_MINUTE, () => ['POST', `/api/v1/comments/${target.id}/vote`, { value: 1 }]],
    ['report', VOTES_PER_MINUTE, () => ['POST', `/api/v1/comments/${target.id}/report`, { reason: 'x' }]],
  ];
  let target;
  for (const [name, n, mk] of limited) {
    test(`${name}: past the limit, 429 with the envelope and Retry-After in seconds`, async () => {
      target = await mustPost({ uri: uniq('/conf/rlt') });
      const from = ip();
      for (let i = 0; i < n; i += 1) {
        const [m, p, b] = mk();
        const r = await jsonReq(m, p, b, {}, from);
        assert.ok(r.status < 300, `request ${i + 1} within the limit: ${r.status} ${r.text}`);
      }
      const [m, p, b] = mk();
      const r = await jsonReq(m, p, b, {}, from);
      assertError(assert, r, 429);
      assert.match(String(r.headers['retry-after']), /^[1-9]\d*$/, `Retry-After: ${r.headers['retry-after']}`);
      const other = await jsonReq(...mk());
      assert.ok(other.status < 300, `another address is not refused: ${other.status}`);
    });
  }

  test('PUT comments counts against the posting limit: 429, and nothing changes', async () => {
    const c = await mustPost({ uri: uniq('/conf/rlput') });
    const from = ip();
    for (let i = 0; i < POSTS_PER_MINUTE; i += 1) {
      const r = await jsonReq('PUT', `/api/v1/comments/${c.id}`, { text: `version ${i}` }, { 'X-Edit-Token': c.token }, from);
      assert.equal(r.status, 200, r.text);
    }
    const r = await jsonReq('PUT', `/api/v1/comments/${c.id}`, { text: 'de trop' }, { 'X-Edit-Token': c.token }, from);
    assertError(assert, r, 429);
    assert.match(String(r.headers['retry-after']), /^[1-9]\d*$/);
    const g = await req('GET', `/api/v1/comments/${c.id}`);
    assert.ok(!g.body.html.includes('de trop'));
  });
});

// ---------------------------------------------------------------------------
// Readers: GET /api/v1/comments, sentence by sentence.

describe('GET /api/v1/comments', () => {
  test('an unknown thread is 200 with count 0, no comments and a null cursor', async () => {
    const uri = uniq('/conf/unknown');
    const r = await list({ uri });
    assert.equal(r.status, 200, r.text);
    assert.match(String(r.headers['content-type']), /^application\/json/);
    assert.equal(r.body.uri, uri);
    assert.equal(r.body.count, 0);
    assert.equal(r.body.sort, 'newest');
    assert.deepEqual(r.body.comments, []);
    assert.equal(r.body.cursor, null);
    const o = await list({ uri, sort: 'popular', limit: 'all', site: 'autre-site' });
    assert.equal(o.status, 200, o.text);
    assert.equal(o.body.count, 0);
    assert.equal(o.body.sort, 'popular');
  });

  test('sort, limit and cursor out of range are 422 naming the parameter', async () => {
    const uri = uniq('/conf/params');
    const bad = [
      ['sort', { sort: 'best' }], ['sort', { sort: 'NEWEST' }],
      ['limit', { limit: 0 }], ['limit', { limit: 101 }], ['limit', { limit: -1 }], ['limit', { limit: 'abc' }],
      ['limit', { limit: '1.5' }], ['limit', { limit: 'ALL' }], ['limit', { limit: '99999999999999999999' }],
      ['cursor', { cursor: 'forged' }], ['site', { site: 'pas un site' }],
    ];
    for (const [field, q] of bad) assertError(assert, await list({ uri, ...q }), 422, { field });
    for (const limit of [1, 100, 'all']) assert.equal((await list({ uri, limit })).status, 200, `limit=${limit}`);
    // "" in an optional parameter means absent, as in a body
    const empty = await list({ uri, sort: '', limit: '', cursor: '', site: '' });
    assert.equal(empty.status, 200, empty.text);
    assert.equal(empty.body.sort, 'newest');
    const twice = await req('GET', `/api/v1/comments?${qs({ uri })}&sort=oldest&sort=popular&limit=5&limit=500`);
    assert.equal(twice.status, 200, twice.text);
    assert.equal(twice.body.sort, 'oldest', 'the first value counts');
  });

  test('newest, oldest, popular (likes − dislikes, then newest), ties in time broken by id', async () => {
    const uri = uniq('/conf/sort');
    const ids = [];
    for (let i = 0; i < 4; i += 1) ids.push((await mustPost({ uri, text: `numéro ${i}` })).id);
    const vote = (id, value) => jsonReq('POST', `/api/v1/comments/${id}/vote`, { value });
    await vote(ids[0], 1); await vote(ids[0], 1); await vote(ids[2], 1); await vote(ids[3], -1);
    const top = async (sort) => (await list({ uri, sort })).body.comments.map((c) => c.id);
    assert.deepEqual(await top('newest'), [...ids].reverse());
    assert.deepEqual(await top('oldest'), ids);
    // scores: ids0 +2, ids1 0, ids2 +1, ids3 -1; equal scores newest first
    assert.deepEqual(await top('popular'), [ids[0], ids[2], ids[1], ids[3]]);
    assert.deepEqual(await top(undefined), [...ids].reverse(), 'newest is the default');
  });

  test('limit counts top-level comments (default 20, limit=all for all); the cursor pages through them', async () => {
    const uri = uniq('/conf/page');
    const ids = [];
    for (let i = 0; i < 22; i += 1) ids.push((await mustPost({ uri, text: `n° ${i}` }, undefined)).id);
    await mustPost({ uri, parent: ids[21], text: 'une réponse' });
    const first = await list({ uri });
    assert.equal(first.body.comments.length, 20);
    assert.equal(first.body.count, 23, 'count: every published comment, replies included');
    assert.equal(typeof first.body.cursor, 'string');
    assert.equal(first.body.comments[0].replies.length, 1, 'replies do not count against limit');
    const second = await list({ uri, cursor: first.body.cursor });
    assert.equal(second.status, 200, second.text);
    assert.deepEqual(second.body.comments.map((c) => c.id), [ids[1], ids[0]]);
    assert.equal(second.body.cursor, null, 'null on the last page');
    const all = await list({ uri, limit: 'all' });
    assert.equal(all.body.comments.length, 22);
    assert.equal(all.body.cursor, null);
    const exact = await list({ uri, limit: 22 });
    assert.equal(exact.body.comments.length, 22);
    assert.equal(exact.body.cursor, null, 'a page that ends exactly at the last comment is the last page');
  });

  test('a cursor is valid only for the same uri, site and sort', async () => {
    const uri = uniq('/conf/cursor');
    for (let i = 0; i < 3; i += 1) await mustPost({ uri });
    for (const sort of ['newest', 'oldest', 'popular']) {
      const r = await list({ uri, sort, limit: 1 });
      const { cursor } = r.body;
      assert.equal(typeof cursor, 'string');
      assert.equal((await list({ uri, sort, limit: 1, cursor })).status, 200);
      assert.equal((await list({ uri, sort, limit: 5, cursor })).body.comments.length, 2, 'another limit is the same listing');
      assert.equal((await list({ uri, sort, limit: 1, cursor, site: DEFAULT_SITE })).status, 200, 'the default site named');
      for (const other of [{ uri: `${uri}-x` }, { site: 'autre' }, { sort: sort === 'oldest' ? 'newest' : 'oldest' }]) {
        assertError(assert, await list({ uri, sort, limit: 1, cursor, ...other }), 422, { field: 'cursor' });
      }
      const edited = cursor.slice(0, -1) + (cursor.endsWith('A') ? 'B' : 'A');
      assertError(assert, await list({ uri, sort, limit: 1, cursor: edited }), 422, { field: 'cursor' });
    }
  });

  test('paging with the cursor, in every sort, gives the whole list once, in order, ties included', async () => {
    const uri = uniq('/conf/pages');
    const ids = [];
    for (let i = 0; i < 7; i += 1) ids.push((await mustPost({ uri })).id);
    const vote = (id, value) => jsonReq('POST', `/api/v1/comments/${id}/vote`, { value });
    for (const [i, v] of [[0, 1], [1, 1], [3, -1], [4, 1], [6, 1], [6, 1]]) await vote(ids[i], v);
    for (const sort of ['newest', 'oldest', 'popular']) {
      const whole = (await list({ uri, sort, limit: 'all' })).body.comments.map((c) => c.id);
      assert.equal(whole.length, 7);
      const seen = [];
      let cursor;
      for (let n = 0; n < 10; n += 1) {
        const r = await list({ uri, sort, limit: 2, cursor });
        assert.equal(r.status, 200, r.text);
        assert.equal(r.body.count, 7);
        seen.push(...r.body.comments.map((c) => c.id));
        cursor = r.body.cursor;
        if (cursor === null) break;
      }
      assert.deepEqual(seen, whole, sort);
    }
  });

  test('replies nest under their parent at any depth, oldest first, whatever the sort', async () => {
    const uri = uniq('/conf/replies');
    const root = await mustPost({ uri, text: 'racine' });
    const r1 = await mustPost({ uri, parent: root.id, text: 'r1' });
    const r2 = await mustPost({ uri, parent: root.id, text: 'r2' });
    const r11 = await mustPost({ uri, parent: r1.id, text: 'r1.1' });
    const r12 = await mustPost({ uri, parent: r1.id, text: 'r1.2' });
    await jsonReq('POST', `/api/v1/comments/${r2.id}/vote`, { value: 1 });
    for (const sort of ['newest', 'oldest', 'popular']) {
      const l = await list({ uri, sort });
      assert.equal(l.body.comments.length, 1);
      const top = l.body.comments[0];
      assert.equal(top.id, root.id);
      assert.deepEqual(top.replies.map((c) => c.id), [r1.id, r2.id], sort);
      assert.deepEqual(top.replies[0].replies.map((c) => c.id), [r11.id, r12.id], sort);
      for (const c of flatten(l.body.comments)) assertCommentShape(assert, c, sort);
      assert.equal(top.replies[0].parent, root.id);
    }
    const other = await post({ uri: uniq('/conf/replies-other'), parent: root.id });
    assertError(assert, other, 422, { field: 'parent' });
  });

  test('only published comments appear and count; deleted ones leave a placeholder only when replied to', async () => {
    const uri = uniq('/conf/count');
    const a = await mustPost({ uri });
    const spam = await post({ uri, author: 'viagra-test-123', text: 'Achetez maintenant' });
    assert.equal(spam.status, 201);
    assert.equal(spam.body.status, 'pending');
    const b = await mustPost({ uri });
    const reply = await mustPost({ uri, parent: b.id });
    let l = await list({ uri });
    assert.equal(l.body.count, 3);
    assert.ok(!flatten(l.body.comments).some((c) => c.id === spam.body.comment.id));
    const counts = await req('GET', `/api/v1/counts?${qs({ uri })}`);
    assert.equal(counts.body[uri], 3);
    assert.equal((await req('DELETE', `/api/v1/comments/${a.id}`, { headers: { 'X-Edit-Token': a.token } })).status, 204);
    const delB = await req('DELETE', `/api/v1/comments/${b.id}`, { headers: { 'X-Edit-Token': b.token } });
    assert.equal(delB.status, 204);
    assert.equal(delB.text, '');
    l = await list({ uri });
    assert.equal(l.body.count, 1);
    assert.deepEqual(l.body.comments.map((c) => c.id), [b.id]);
    const ph = l.body.comments[0];
    assert.equal(ph.deleted, true);
    assert.equal(ph.author, null);
    assert.equal(ph.website, null);
    assert.equal(ph.html, '');
    assert.equal(ph.parent, null);
    assert.deepEqual(ph.replies.map((c) => c.id), [reply.id]);
    assert.equal((await req('GET', `/api/v1/counts?${qs({ uri })}`)).body[uri], 1);
  });

  test('enough reports hide a comment until an editor decides; a deleted reply takes its placeholder parent with it', async () => {
    const uri = uniq('/conf/hide');
    const c = await mustPost({ uri });
    const keep = await mustPost({ uri });
    for (let i = 0; i < 3; i += 1) {
      assert.equal((await jsonReq('POST', `/api/v1/comments/${c.id}/report`, { reason: `raison ${i}` })).status, 202);
    }
    let l = await list({ uri });
    assert.deepEqual(l.body.comments.map((x) => x.id), [keep.id], 'the reported comment left the page');
    assert.equal(l.body.count, 1);
    assertError(assert, await jsonReq('POST', `/api/v1/comments/${c.id}/vote`, { value: 1 }), 404);
    const ap = await req('POST', `/api/v1/admin/comments/${c.id}/approve`, { headers: adminHeaders() });
    assert.equal(ap.status, 200, ap.text);
    l = await list({ uri });
    assert.equal(l.body.count, 2, 'back once an editor approves it');
    const parent = await mustPost({ uri });
    const reply = await mustPost({ uri, parent: parent.id });
    assert.equal((await req('DELETE', `/api/v1/comments/${parent.id}`, { headers: { 'X-Edit-Token': parent.token } })).status, 204);
    assert.ok((await list({ uri })).body.comments.some((x) => x.id === parent.id && x.deleted === true));
    assert.equal((await req('DELETE', `/api/v1/comments/${reply.id}`, { headers: { 'X-Edit-Token': reply.token } })).status, 204);
    l = await list({ uri });
    assert.ok(!flatten(l.body.comments).some((x) => x.id === parent.id || x.id === reply.id), 'no reply left: no placeholder');
    assert.equal(l.body.count, 2);
  });

  test('ETag on every answer; If-None-Match gives 304 until the thread changes', async () => {
    const uri = uniq('/conf/etag');
    const empty = await list({ uri });
    assert.ok(empty.headers.etag, 'an unknown thread has an ETag too');
    const c = await mustPost({ uri });
    const r = await list({ uri });
    const { etag } = r.headers;
    assert.ok(etag && etag !== empty.headers.etag);
    const nm = await list({ uri }, { 'If-None-Match': etag });
    assert.equal(nm.status, 304);
    assert.equal(nm.text, '');
    assert.equal(nm.headers.etag, etag);
    assert.equal((await list({ uri }, { 'If-None-Match': `W/${etag}` })).status, 304);
    assert.equal((await list({ uri }, { 'If-None-Match': `"other", ${etag}` })).status, 304);
    assert.equal((await list({ uri }, { 'If-None-Match': '"other"' })).status, 200);
    assert.equal((await list({ uri, sort: 'oldest' }, { 'If-None-Match': etag })).status, 200, 'another sort is another answer');
    await jsonReq('POST', `/api/v1/comments/${c.id}/vote`, { value: 1 });
    const after = await list({ uri }, { 'If-None-Match': etag });
    assert.equal(after.status, 200, 'a vote changes the thread');
    assert.notEqual(after.headers.etag, etag);
  });

  test('times are RFC 3339 UTC and ids positive integers, in every answer that has them', async () => {
    const uri = uniq('/conf/times');
    const p = await post({ uri });
    assert.equal(p.status, 201);
    assertCommentShape(assert, p.body.comment);
    assert.match(p.body.edit_until, RFC3339_UTC);
    assert.ok(Math.abs(Date.parse(p.body.comment.created) - Date.now()) < 120000, 'created is now, in UTC');
    assert.equal(typeof p.body.edit_token, 'string');
    assert.ok(p.body.edit_token.length >= 16);
    assert.equal(p.headers.location, `/api/v1/comments/${p.body.comment.id}`);
    const one = await req('GET', `/api/v1/comments/${p.body.comment.id}`);
    assert.equal(one.status, 200);
    assertCommentShape(assert, one.body);
  });
});

// ---------------------------------------------------------------------------
// Edit and delete.

describe('PUT and DELETE /api/v1/comments/{id}', () => {
  test('missing token 401, another comment\'s token 403, the right one 200 / 204', async () => {
    const uri = uniq('/conf/edit');
    const a = await mustPost({ uri });
    const b = await mustPost({ uri });
    assertError(assert, await jsonReq('PUT', `/api/v1/comments/${a.id}`, { text: 'x' }), 401);
    assertError(assert, await req('DELETE', `/api/v1/comments/${a.id}`), 401);
    assertError(assert, await jsonReq('PUT', `/api/v1/comments/${a.id}`, { text: 'x' }, { 'X-Edit-Token': b.token }), 403);
    assertError(assert, await req('DELETE', `/api/v1/comments/${a.id}`, { headers: { 'X-Edit-Token': b.token } }), 403);
    assertError(assert, await req('DELETE', `/api/v1/comments/${a.id}`, { headers: { 'X-Edit-Token': '' } }), [401, 403]);
    const put = await jsonReq('PUT', `/api/v1/comments/${a.id}`, { text: 'Texte *corrigé*.' }, { 'X-Edit-Token': a.token });
    assert.equal(put.status, 200, put.text);
    assert.equal(put.body.status, 'published');
    assert.match(put.body.comment.html, /<em>corrigé<\/em>/);
    const del = await req('DELETE', `/api/v1/comments/${a.id}`, { headers: { 'X-Edit-Token': a.token } });
    assert.equal(del.status, 204);
    assertError(assert, await req('DELETE', `/api/v1/comments/${a.id}`, { headers: { 'X-Edit-Token': a.token } }), 404);
    assertError(assert, await req('GET', `/api/v1/comments/${a.id}`), 404);
  });

  test('a closed window is 403 edit_window_closed', async () => {
    const short = await startServer({ name: 'conformance-window', env: { CAUSERIE_SERVER_EDIT_WINDOW: '1' } });
    try {
      const p = await short.postComment({ uri: uniq('/conf/window') });
      assert.equal(p.status, 201, p.text);
      await sleep(2200);
      const path = `/api/v1/comments/${p.body.comment.id}`;
      const tok = { headers: { 'X-Edit-Token': p.body.edit_token } };
      assertError(assert, await short.put(path, { text: 'tard' }, tok), 403, { code: 'edit_window_closed' });
      assertError(assert, await short.del(path, tok), 403, { code: 'edit_window_closed' });
    } finally {
      await short.stop();
    }
  });

  test('the policy rejects a post or an edit with 422 policy and its category', async () => {
    const uri = uniq('/conf/policy');
    const r = await post({ uri, text: 'Espèce de connard, tu es un gros con.' });
    const e = assertError(assert, r, 422, { code: 'policy' });
    assert.equal(typeof e.category, 'string');
    const c = await mustPost({ uri });
    const put = await jsonReq('PUT', `/api/v1/comments/${c.id}`, { text: 'Espèce de connard, tu es un gros con.' }, { 'X-Edit-Token': c.token });
    const pe = assertError(assert, put, 422, { code: 'policy' });
    assert.equal(typeof pe.category, 'string');
  });
});

// ---------------------------------------------------------------------------
// Votes, reports, counts.

describe('votes, reports and counts', () => {
  test('vote: replace, withdraw, one per reader; 404 unknown or unpublished; any other value 422', async () => {
    const uri = uniq('/conf/vote');
    const c = await mustPost({ uri });
    const from = ip();
    const v = (value, f = from) => jsonReq('POST', `/api/v1/comments/${c.id}/vote`, { value }, {}, f);
    let r = await v(1);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body, { likes: 1, dislikes: 0 });
    r = await v(1);
    assert.deepEqual(r.body, { likes: 1, dislikes: 0 }, 'a second like from the same reader adds nothing');
    r = await v(-1);
    assert.deepEqual(r.body, { likes: 0, dislikes: 1 }, 'a new vote replaces the previous one');
    r = await v(0);
    assert.deepEqual(r.body, { likes: 0, dislikes: 0 }, '0 withdraws');
    r = await v(0);
    assert.deepEqual(r.body, { likes: 0, dislikes: 0 });
    r = await v(1, ip());
    assert.deepEqual(r.body, { likes: 1, dislikes: 0 }, 'another reader counts');
    const bad = [2, -2, '1', 1.5, true, null, [], {}, 1e999, 9007199254740993];
    for (const value of bad) assertError(assert, await v(value, ip()), 422, { field: 'value' });
    assertError(assert, await jsonReq('POST', `/api/v1/comments/${c.id}/vote`, {}), 422, { field: 'value' });
    const pending = await post({ uri, author: 'viagra-test-123' });
    assert.equal(pending.body.status, 'pending');
    assertError(assert, await jsonReq('POST', `/api/v1/comments/${pending.body.comment.id}/vote`, { value: 1 }), 404);
    assertError(assert, await jsonReq('POST', '/api/v1/comments/987654321/vote', { value: 1 }), 404);
    const l = await list({ uri });
    assert.equal(l.body.comments[0].likes, 1);
  });

  test('report: 202 for a published comment, again 202, 404 unknown or unpublished, 422 bad reason', async () => {
    const uri = uniq('/conf/report');
    const c = await mustPost({ uri });
    const from = ip();
    const r = await jsonReq('POST', `/api/v1/comments/${c.id}/report`, { reason: 'injurieux' }, {}, from);
    assert.equal(r.status, 202, r.text);
    assert.equal((await jsonReq('POST', `/api/v1/comments/${c.id}/report`, { reason: 'encore' }, {}, from)).status, 202);
    assert.equal((await jsonReq('POST', `/api/v1/comments/${c.id}/report`, {})).status, 202, 'reason is optional');
    assertError(assert, await jsonReq('POST', `/api/v1/comments/${c.id}/report`, { reason: 5 }), 422, { field: 'reason' });
    assertError(assert, await jsonReq('POST', `/api/v1/comments/${c.id}/report`, { reason: 'x'.repeat(1001) }), 422, { field: 'reason' });
    assertError(assert, await jsonReq('POST', '/api/v1/comments/987654321/report', { reason: 'x' }), 404);
    const pending = await post({ uri, author: 'viagra-test-123' });
    assertError(assert, await jsonReq('POST', `/api/v1/comments/${pending.body.comment.id}/report`, { reason: 'x' }), 404);
  });

  test('counts: one call for many pages, 0 for an unknown one, keys as sent, only published', async () => {
    const a = uniq('/conf/counts-a');
    const b = uniq('/conf/counts-b');
    const odd = `${uniq('/conf/counts')}?x=1&y=é#frag`;
    await mustPost({ uri: a }); await mustPost({ uri: a }); await mustPost({ uri: odd });
    await post({ uri: a, author: 'viagra-test-123' });
    const r = await req('GET', `/api/v1/counts?${qs({ uri: [a, b, odd] })}`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body, { [a]: 2, [b]: 0, [odd]: 1 });
    const s = await req('GET', `/api/v1/counts?${qs({ uri: [a], site: 'autre' })}`);
    assert.deepEqual(s.body, { [a]: 0 });
    const site = await req('GET', `/api/v1/counts?${qs({ uri: [a], site: DEFAULT_SITE })}`);
    assert.deepEqual(site.body, { [a]: 2 });
  });
});

// ---------------------------------------------------------------------------
// Events and feeds.

const isComment = (e) => e.event === 'comment';

describe('events and feeds', () => {
  test('events: text/event-stream; a published comment arrives as event comment, id, the list JSON with replies []', async () => {
    const uri = uniq('/conf/events');
    const s = sseReader(srv.port, uri);
    const arrived = s.until((evs) => evs.some(isComment), 5000);
    await s.opened;
    await post({ uri, author: 'viagra-test-123' });   // pending: never sent
    const c = await mustPost({ uri, text: 'en direct' });
    await arrived;
    s.close();
    const event = s.events.find(isComment);
    assert.ok(event, 'the event arrived');
    assert.equal(await s.opened, 200);
    assert.match(s.headers['content-type'], /^text\/event-stream/);
    assert.equal(event.id, String(c.id));
    const data = JSON.parse(event.data);
    assertCommentShape(assert, data);
    assert.equal(data.id, c.id);
    assert.deepEqual(data.replies, []);
    const listed = (await list({ uri })).body.comments[0];
    assert.deepEqual(data, listed, 'the same JSON as in the list');
  });

  test('events: a held comment an editor approves is sent when it is published', async () => {
    const uri = uniq('/conf/events-approve');
    const s = sseReader(srv.port, uri);
    const arrived = s.until((evs) => evs.some(isComment), 5000);
    await s.opened;
    const p = await post({ uri, author: 'viagra-test-123', text: 'Retenu puis approuvé.' });
    assert.equal(p.body.status, 'pending');
    const ap = await req('POST', `/api/v1/admin/comments/${p.body.comment.id}/approve`, { headers: adminHeaders() });
    assert.equal(ap.status, 200, ap.text);
    await arrived;
    s.close();
    const event = s.events.find(isComment);
    assert.ok(event, 'the approved comment arrived');
    assert.equal(event.id, String(p.body.comment.id));
  });

  test('the Atom feed of a thread: application/atom+xml, published comments only', async () => {
    const uri = uniq('/conf/feed');
    await mustPost({ uri, text: 'premier' });
    await post({ uri, author: 'viagra-test-123', text: 'caché' });
    const r = await req('GET', `/feeds/comments.atom?${qs({ uri })}`);
    assert.equal(r.status, 200);
    assert.match(r.headers['content-type'], /^application\/atom\+xml/);
    assert.match(r.text, /<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/);
    assert.equal((r.text.match(/<entry>/g) || []).length, 1);
    assert.ok(!r.text.includes('caché'));
    const empty = await req('GET', `/feeds/comments.atom?${qs({ uri: uniq('/conf/feed-none') })}`);
    assert.equal(empty.status, 200);
    assert.equal((empty.text.match(/<entry>/g) || []).length, 0);
  });
});

// ---------------------------------------------------------------------------
// Subscriptions.

describe('subscriptions', () => {
  test('202 whatever the address\'s state; 422 naming the field', async () => {
    const uri = uniq('/conf/sub');
    const body = { uri, email: 'abonne@example.org', kind: 'all' };
    const first = await jsonReq('POST', '/api/v1/subscriptions', body);
    assert.equal(first.status, 202, first.text);
    const again = await jsonReq('POST', '/api/v1/subscriptions', body);
    assert.equal(again.status, 202);
    assert.deepEqual(again.body, first.body, 'nothing tells a known address from a new one');
    const c = await mustPost({ uri, email: 'auteur@example.org' });
    assert.equal((await jsonReq('POST', '/api/v1/subscriptions', { uri, email: 'auteur@example.org', kind: 'replies', comment: c.id })).status, 202);
    assert.equal((await jsonReq('POST', '/api/v1/subscriptions', { uri, email: 'x@example.org', kind: 'replies' })).status, 202);
    assert.equal((await jsonReq('POST', '/api/v1/subscriptions', { uri, email: 'x@example.org', kind: 'all', site: '', comment: '' })).status, 202, '"" means absent');
    const bad = [
      ['uri', { uri: '' }], ['uri', { uri: undefined }], ['email', { email: '' }], ['email', { email: 'pas une adresse' }],
      ['email', { email: undefined }], ['kind', { kind: 'weekly' }], ['kind', { kind: undefined }], ['kind', { kind: '' }],
      ['comment', { kind: 'replies', comment: 987654321 }], ['comment', { kind: 'replies', comment: 'x' }],
    ];
    for (const [field, over] of bad) {
      const b = { ...body, ...over };
      for (const k of Object.keys(over)) if (over[k] === undefined) delete b[k];
      assertError(assert, await jsonReq('POST', '/api/v1/subscriptions', b), 422, { field });
    }
  });

  test('the pages behind the links: a bad token is refused, never a 500', async () => {
    for (const p of ['/subscriptions/confirm?token=abc', '/subscriptions/unsubscribe?token=abc', '/subscriptions/confirm']) {
      const r = await req('GET', p);
      assert.ok(r.status >= 400 && r.status < 500, `${p}: ${r.status}`);
    }
    const one = await req('POST', '/subscriptions/unsubscribe?token=abc', { body: 'List-Unsubscribe=One-Click', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(one.status, 400);
  });
});

// ---------------------------------------------------------------------------
// Editors.

describe('admin routes', () => {
  test('login sets an HttpOnly SameSite=Strict cookie and gives a CSRF token; a wrong password is 401', async () => {
    assert.match(editor.setCookie, /HttpOnly/i);
    assert.match(editor.setCookie, /SameSite=Strict/i);
    assert.equal(typeof editor.csrf, 'string');
    assertError(assert, await jsonReq('POST', '/api/v1/admin/login', { user: USER, password: 'faux mot de passe' }), 401);
    assertError(assert, await jsonReq('POST', '/api/v1/admin/login', { user: USER }), [401, 422]);
  });

  test('every admin route is 401 without a session, and POST/PUT 403 without the CSRF token', async () => {
    const gets = ['/api/v1/admin/queue', `/api/v1/admin/comments/${seed.id}`, '/api/v1/admin/policy', '/api/v1/admin/audit'];
    for (const p of gets) assertError(assert, await req('GET', p), 401);
    assertError(assert, await req('POST', `/api/v1/admin/comments/${seed.id}/approve`), 401);
    assertError(assert, await req('POST', `/api/v1/admin/comments/${seed.id}/approve`, { headers: adminHeaders(false) }), 403);
    assertError(assert, await req('PUT', '/api/v1/admin/policy', { body: '{}', headers: { ...JSON_CT, ...adminHeaders(false) } }), 403);
  });

  test('queue for each status; an unknown status is 422; decisions and the explanation', async () => {
    for (const status of ['pending', 'spam', 'rejected', 'reported']) {
      const r = await req('GET', `/api/v1/admin/queue?status=${status}`, { headers: adminHeaders(false) });
      assert.equal(r.status, 200, r.text);
      assert.ok(Array.isArray(r.body.comments));
    }
    assertError(assert, await req('GET', '/api/v1/admin/queue?status=frob', { headers: adminHeaders(false) }), 422, { field: 'status' });
    const uri = uniq('/conf/admin');
    const p = await post({ uri, author: 'viagra-test-123', text: 'Promo incroyable' });
    const id = p.body.comment.id;
    const spamQ = await req('GET', '/api/v1/admin/queue?status=spam', { headers: adminHeaders(false) });
    assert.ok(spamQ.body.comments.some((c) => c.id === id), 'the spam is in the spam queue');
    const ex = await req('GET', `/api/v1/admin/comments/${id}`, { headers: adminHeaders(false) });
    assert.equal(ex.status, 200);
    assert.ok(ex.body.decision && 'category' in ex.body.decision && 'spam_prob' in ex.body.decision);
    const ap = await req('POST', `/api/v1/admin/comments/${id}/approve`, { headers: adminHeaders() });
    assert.equal(ap.status, 200, ap.text);
    assert.equal(ap.body.status, 'published');
    assert.equal((await list({ uri })).body.count, 1);
    assertError(assert, await req('POST', '/api/v1/admin/comments/987654321/approve', { headers: adminHeaders() }), 404);
    assertError(assert, await req('POST', `/api/v1/admin/comments/${id}/frob`, { headers: adminHeaders() }), 404);
    const audit = await req('GET', '/api/v1/admin/audit', { headers: adminHeaders(false) });
    assert.equal(audit.status, 200);
    assert.ok(audit.body.entries.every((e) => RFC3339_UTC.test(e.created) && Number.isInteger(e.id) && e.id > 0));
  });

  test('policy GET and PUT round trip; an invalid policy is 422 with field', async () => {
    const g = await req('GET', '/api/v1/admin/policy', { headers: adminHeaders(false) });
    assert.equal(g.status, 200);
    const p = await req('PUT', '/api/v1/admin/policy', { json: g.body, headers: adminHeaders() });
    assert.equal(p.status, 200, p.text.slice(0, 300));
    for (const body of ['[]', '{bad']) {
      assertError(assert, await req('PUT', '/api/v1/admin/policy', { body, headers: { ...JSON_CT, ...adminHeaders() } }), 400);
    }
    assertError(assert, await req('PUT', '/api/v1/admin/policy', { body: '{}', headers: { 'Content-Type': 'text/plain', ...adminHeaders() } }), 415);
    const bad = await req('PUT', '/api/v1/admin/policy', { json: { categories: 5 }, headers: adminHeaders() });
    const e = assertError(assert, bad, 422);
    assert.equal(typeof e.field, 'string');
  });
});

// ---------------------------------------------------------------------------
// Akismet-compatible routes and operations.

describe('Akismet-compatible routes and operations', () => {
  const form = (path, fields, headers = {}) => req('POST', path, { body: new URLSearchParams(fields).toString(), headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers } });
  const BLOG = 'https://journal.example/';

  test('verify-key valid | invalid (with X-akismet-debug-help), in plain text', async () => {
    const ok = await form('/1.1/verify-key', { key: akismetKey, blog: BLOG });
    assert.equal(ok.status, 200);
    assert.equal(ok.text, 'valid');
    assert.match(ok.headers['content-type'], /^text\/plain/);
    const no = await form('/1.1/verify-key', { key: 'a'.repeat(32), blog: BLOG });
    assert.equal(no.status, 200);
    assert.equal(no.text, 'invalid');
    assert.ok(no.headers['x-akismet-debug-help']);
  });

  test('comment-check: true | false, missing fields named, unknown key invalid', async () => {
    const base = { api_key: akismetKey, blog: BLOG, user_ip: '192.0.2.1', user_agent: 'Mozilla/5.0', comment_type: 'comment', comment_content: 'Merci pour cet article très clair.' };
    const spam = await form('/1.1/comment-check', { ...base, comment_author: 'viagra-test-123', is_test: '1' });
    assert.equal(spam.text, 'true');
    const ham = await form('/1.1/comment-check', { ...base, comment_author: 'Marie', is_test: '1' });
    assert.equal(ham.text, 'false');
    for (const f of ['blog', 'user_ip']) {
      const b = { ...base }; delete b[f];
      const r = await form('/1.1/comment-check', b);
      assert.equal(r.status, 200);
      assert.equal(r.text, `Missing required field: ${f}.`);
      assert.ok(r.headers['x-akismet-debug-help']);
    }
    const inv = await form('/1.1/comment-check', { ...base, api_key: 'b'.repeat(32) });
    assert.equal(inv.text, 'invalid');
    assert.ok(inv.headers['x-akismet-debug-help']);
    for (const p of ['/1.1/submit-spam', '/1.1/submit-ham']) {
      const s = await form(p, { ...base, comment_author: 'Marie', is_test: '1' });
      assert.equal(s.status, 200);
      assert.equal(s.text, 'Thanks for making the web a better place.');
    }
  });

  test('healthz is ok; metrics are Prometheus text', async () => {
    const h = await req('GET', '/healthz');
    assert.equal(h.status, 200);
    assert.equal(h.text.trim(), 'ok');
    const m = await req('GET', '/metrics');
    assert.equal(m.status, 200);
    assert.match(m.headers['content-type'], /^text\/plain/);
    assert.match(m.text, /^causerie_http_requests_total\{route="comments_post",status="201"\} \d+$/m);
    assert.match(m.text, /^# TYPE causerie_http_request_duration_seconds histogram$/m);
  });
});
