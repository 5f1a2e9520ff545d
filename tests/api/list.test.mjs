// Reader list API: GET /api/v1/comments and GET /api/v1/counts (API.md, "Readers").
// Threading, sort orders, limit, cursor pagination, ETag/304, counts.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError, assertCommentShape, flatten, DEFAULT_SITE } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'list' }); });
after(async () => { if (srv) await srv.stop(); });

async function postMany(uri, n, extra = {}) {
  const ids = [];
  for (let i = 0; i < n; i += 1) {
    const { id } = await srv.mustPost({ uri, author: `Lecteur ${i}`, text: `Commentaire numéro ${i} sur le sujet.`, ...extra });
    ids.push(id);
  }
  return ids;
}

async function listOk(query, opts) {
  const r = await srv.list(query, opts);
  assert.equal(r.status, 200, `GET list ${JSON.stringify(query)}: ${r.status} ${r.text.slice(0, 300)}`);
  assert.match(String(r.headers['content-type']), /^application\/json\b/i);
  return r;
}

/** Follows cursors to the end; returns the pages. */
async function allPages(query, maxPages = 50) {
  const pages = [];
  let cursor;
  for (let i = 0; i < maxPages; i += 1) {
    const r = await listOk({ ...query, cursor });
    pages.push(r.body);
    cursor = r.body.cursor;
    if (cursor === null) return pages;
    assert.equal(typeof cursor, 'string', `cursor is a string or null: ${JSON.stringify(cursor)}`);
    assert.ok(cursor.length > 0, 'cursor not empty');
  }
  throw new Error('pagination did not end');
}

describe('list shape', () => {
  test('unknown thread is 200 with count 0, no comments, null cursor', async () => {
    const uri = uniq('/nothing-here');
    const r = await listOk({ uri });
    assert.equal(r.body.uri, uri);
    assert.equal(r.body.count, 0);
    assert.deepEqual(r.body.comments, []);
    assert.equal(r.body.cursor, null);
    assert.equal(r.body.sort, 'newest', 'default sort is newest');
  });

  test('one comment: every field of the list shape', async () => {
    const uri = uniq('/article/shape');
    const { id } = await srv.mustPost({ uri, author: 'Pierre', text: 'Bonjour *tout le monde*.' });
    const r = await listOk({ uri });
    assert.equal(r.body.uri, uri);
    assert.equal(r.body.count, 1);
    assert.equal(r.body.sort, 'newest');
    assert.equal(r.body.cursor, null);
    assert.equal(r.body.comments.length, 1);
    const c = r.body.comments[0];
    assertCommentShape(assert, c);
    assert.equal(c.id, id);
    assert.equal(c.parent, null);
    assert.equal(c.author, 'Pierre');
    assert.equal(c.website, null);
    assert.match(c.html, /<em>tout le monde<\/em>/);
    assert.equal(c.modified, null);
    assert.equal(c.likes, 0);
    assert.equal(c.dislikes, 0);
    assert.equal(c.anchor, null);
    assert.deepEqual(c.replies, []);
    const age = Date.now() - Date.parse(c.created);
    assert.ok(age > -5000 && age < 120000, `created is now-ish: ${c.created}`);
  });

  test('the default site is the same thread as site=<default>', async () => {
    const uri = uniq('/article/site');
    const { id } = await srv.mustPost({ uri });
    const r = await listOk({ uri, site: DEFAULT_SITE });
    assert.equal(r.body.count, 1);
    assert.equal(r.body.comments[0].id, id);
    const { id: id2 } = await srv.mustPost({ uri, site: DEFAULT_SITE });
    const r2 = await listOk({ uri });
    assert.deepEqual(r2.body.comments.map((c) => c.id).sort(), [id, id2].sort());
  });

  test('uri is missing or empty -> 422 field uri', async () => {
    assertError(assert, await srv.get('/api/v1/comments'), 422, { field: 'uri' });
    assertError(assert, await srv.list({ uri: '' }), 422, { field: 'uri' });
  });
});

