// Third hostile pass, on the readers' side of the API (lists, cursors,
// feeds, votes, reports, subscriptions): each test failed before its fix.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'hostile3' }); });
after(async () => { if (srv) await srv.stop(); });

const b64url = (s) => Buffer.from(s, 'latin1').toString('base64url');
const unb64url = (s) => Buffer.from(s, 'base64url').toString('latin1');

describe('a cursor is bound to its position', () => {
  let uri;
  let ids;
  before(async () => {
    uri = uniq('/article/cursor-forge');
    ids = [];
    for (let i = 0; i < 5; i += 1) ids.push((await srv.mustPost({ uri, text: `Commentaire numéro ${i} de la série.` })).id);
  });

  test('a cursor whose numbers were edited is 422 field cursor, as a forged one', async () => {
    const p1 = await srv.list({ uri, limit: 2 });
    assert.equal(p1.status, 200, p1.text);
    assert.deepEqual(p1.body.comments.map((c) => c.id), [ids[4], ids[3]]);
    const cursor = p1.body.cursor;
    assert.equal(typeof cursor, 'string');
    // The genuine cursor still works.
    const p2 = await srv.list({ uri, limit: 2, cursor });
    assert.equal(p2.status, 200, p2.text);
    assert.deepEqual(p2.body.comments.map((c) => c.id), [ids[2], ids[1]]);
    // Each number of the position edited, the rest (and its tag) kept.
    const raw = unb64url(cursor);
    const parts = raw.split('.');
    assert.ok(parts.length >= 5, `a cursor of five parts: ${JSON.stringify(raw)}`);
    const forged = [];
    for (let i = 1; i < parts.length - 1; i += 1) {
      for (const v of ['1', '-5', ' 0', '99999999999999999999', `${parts[i]}0`]) {
        const p = [...parts];
        p[i] = v;
        forged.push(p.join('.'));
      }
    }
    forged.push(`${raw}.x`, `${raw} x`, raw.replace(/\.([^.]*)$/, '.$1 trailing'));
    for (const f of forged) {
      const r = await srv.list({ uri, limit: 2, cursor: b64url(f) });
      assertError(assert, r, 422, { field: 'cursor' });
    }
  });
});

describe('limit is decimal digits', () => {
  for (const bad of [' 5', '+5', '5 ', '0x10', '\t7', '1e1']) {
    test(`limit=${JSON.stringify(bad)} is 422 field limit`, async () => {
      const uri = uniq('/article/limit-digits');
      assertError(assert, await srv.list({ uri, limit: bad }), 422, { field: 'limit' });
    });
  }
  test('leading zeros are still the number (005 is 5)', async () => {
    const uri = uniq('/article/limit-zeros');
    for (let i = 0; i < 6; i += 1) await srv.mustPost({ uri, text: `Avis ${i} sur la question.` });
    const r = await srv.list({ uri, limit: '005' });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.body.comments.length, 5);
  });
});

describe('the Atom feed', () => {
  test("an entry's link reaches the comment on the page (the widget's anchor)", async () => {
    const uri = uniq('/article/feed-anchor');
    const { id } = await srv.mustPost({ uri, text: 'Un commentaire pour le fil Atom.' });
    const r = await srv.get(`/feeds/comments.atom?uri=${encodeURIComponent(uri)}`);
    assert.equal(r.status, 200, r.text);
    const href = new RegExp(`<link rel="alternate" type="text/html" href="[^"]*${uri}#causerie-comment-${id}"/>`);
    assert.match(r.text, href, r.text);
    // the widget gives each comment that element id
    const widget = await srv.get('/widget/embed.js');
    assert.equal(widget.status, 200);
    assert.ok(widget.text.includes('causerie-comment-'), 'embed.js names comments causerie-comment-<id>');
  });
});

describe('web assets and Accept-Encoding', () => {
  const cases = [
    ['gzip', true], ['GZIP', true], ['x-gzip', true], ['deflate, gzip;q=0.5', true], ['*', true],
    ['gzip;q=0', false], ['gzip; q=0.000', false], ['br, gzip;Q=0', false], ['*;q=0', false],
    ['gzip;q=0, *', false], ['*, gzip;q=0', false], ['identity', false], ['deflate', false], ['gzip;q=0.001', true],
  ];
  for (const [ae, gz] of cases) {
    test(`Accept-Encoding: ${ae} is ${gz ? 'gzip' : 'identity'}`, async () => {
      const r = await srv.get('/widget/embed.js', { headers: { 'Accept-Encoding': ae } });
      assert.equal(r.status, 200);
      assert.equal(r.headers['content-encoding'] === 'gzip', gz, `content-encoding ${r.headers['content-encoding']}`);
      assert.equal(Number(r.headers['content-length']), r.raw.length);
      if (!gz) assert.ok(r.raw.toString('utf8').includes('causerie-comment-'), 'the plain script');
    });
  }
});

