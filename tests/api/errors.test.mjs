// Error handling exactly as API.md "General rules": the error envelope, 404,
// 405 + Allow, 415, 400 (bad JSON, non-object, invalid UTF-8), 413 that reaches
// the client, and 422 naming the field for every field limit.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'errors' }); });
after(async () => { if (srv) await srv.stop(); });

const JSON_CT = { 'Content-Type': 'application/json' };
const postRaw = (body, headers = JSON_CT, urlPath = '/api/v1/comments') => srv.req('POST', urlPath, { body, headers });
const valid = () => ({ uri: uniq('/article/errors'), author: 'Pierre', text: 'Un commentaire tout à fait correct.' });

function allowOf(res) {
  return String(res.headers.allow || '').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
}

describe('routing errors', () => {
  for (const p of ['/nope', '/api/v1/nope', '/api/v2/comments', '/api/v1/comments/1/unknown', '/api/v1/commentsx']) {
    test(`unknown route ${p} is 404 with the error envelope`, async () => {
      assertError(assert, await srv.get(p), 404);
    });
  }

  const methodCases = [
    ['DELETE', '/api/v1/comments', ['GET', 'POST']],
    ['PUT', '/api/v1/comments', ['GET', 'POST']],
    ['PATCH', '/api/v1/comments/1', ['PUT', 'DELETE']],
    ['GET', '/api/v1/comments/1/vote', ['POST']],
    ['POST', '/api/v1/counts', ['GET']],
    ['POST', '/healthz', ['GET']],
    ['DELETE', '/feeds/comments.atom', ['GET']],
  ];
  for (const [method, p, allow] of methodCases) {
    test(`${method} ${p} is 405 with Allow listing ${allow.join(', ')}`, async () => {
      const opts = method === 'GET' || method === 'DELETE' ? {} : { body: '{}', headers: JSON_CT };
      const r = await srv.req(method, p, opts);
      assertError(assert, r, 405);
      const got = allowOf(r);
      for (const m of allow) assert.ok(got.includes(m), `Allow ${r.headers.allow} includes ${m}`);
      assert.ok(!got.includes(method), `Allow ${r.headers.allow} does not include ${method}`);
    });
  }
});

describe('415 wrong content type', () => {
  const cases = [
    ['text/plain', { 'Content-Type': 'text/plain' }],
    ['form-encoded', { 'Content-Type': 'application/x-www-form-urlencoded' }],
    ['none', {}],
    ['application/jsonx', { 'Content-Type': 'application/jsonx' }],
    ['multipart', { 'Content-Type': 'multipart/form-data; boundary=x' }],
  ];
  for (const [name, headers] of cases) {
    test(`POST comment with content type ${name} is 415`, async () => {
      assertError(assert, await postRaw(JSON.stringify(valid()), headers), 415);
    });
  }

  test('POST vote with text/plain is 415', async () => {
    const { id } = await srv.mustPost(valid());
    assertError(assert, await postRaw('{"value":1}', { 'Content-Type': 'text/plain' }, `/api/v1/comments/${id}/vote`), 415);
  });

  test('the media type is case-insensitive and may carry parameters', async () => {
    assert.equal((await postRaw(JSON.stringify(valid()), { 'Content-Type': 'Application/JSON' })).status, 201);
    assert.equal((await postRaw(JSON.stringify(valid()), { 'Content-Type': 'application/json;charset=UTF-8' })).status, 201);
  });
});

describe('400 malformed bodies', () => {
  const bad = {
    'truncated JSON': '{"uri":"/a","author":"x","text":',
    'not JSON at all': 'hello',
    'trailing garbage': '{"uri":"/a","author":"x","text":"y"} trailing',
    'single quotes': "{'uri':'/a'}",
    'empty body': '',
    'array': '[1,2,3]',
    'string': '"a string"',
    'number': '42',
    'null': 'null',
    'true': 'true',
  };
  for (const [name, body] of Object.entries(bad)) {
    test(`${name} is 400`, async () => {
      assertError(assert, await postRaw(body), 400);
    });
  }

  const badUtf8 = {
    'lone continuation byte': Buffer.from([0x80]),
    'invalid byte 0xff': Buffer.from([0xff, 0xfe]),
    'overlong slash': Buffer.from([0xc0, 0xaf]),
    'UTF-8 encoded surrogate': Buffer.from([0xed, 0xa0, 0x80]),
    'truncated sequence': Buffer.from([0xe2, 0x82]),
  };
  for (const [name, bytes] of Object.entries(badUtf8)) {
    test(`invalid UTF-8 (${name}) in a string value is 400`, async () => {
      const body = Buffer.concat([Buffer.from('{"uri":"/article/utf8","author":"A'), bytes, Buffer.from('","text":"bonjour"}')]);
      assertError(assert, await postRaw(body), 400);
    });
  }

  test('a lone surrogate escape (\\ud800) is a clean 400 or 422', async () => {
    const body = `{"uri":"/article/surrogate","author":"A\\ud800B","text":"bonjour"}`;
    assertError(assert, await postRaw(body), [400, 422]);
  });

  test('bad JSON on PUT and vote is 400 too', async () => {
    const { id, token } = await srv.mustPost(valid());
    assertError(assert, await srv.req('PUT', `/api/v1/comments/${id}`, { body: '{"text":', headers: { ...JSON_CT, 'X-Edit-Token': token } }), 400);
    assertError(assert, await postRaw('[1]', JSON_CT, `/api/v1/comments/${id}/vote`), 400);
  });
});

