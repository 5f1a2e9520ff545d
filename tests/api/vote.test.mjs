// Votes and reports: POST /api/v1/comments/{id}/vote and /report (API.md, "Readers").
// A reader is told apart by the voter cookie the server sets on its first vote:
// each Client keeps its own cookie jar, so two clients are two readers.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'vote' }); });
after(async () => { if (srv) await srv.stop(); });

const votePath = (id) => `/api/v1/comments/${id}/vote`;

async function vote(client, id, value) {
  const r = await client.post(votePath(id), { value });
  assert.equal(r.status, 200, `vote ${JSON.stringify(value)} on ${id}: ${r.status} ${r.text}`);
  assert.match(String(r.headers['content-type']), /^application\/json\b/i);
  assert.deepEqual(Object.keys(r.body).sort(), ['dislikes', 'likes']);
  return r.body;
}

/** A reader that already holds its voter cookie (primed on a scratch comment). */
async function reader() {
  const c = srv.client();
  const scratch = await srv.mustPost({ uri: uniq('/article/scratch') });
  const r = await c.post(votePath(scratch.id), { value: 1 });
  assert.equal(r.status, 200, r.text);
  return c;
}

describe('vote', () => {
  test('1, -1, 0: like, replace by dislike, withdraw', async () => {
    const uri = uniq('/article/vote');
    const { id } = await srv.mustPost({ uri });
    const r = srv.client();
    assert.deepEqual(await vote(r, id, 1), { likes: 1, dislikes: 0 });
    assert.deepEqual(await vote(r, id, 1), { likes: 1, dislikes: 0 }, 'voting twice counts once');
    assert.deepEqual(await vote(r, id, -1), { likes: 0, dislikes: 1 }, 'a new vote replaces the old');
    assert.deepEqual(await vote(r, id, 0), { likes: 0, dislikes: 0 }, '0 withdraws');
    assert.deepEqual(await vote(r, id, 0), { likes: 0, dislikes: 0 }, 'withdrawing twice is harmless');
    assert.deepEqual(await vote(r, id, -1), { likes: 0, dislikes: 1 });
    const l = await srv.list({ uri });
    assert.equal(l.body.comments[0].likes, 0);
    assert.equal(l.body.comments[0].dislikes, 1);
  });

  test('the first vote sets a voter cookie', async () => {
    const { id } = await srv.mustPost({ uri: uniq('/article/vote-cookie') });
    const r = await srv.post(votePath(id), { value: 1 });
    assert.equal(r.status, 200, r.text);
    const sc = r.headers['set-cookie'];
    assert.ok(sc && sc.length > 0, 'Set-Cookie on the first vote');
    assert.match(sc[0], /^[^=;\s]+=[^;\s]+/, `cookie line: ${sc[0]}`);
  });

  test('two readers with different voter cookies count separately', async () => {
    const a = await reader();
    const b = await reader();
    const nameA = [...a.cookies.keys()];
    const nameB = [...b.cookies.keys()];
    assert.ok(nameA.length > 0 && nameB.length > 0, 'both readers received a cookie');
    assert.notEqual(a.cookieHeader(), b.cookieHeader(), 'the two readers got different cookies');
    const uri = uniq('/article/two-readers');
    const { id } = await srv.mustPost({ uri });
    assert.deepEqual(await vote(a, id, 1), { likes: 1, dislikes: 0 });
    assert.deepEqual(await vote(b, id, 1), { likes: 2, dislikes: 0 });
    assert.deepEqual(await vote(b, id, -1), { likes: 1, dislikes: 1 }, "b's vote replaces only b's");
    assert.deepEqual(await vote(a, id, 0), { likes: 0, dislikes: 1 }, "a withdraws only a's");
    assert.deepEqual(await vote(a, id, -1), { likes: 0, dislikes: 2 });
    const l = await srv.list({ uri });
    assert.equal(l.body.comments[0].dislikes, 2);
  });

  test('a reply can be voted on and shows its votes nested', async () => {
    const uri = uniq('/article/vote-reply');
    const top = await srv.mustPost({ uri });
    const rep = await srv.mustPost({ uri, parent: top.id });
    await vote(srv.client(), rep.id, 1);
    const l = await srv.list({ uri });
    assert.equal(l.body.comments[0].likes, 0);
    assert.equal(l.body.comments[0].replies[0].likes, 1);
  });

  for (const value of [2, -2, '1', 1.5, true, null, [1], { v: 1 }]) {
    test(`value ${JSON.stringify(value)} is 422 field value`, async () => {
      const { id } = await srv.mustPost({ uri: uniq('/article/vote-bad') });
      assertError(assert, await srv.post(votePath(id), { value }), 422, { field: 'value' });
    });
  }

  test('a missing value is 422 field value', async () => {
    const { id } = await srv.mustPost({ uri: uniq('/article/vote-missing') });
    assertError(assert, await srv.post(votePath(id), {}), 422, { field: 'value' });
  });

  test('an unknown comment is 404', async () => {
    assertError(assert, await srv.post(votePath(999999999), { value: 1 }), 404);
  });

  test('a non-numeric or non-positive id is 404 (or 422), never 500', async () => {
    for (const bad of ['abc', '0', '-1', '1e3', '99999999999999999999999']) {
      const r = await srv.post(`/api/v1/comments/${bad}/vote`, { value: 1 });
      assertError(assert, r, [404, 422]);
    }
  });

  test('a deleted comment cannot be voted on: 404', async () => {
    const { id, token } = await srv.mustPost({ uri: uniq('/article/vote-deleted') });
    const d = await srv.del(`/api/v1/comments/${id}`, { headers: { 'X-Edit-Token': token } });
    assert.equal(d.status, 204, d.text);
    assertError(assert, await srv.post(votePath(id), { value: 1 }), 404);
  });
});

describe('report', () => {
  test('a report is 202', async () => {
    const { id } = await srv.mustPost({ uri: uniq('/article/report') });
    const r = await srv.client().post(`/api/v1/comments/${id}/report`, { reason: 'hors sujet' });
    assert.equal(r.status, 202, r.text);
  });

  test('reporting an unknown comment is 404', async () => {
    const r = await srv.post('/api/v1/comments/999999999/report', { reason: 'x' });
    assertError(assert, r, 404);
  });

  test('a report with a wrongly typed reason is 422 field reason', async () => {
    const { id } = await srv.mustPost({ uri: uniq('/article/report-bad') });
    assertError(assert, await srv.post(`/api/v1/comments/${id}/report`, { reason: 42 }), 422, { field: 'reason' });
  });
});