describe('threading', () => {
  test('replies nest at any depth and count counts every published comment', async () => {
    const uri = uniq('/article/deep');
    const root = await srv.mustPost({ uri, text: 'niveau 0' });
    let parent = root.id;
    const chain = [root.id];
    for (let d = 1; d <= 6; d += 1) {
      const { id, comment } = await srv.mustPost({ uri, parent, text: `niveau ${d}` });
      assert.equal(comment.parent, parent, 'reply carries its parent');
      chain.push(id);
      parent = id;
    }
    const other = await srv.mustPost({ uri, text: 'autre racine' });
    const r = await listOk({ uri });
    assert.equal(r.body.count, 8, 'count includes replies at every depth');
    assert.deepEqual(r.body.comments.map((c) => c.id), [other.id, root.id], 'only top-level comments at the top');
    let node = r.body.comments[1];
    for (let d = 0; d < chain.length; d += 1) {
      assertCommentShape(assert, node, `depth ${d}`);
      assert.equal(node.id, chain[d], `id at depth ${d}`);
      assert.equal(node.parent, d === 0 ? null : chain[d - 1], `parent at depth ${d}`);
      assert.match(node.html, new RegExp(`niveau ${d}`));
      if (d < chain.length - 1) {
        assert.equal(node.replies.length, 1, `one reply at depth ${d}`);
        [node] = node.replies;
      } else {
        assert.deepEqual(node.replies, []);
      }
    }
  });

  test('replies come oldest first whatever the sort', async () => {
    const uri = uniq('/article/replies-order');
    const top = await srv.mustPost({ uri, text: 'racine' });
    const replies = [];
    for (let i = 0; i < 4; i += 1) replies.push((await srv.mustPost({ uri, parent: top.id, text: `réponse ${i}` })).id);
    const nested = (await srv.mustPost({ uri, parent: replies[1], text: 'sous-réponse a' })).id;
    const nested2 = (await srv.mustPost({ uri, parent: replies[1], text: 'sous-réponse b' })).id;
    for (const sort of ['newest', 'oldest', 'popular']) {
      const r = await listOk({ uri, sort });
      assert.equal(r.body.sort, sort);
      assert.equal(r.body.count, 7);
      const t = r.body.comments[0];
      assert.deepEqual(t.replies.map((c) => c.id), replies, `replies oldest first with sort=${sort}`);
      assert.deepEqual(t.replies[1].replies.map((c) => c.id), [nested, nested2], `nested replies oldest first with sort=${sort}`);
    }
  });

  test('limit counts top-level comments only; replies come with their parent', async () => {
    const uri = uniq('/article/limit-top');
    const a = await srv.mustPost({ uri, text: 'a' });
    const b = await srv.mustPost({ uri, text: 'b' });
    const c = await srv.mustPost({ uri, text: 'c' });
    for (let i = 0; i < 3; i += 1) await srv.mustPost({ uri, parent: c.id, text: `rc${i}` });
    for (let i = 0; i < 3; i += 1) await srv.mustPost({ uri, parent: b.id, text: `rb${i}` });
    const r = await listOk({ uri, sort: 'newest', limit: 2 });
    assert.equal(r.body.count, 9);
    assert.deepEqual(r.body.comments.map((x) => x.id), [c.id, b.id]);
    assert.equal(r.body.comments[0].replies.length, 3);
    assert.equal(r.body.comments[1].replies.length, 3);
    assert.notEqual(r.body.cursor, null);
    const r2 = await listOk({ uri, sort: 'newest', limit: 2, cursor: r.body.cursor });
    assert.deepEqual(r2.body.comments.map((x) => x.id), [a.id]);
    assert.equal(r2.body.cursor, null);
    assert.equal(r2.body.count, 9, 'count is the whole thread on every page');
  });

  test('threads are separate: same uri on another thread is not mixed in', async () => {
    const u1 = uniq('/article/sep1');
    const u2 = uniq('/article/sep2');
    await srv.mustPost({ uri: u1 });
    await srv.mustPost({ uri: u1 });
    const { id } = await srv.mustPost({ uri: u2 });
    const r = await listOk({ uri: u2 });
    assert.equal(r.body.count, 1);
    assert.deepEqual(flatten(r.body.comments).map((c) => c.id), [id]);
  });
});