describe('413 body too large reaches the client', () => {
  const big = () => Buffer.from(`{"uri":"/article/big","author":"A","text":"${'x'.repeat(1024 * 1024)}"}`);

  test('a 1 MiB body with Content-Length gets the 413 JSON error', async () => {
    const r = await postRaw(big());
    assertError(assert, r, 413);
  });

  test('a 1 MiB chunked body gets the 413 JSON error', async () => {
    const r = await srv.req('POST', '/api/v1/comments', { body: big(), headers: JSON_CT, chunked: 16384 });
    assertError(assert, r, 413);
  });

  test('a huge declared Content-Length is answered 413 without waiting for the body', async () => {
    const head = 'POST /api/v1/comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n'
      + 'Content-Length: 10737418240\r\nConnection: close\r\n\r\n{"uri":';
    const r = await srv.raw(head, { timeoutMs: 5000 });
    assert.equal(r.status, 413, `raw answer: ${r.text.slice(0, 300)}`);
    const body = r.text.slice(r.text.indexOf('\r\n\r\n') + 4);
    assert.match(body, /"error"\s*:\s*\{/);
  });

  test('the server still works after oversized bodies', async () => {
    await srv.mustPost(valid());
  });
});

describe('422 field limits and types', () => {
  const cases = [
    ['author', { author: 'a'.repeat(101) }],
    ['author', { author: 'é'.repeat(101) }],
    ['author', { author: '' }],
    ['author', { author: '   ' }],
    ['author', { author: undefined }],
    ['author', { author: 42 }],
    ['author', { author: ['Pierre'] }],
    ['author', { author: null }],
    ['text', { text: `A${'mot '.repeat(2500).slice(0, 9999)}Z` }],
    ['text', { text: '' }],
    ['text', { text: '   \n\t\r\n  ' }],
    ['text', { text: undefined }],
    ['text', { text: ['x'] }],
    ['text', { text: { md: 'x' } }],
    ['text', { text: 5 }],
    ['uri', { uri: `/${'a'.repeat(2000)}` }],
    ['uri', { uri: '' }],
    ['uri', { uri: undefined }],
    ['uri', { uri: 5 }],
    ['uri', { uri: null }],
    ['website', { website: 'ftp://example.org/' }],
    ['website', { website: 'javascript:alert(1)' }],
    ['website', { website: 'JavaScript:alert(1)' }],
    ['website', { website: 'data:text/html,<script>alert(1)</script>' }],
    ['website', { website: 'example org' }],
    ['website', { website: 'http://' }],
    ['website', { website: 42 }],
    ['email', { email: 'not-an-email' }],
    ['email', { email: 'a@' }],
    ['email', { email: '@example.org' }],
    ['email', { email: 'a b@example.org' }],
    ['email', { email: 'a@b@example.org' }],
    ['email', { email: 42 }],
    ['site', { site: 42 }],
    ['title', { title: 42 }],
    ['title', { title: 'Titre\r\nBcc: x@example.org' }],
    ['author', { author: 'Pierre\nDupont' }],
    ['author', { author: 'Pierre\u2028Dupont' }],
    ['author', { author: 'Pierre\u0085' }],
    ['anchor', { anchor: 'p3' }],
    ['anchor', { anchor: 42 }],
    ['subscribe', { subscribe: 'weekly', email: 'x@example.org' }],
    ['subscribe', { subscribe: 1, email: 'x@example.org' }],
  ];
  for (const [field, patch] of cases) {
    const missing = Object.keys(patch).filter((k) => patch[k] === undefined);
    const label = missing.length ? `missing ${missing.join(', ')}`
      : JSON.stringify(patch, (k, v) => (typeof v === 'string' && v.length > 40 ? `${v.slice(0, 12)}…(${v.length} chars)` : v));
    test(`${label} is 422 field ${field}`, async () => {
      const body = { ...valid(), ...patch };
      for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
      const r = await srv.post('/api/v1/comments', body);
      assertError(assert, r, 422, { field });
      assert.equal(r.body.error.code === 'policy', false, 'a field error is not a policy decision');
    });
  }

  test('subscribe without email is 422 (field subscribe or email)', async () => {
    const r = await srv.postComment({ ...valid(), subscribe: 'replies' });
    const e = assertError(assert, r, 422);
    assert.ok(['subscribe', 'email'].includes(e.field), `field: ${e.field}`);
  });

  test('the limits themselves are accepted: author 100 chars, text 10000 chars after trimming, uri 2000 chars', async () => {
    const a = await srv.postComment({ ...valid(), author: 'é'.repeat(100) });
    assert.equal(a.status, 201, a.text.slice(0, 300));
    assert.equal(a.body.comment.author, 'é'.repeat(100));
    const text = `A${'mot '.repeat(2500)}`.slice(0, 9999) + 'Z';
    assert.equal(text.length, 10000);
    const t = await srv.postComment({ ...valid(), text: `  \n ${text} \n\n  ` });
    assert.equal(t.status, 201, t.text.slice(0, 300));
    const u = await srv.postComment({ ...valid(), uri: `/${'a'.repeat(1999)}` });
    assert.equal(u.status, 201, u.text.slice(0, 300));
    assert.equal(u.body.comment.id > 0, true);
    const one = await srv.postComment({ ...valid(), author: 'A', text: 'x' });
    assert.equal(one.status, 201, 'one character is enough');
    const mail = await srv.postComment({ ...valid(), email: 'prenom.nom+tag@exemple.fr' });
    assert.equal(mail.status, 201, mail.text);
  });

  test('a 422 stores nothing', async () => {
    const uri = uniq('/article/422-nothing');
    await srv.postComment({ uri, author: 'A', text: '' });
    await srv.postComment({ uri, author: '', text: 'x' });
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 0);
  });
});