describe('subscriptions check the page as comments do', () => {
  for (const [label, ch] of [['U+2028', '\u2028'], ['U+2029', '\u2029'], ['U+0085 (NEL)', '\u0085'], ['U+009B (CSI)', '\u009b']]) {
    test(`a uri or a title with ${label} is 422 naming the field`, async () => {
      const uri = uniq('/article/sub-sep');
      const r1 = await srv.post('/api/v1/subscriptions', { uri: `${uri}${ch}x`, email: 'lecteur@example.com', kind: 'all' });
      assertError(assert, r1, 422, { field: 'uri' });
      const r2 = await srv.post('/api/v1/subscriptions', { uri, title: `Titre${ch}suite`, email: 'lecteur@example.com', kind: 'all' });
      assertError(assert, r2, 422, { field: 'title' });
      // as for a comment: no page can be posted to, or read, under such a uri
      assertError(assert, await srv.postComment({ uri: `${uri}${ch}x` }), 422, { field: 'uri' });
      assertError(assert, await srv.list({ uri: `${uri}${ch}x` }), 422, { field: 'uri' });
    });
  }

  for (const [label, ch] of [['U+202E (RLO)', '\u202e'], ['U+2067 (RLI)', '\u2067'], ['U+200F (RLM)', '\u200f']]) {
    test(`a uri with the bidirectional control ${label} is 422 everywhere; a title may hold it`, async () => {
      const uri = uniq('/article/bidi');
      assertError(assert, await srv.postComment({ uri: `${uri}${ch}x` }), 422, { field: 'uri' });
      assertError(assert, await srv.list({ uri: `${uri}${ch}x` }), 422, { field: 'uri' });
      assertError(assert, await srv.get(`/api/v1/counts?uri=${encodeURIComponent(`${uri}${ch}x`)}`), 422, { field: 'uri' });
      assertError(assert, await srv.post('/api/v1/subscriptions', { uri: `${uri}${ch}x`, email: 'lecteur@example.com', kind: 'all' }), 422, { field: 'uri' });
      const ok = await srv.postComment({ uri, title: `עברית${ch} titre` });
      assert.equal(ok.status, 201, ok.text);
    });
  }

  test('a 422 for comment stores nothing: the page keeps the title its first comment gives it', async () => {
    const other = await srv.mustPost({ uri: uniq('/article/sub-other') });
    const uri = uniq('/article/sub-nothing');
    const r = await srv.post('/api/v1/subscriptions', { uri, title: 'Titre glissé par un abonnement refusé', email: 'lecteur@example.com', kind: 'replies', comment: other.id });
    assertError(assert, r, 422, { field: 'comment' });
    await srv.mustPost({ uri, title: 'Le vrai titre' });
    const feed = await srv.get(`/feeds/comments.atom?uri=${encodeURIComponent(uri)}`);
    assert.equal(feed.status, 200);
    assert.match(feed.text, /<title>[^<]*Le vrai titre<\/title>/, feed.text.slice(0, 600));
    assert.ok(!feed.text.includes('glissé'), 'the refused subscription left no thread behind');
  });
});

describe('an address the mailer cannot use is refused where mail is asked for', () => {
  const intl = 'jöhn@exämple.com';
  test('POST /api/v1/subscriptions with an internationalized address is 422 field email, not 202 and no mail', async () => {
    const uri = uniq('/article/sub-intl');
    assertError(assert, await srv.post('/api/v1/subscriptions', { uri, email: intl, kind: 'all' }), 422, { field: 'email' });
    assertError(assert, await srv.post('/api/v1/subscriptions/manage', { email: intl }), 422, { field: 'email' });
    // an ASCII address still gets its 202
    const ok = await srv.post('/api/v1/subscriptions', { uri, email: 'john@example.com', kind: 'all' });
    assert.equal(ok.status, 202, ok.text);
  });
  test('subscribe at post time with such an address is 422 field email; without subscribe the comment is taken', async () => {
    const uri = uniq('/article/sub-intl-post');
    assertError(assert, await srv.postComment({ uri, email: intl, subscribe: 'all' }), 422, { field: 'email' });
    const r = await srv.postComment({ uri, email: intl });
    assert.equal(r.status, 201, r.text);
  });
  test('the privacy page form answers it 422 too', async () => {
    const r = await srv.req('POST', '/subscriptions/manage-link', {
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `email=${encodeURIComponent(intl)}`,
    });
    assert.equal(r.status, 422, r.text.slice(0, 300));
    assert.match(String(r.headers['content-type']), /^text\/html/);
  });
});

describe("the voter cookie on an https site", () => {
  let https;
  before(async () => {
    https = await startServer({ name: 'hostile3-https', env: (s) => ({ CAUSERIE_SERVER_PUBLIC_URL: `https://127.0.0.1:${s.port}` }) });
  });
  after(async () => { if (https) await https.stop(); });

  test('is Secure, as the editors\' session cookie is', async () => {
    const { id } = await https.mustPost({ uri: uniq('/article/secure-cookie') });
    for (const path of [`/api/v1/comments/${id}/vote`, `/api/v1/comments/${id}/report`]) {
      const r = await https.post(path, path.endsWith('vote') ? { value: 1 } : {});
      assert.ok(r.status === 200 || r.status === 202, r.text);
      const sc = [].concat(r.headers['set-cookie'] || []).find((c) => c.startsWith('causerie_voter='));
      assert.ok(sc, `a voter cookie: ${JSON.stringify(r.headers['set-cookie'])}`);
      assert.match(sc, /;\s*Secure(;|$)/i, sc);
      assert.match(sc, /;\s*HttpOnly/i, sc);
    }
  });
  test('and not on a plain http one (the browser would drop it)', async () => {
    const { id } = await srv.mustPost({ uri: uniq('/article/plain-cookie') });
    const r = await srv.post(`/api/v1/comments/${id}/vote`, { value: 1 });
    const sc = [].concat(r.headers['set-cookie'] || []).find((c) => c.startsWith('causerie_voter='));
    assert.ok(sc);
    assert.doesNotMatch(sc, /Secure/i, sc);
  });
});