describe('sort', () => {
  let uri;
  let ids; // in posting order
  before(async () => {
    uri = uniq('/article/sort');
    ids = await postMany(uri, 6);
  });

  test('newest: newest first, ties in time broken by id', async () => {
    const r = await listOk({ uri, sort: 'newest' });
    assert.deepEqual(r.body.comments.map((c) => c.id), [...ids].reverse());
    const created = r.body.comments.map((c) => Date.parse(c.created));
    for (let i = 1; i < created.length; i += 1) assert.ok(created[i - 1] >= created[i], 'created non-increasing');
  });

  test('oldest: oldest first, ties in time broken by id', async () => {
    const r = await listOk({ uri, sort: 'oldest' });
    assert.equal(r.body.sort, 'oldest');
    assert.deepEqual(r.body.comments.map((c) => c.id), ids);
  });

  test('popular: likes minus dislikes, then newest', async () => {
    const u = uniq('/article/popular');
    const [A, B, C, D, E] = await postMany(u, 5);
    const reader = srv.client();
    const vote = async (id, value) => {
      const r = await reader.post(`/api/v1/comments/${id}/vote`, { value });
      assert.equal(r.status, 200, `vote ${value} on ${id}: ${r.status} ${r.text}`);
    };
    await vote(A, 1);
    await vote(C, -1);
    await vote(D, 1);
    const r = await listOk({ uri: u, sort: 'popular' });
    assert.equal(r.body.sort, 'popular');
    assert.deepEqual(r.body.comments.map((c) => c.id), [D, A, E, B, C]);
    const byId = Object.fromEntries(r.body.comments.map((c) => [c.id, c]));
    assert.equal(byId[A].likes, 1);
    assert.equal(byId[C].dislikes, 1);
  });

  test('an unknown sort is 422 field sort', async () => {
    assertError(assert, await srv.list({ uri, sort: 'random' }), 422, { field: 'sort' });
  });
});

describe('limit', () => {
  let uri;
  let ids;
  before(async () => {
    uri = uniq('/article/limit');
    ids = await postMany(uri, 105);
  });

  test('default limit is 20 top-level comments', async () => {
    const r = await listOk({ uri });
    assert.equal(r.body.count, 105);
    assert.equal(r.body.comments.length, 20);
    assert.deepEqual(r.body.comments.map((c) => c.id), ids.slice(-20).reverse());
    assert.notEqual(r.body.cursor, null);
  });

  test('limit=all returns every top-level comment (more than 100) and no cursor', async () => {
    const r = await listOk({ uri, limit: 'all', sort: 'oldest' });
    assert.equal(r.body.comments.length, 105);
    assert.deepEqual(r.body.comments.map((c) => c.id), ids);
    assert.equal(r.body.cursor, null);
  });

  test('limit 1 and 100 are accepted', async () => {
    const r1 = await listOk({ uri, limit: 1 });
    assert.equal(r1.body.comments.length, 1);
    const r100 = await listOk({ uri, limit: 100 });
    assert.equal(r100.body.comments.length, 100);
  });

  for (const bad of ['0', '101', 'abc', '-1', '1.5', '10abc']) {
    test(`limit=${JSON.stringify(bad)} is 422 field limit`, async () => {
      assertError(assert, await srv.list({ uri, limit: bad }), 422, { field: 'limit' });
    });
  }
});

describe('cursor pagination', () => {
  let uri;
  let ids;
  before(async () => {
    uri = uniq('/article/pages');
    ids = await postMany(uri, 25);
    // A few replies, which must not disturb the top-level pagination.
    await srv.mustPost({ uri, parent: ids[3], text: 'réponse' });
    await srv.mustPost({ uri, parent: ids[17], text: 'réponse' });
  });

  for (const sort of ['newest', 'oldest', 'popular']) {
    test(`sort=${sort}, limit=10: pages of 10, 10, 5 with no duplicate or gap`, async () => {
      const pages = await allPages({ uri, sort, limit: 10 });
      assert.deepEqual(pages.map((p) => p.comments.length), [10, 10, 5]);
      const seen = pages.flatMap((p) => p.comments.map((c) => c.id));
      assert.equal(new Set(seen).size, seen.length, 'no duplicates');
      const expected = sort === 'oldest' ? ids : [...ids].reverse();
      assert.deepEqual(seen, expected, 'all comments in order, no gaps');
      for (const p of pages) {
        assert.equal(p.count, 27);
        assert.equal(p.sort, sort);
        assert.equal(p.uri, uri);
      }
    });
  }

  test('the last full page has a null cursor (20 comments, limit 10)', async () => {
    const u = uniq('/article/exact-pages');
    await postMany(u, 20);
    const pages = await allPages({ uri: u, limit: 10 });
    assert.deepEqual(pages.map((p) => p.comments.length), [10, 10]);
  });

  test('a comment posted between pages neither repeats nor hides an older one (newest)', async () => {
    const u = uniq('/article/moving');
    const own = await postMany(u, 12);
    const p1 = await listOk({ uri: u, limit: 5 });
    assert.deepEqual(p1.body.comments.map((c) => c.id), own.slice(-5).reverse());
    await srv.mustPost({ uri: u, text: 'arrivé entre deux pages' });
    const p2 = await listOk({ uri: u, limit: 5, cursor: p1.body.cursor });
    assert.deepEqual(p2.body.comments.map((c) => c.id), own.slice(2, 7).reverse());
    const p3 = await listOk({ uri: u, limit: 5, cursor: p2.body.cursor });
    assert.deepEqual(p3.body.comments.map((c) => c.id), own.slice(0, 2).reverse());
    assert.equal(p3.body.cursor, null);
  });

  test('popular pagination follows score then newest across pages', async () => {
    const u = uniq('/article/popular-pages');
    const own = await postMany(u, 7);
    const reader = srv.client();
    for (const [i, v] of [[0, 1], [2, 1], [4, -1], [5, 1]]) {
      const r = await reader.post(`/api/v1/comments/${own[i]}/vote`, { value: v });
      assert.equal(r.status, 200, r.text);
    }
    const expected = [own[5], own[2], own[0], own[6], own[3], own[1], own[4]];
    const pages = await allPages({ uri: u, sort: 'popular', limit: 3 });
    assert.deepEqual(pages.map((p) => p.comments.length), [3, 3, 1]);
    assert.deepEqual(pages.flatMap((p) => p.comments.map((c) => c.id)), expected);
  });

  test('a cursor is refused for another uri or another sort, and garbage is refused', async () => {
    const r = await listOk({ uri, sort: 'newest', limit: 10 });
    const { cursor } = r.body;
    assert.ok(cursor);
    const otherUri = await srv.list({ uri: `${uri}-other`, sort: 'newest', limit: 10, cursor });
    assertError(assert, otherUri, [400, 422]);
    const otherSort = await srv.list({ uri, sort: 'oldest', limit: 10, cursor });
    assertError(assert, otherSort, [400, 422]);
    const otherSite = await srv.list({ uri, site: 'another-site', sort: 'newest', limit: 10, cursor });
    assertError(assert, otherSite, [400, 404, 422]);
    for (const junk of ['zzz', '!!!', '%00', '\u00e9t\u00e9', 'A'.repeat(3000)]) {
      const g = await srv.list({ uri, sort: 'newest', limit: 10, cursor: junk });
      assertError(assert, g, [400, 422]);
    }
  });
});

describe('ETag', () => {
  test('If-None-Match gives 304; a new comment, a vote change the ETag', async () => {
    const uri = uniq('/article/etag');
    const { id } = await srv.mustPost({ uri });
    const r1 = await listOk({ uri });
    const etag = r1.headers.etag;
    assert.ok(etag, 'ETag header present');
    const r304 = await srv.list({ uri }, { headers: { 'If-None-Match': etag } });
    assert.equal(r304.status, 304, `304 expected: ${r304.status} ${r304.text.slice(0, 200)}`);
    assert.equal(r304.raw.length, 0, '304 has no body');
    assert.equal(r304.headers.etag, etag, '304 repeats the ETag');

    const same = await listOk({ uri });
    assert.equal(same.headers.etag, etag, 'ETag is stable while nothing changes');
    const otherSort = await listOk({ uri, sort: 'oldest' });
    assert.ok(otherSort.headers.etag, 'ETag on other sorts too');

    await srv.mustPost({ uri, text: 'nouveau' });
    const r2 = await srv.list({ uri }, { headers: { 'If-None-Match': etag } });
    assert.equal(r2.status, 200, 'a new comment invalidates the ETag');
    assert.equal(r2.body.count, 2);
    assert.notEqual(r2.headers.etag, etag);

    const etag2 = r2.headers.etag;
    const v = await srv.client().post(`/api/v1/comments/${id}/vote`, { value: 1 });
    assert.equal(v.status, 200, v.text);
    const r3 = await srv.list({ uri }, { headers: { 'If-None-Match': etag2 } });
    assert.equal(r3.status, 200, 'a vote invalidates the ETag');
    assert.equal(r3.body.comments.find((c) => c.id === id).likes, 1);
  });

  test('a wrong If-None-Match gives 200', async () => {
    const uri = uniq('/article/etag-wrong');
    await srv.mustPost({ uri });
    const r = await srv.list({ uri }, { headers: { 'If-None-Match': '"not-the-etag"' } });
    assert.equal(r.status, 200);
    assert.equal(r.body.count, 1);
  });
});

describe('counts', () => {
  test('?uri=A&uri=B gives both counts, replies included, unknown thread 0', async () => {
    const A = uniq('/article/count-a');
    const B = uniq('/article/count-b');
    const C = uniq('/article/count-c');
    const a1 = await srv.mustPost({ uri: A });
    await srv.mustPost({ uri: A, parent: a1.id });
    await srv.mustPost({ uri: A });
    await srv.mustPost({ uri: C });
    const r = await srv.get(`/api/v1/counts?uri=${encodeURIComponent(A)}&uri=${encodeURIComponent(B)}&uri=${encodeURIComponent(C)}`);
    assert.equal(r.status, 200, r.text);
    assert.match(String(r.headers['content-type']), /^application\/json\b/i);
    assert.deepEqual(r.body, { [A]: 3, [B]: 0, [C]: 1 });
  });

  test('counts with an explicit default site match, and uris with special characters', async () => {
    const A = uniq('/article/é?x=1&y=2#frag');
    await srv.mustPost({ uri: A });
    const r = await srv.get(`/api/v1/counts?uri=${encodeURIComponent(A)}&site=${DEFAULT_SITE}`);
    assert.equal(r.status, 200, r.text);
    assert.deepEqual(r.body, { [A]: 1 });
  });

  test('counts without uri is a clean 4xx error', async () => {
    const r = await srv.get('/api/v1/counts');
    assertError(assert, r, [400, 422]);
  });

  test('a uri no comment could be posted under (control characters) is 422, as when posting', async () => {
    for (const bad of ['/a\nb', '/a\tb', '/a\u0001b', '/a\u007fb']) {
      const r = await srv.get(`/api/v1/counts?uri=${encodeURIComponent(bad)}`);
      assertError(assert, r, 422, { field: 'uri' });
      const p = await srv.postComment({ uri: bad });
      assertError(assert, p, 422, { field: 'uri' });
    }
  });
});
