// Votes and reports: POST /api/v1/comments/{id}/vote and /report (API.md, "Readers").
// A reader is told apart by the voter cookie the server sets on its first vote:
// each Client keeps its own cookie jar, so two clients are two readers.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError, sleep } from './helpers.mjs';

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

// One client at one address (every test client is 127.0.0.1), sending its
// voter cookie or not, as it chooses: the hole a hostile review found was a
// client alternating a vote without its cookie (counted as its address) and
// a vote with the cookie that answer gave it (the address's vote withdrawn,
// the cookie's counted), one more like per round.
describe('vote: one reader never counts twice, with or without its cookie', () => {
  /** The voter cookie ("name=value") a vote's answer set, or null. */
  function setCookie(res) {
    const sc = res.headers['set-cookie'];
    const line = Array.isArray(sc) ? sc[0] : sc;
    return line ? line.split(';')[0].trim() : null;
  }
  /** A vote sent with exactly this Cookie header (none when null). */
  async function voteAs(cookie, id, value) {
    const r = await srv.post(votePath(id), { value }, cookie ? { headers: { Cookie: cookie } } : {});
    assert.equal(r.status, 200, `vote ${value} on ${id} (${cookie ? 'cookie' : 'no cookie'}): ${r.status} ${r.text}`);
    return r;
  }
  const totals = (r) => ({ likes: r.body.likes, dislikes: r.body.dislikes });
  async function listed(uri) {
    const l = await srv.list({ uri });
    assert.equal(l.status, 200, l.text);
    const c = l.body.comments[0];
    return { likes: c.likes, dislikes: c.dislikes };
  }

  test('no cookie, its new cookie, no cookie, the newer cookie ... for 6 rounds: one like', async () => {
    const uri = uniq('/article/vote-stack');
    const { id } = await srv.mustPost({ uri });
    for (let round = 1; round <= 6; round += 1) {
      const bare = await voteAs(null, id, 1);
      assert.deepEqual(totals(bare), { likes: 1, dislikes: 0 }, `round ${round}, without a cookie`);
      const cookie = setCookie(bare);
      assert.ok(cookie, `round ${round}: a vote without a cookie is given one`);
      const withIt = await voteAs(cookie, id, 1);
      assert.deepEqual(totals(withIt), { likes: 1, dislikes: 0 }, `round ${round}, with the cookie just given`);
      assert.equal(setCookie(withIt), null, 'a valid cookie is not replaced');
    }
    assert.deepEqual(await listed(uri), { likes: 1, dislikes: 0 });
  });

  test('a cookie first (issued on another comment), then no cookie, then the new cookie: one vote, the last value', async () => {
    const a = await reader();                       // cookie issued on a scratch comment
    const uri = uniq('/article/vote-cookie-first');
    const { id } = await srv.mustPost({ uri });
    assert.deepEqual(await vote(a, id, 1), { likes: 1, dislikes: 0 });
    const bare = await voteAs(null, id, 1);
    assert.deepEqual(totals(bare), { likes: 1, dislikes: 0 }, 'no cookie: the like from this address is not counted again');
    const fresh = setCookie(bare);
    assert.ok(fresh);
    assert.deepEqual(totals(await voteAs(fresh, id, 1)), { likes: 1, dislikes: 0 }, 'nor with the cookie that answer gave');
    // Changing one's mind without a cookie replaces the vote rather than adding a dislike.
    const bare2 = await voteAs(null, id, -1);
    assert.deepEqual(totals(bare2), { likes: 0, dislikes: 1 }, 'no cookie, -1: the vote from this address becomes a dislike');
    // 0 still withdraws, with the cookie given last.
    assert.deepEqual(totals(await voteAs(setCookie(bare2), id, 0)), { likes: 0, dislikes: 0 }, '0 withdraws');
    assert.deepEqual(await listed(uri), { likes: 0, dislikes: 0 });
  });

  test('a reader alternating no cookie and the one cookie it keeps, for 5 rounds: one like', async () => {
    const a = await reader();
    const uri = uniq('/article/vote-stack-old-cookie');
    const { id } = await srv.mustPost({ uri });
    assert.deepEqual(await vote(a, id, 1), { likes: 1, dislikes: 0 });
    for (let round = 1; round <= 5; round += 1) {
      const bare = await voteAs(null, id, 1);
      assert.deepEqual(totals(bare), { likes: 1, dislikes: 0 }, `round ${round}, without a cookie`);
      assert.deepEqual(await vote(a, id, 1), { likes: 1, dislikes: 0 }, `round ${round}, with the cookie kept`);
      assert.deepEqual(totals(await voteAs(setCookie(bare), id, 1)), { likes: 1, dislikes: 0 },
        `round ${round}, with the cookie given without one`);
    }
    assert.deepEqual(await vote(a, id, 0), { likes: 0, dislikes: 0 }, 'its cookie still withdraws the one vote');
    assert.deepEqual(await listed(uri), { likes: 0, dislikes: 0 });
  });

  test('a client that never keeps cookies: one vote, replaced by the next, 0 withdraws', async () => {
    const uri = uniq('/article/vote-no-cookies');
    const { id } = await srv.mustPost({ uri });
    assert.deepEqual(totals(await voteAs(null, id, 1)), { likes: 1, dislikes: 0 });
    assert.deepEqual(totals(await voteAs(null, id, 1)), { likes: 1, dislikes: 0 }, 'twice counts once');
    assert.deepEqual(totals(await voteAs(null, id, -1)), { likes: 0, dislikes: 1 }, 'a new vote replaces the old');
    assert.deepEqual(totals(await voteAs(null, id, 0)), { likes: 0, dislikes: 0 }, '0 withdraws');
    assert.deepEqual(totals(await voteAs(null, id, 0)), { likes: 0, dislikes: 0 }, 'withdrawing twice is harmless');
    assert.deepEqual(totals(await voteAs(null, id, 1)), { likes: 1, dislikes: 0 });
    assert.deepEqual(await listed(uri), { likes: 1, dislikes: 0 });
  });

  test('40 votes in a random order of no cookie / cookie and of values: the totals are always the last vote', async () => {
    const uri = uniq('/article/vote-random');
    const { id } = await srv.mustPost({ uri });
    let seed = 20261127;   // xorshift32: the same sequence on every run
    const rnd = (n) => {
      seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0;
      return seed % n;
    };
    let cookie = null;   // the client's jar: it keeps every cookie it is given
    for (let i = 0; i < 40; i += 1) {
      const value = [1, -1, 0, 1][rnd(4)];
      const send = rnd(2) === 0 ? null : cookie;
      const r = await voteAs(send, id, value);
      cookie = setCookie(r) || cookie;
      const want = { likes: value === 1 ? 1 : 0, dislikes: value === -1 ? 1 : 0 };
      assert.deepEqual(totals(r), want, `step ${i}: ${value} ${send ? 'with' : 'without'} the cookie`);
    }
  });

  test('a forged or altered cookie counts as no cookie: it never adds a vote', async () => {
    const a = await reader();
    const { id } = await srv.mustPost({ uri: uniq('/article/vote-forged') });
    assert.deepEqual(await vote(a, id, 1), { likes: 1, dislikes: 0 });
    const [name, value] = [...a.cookies][0];
    const [vid, origin, mac] = value.split('.');
    const flip = (s) => (s[0] === 'a' ? 'b' : 'a') + s.slice(1);
    for (const bad of [`${flip(vid)}.${origin}.${mac}`, `${vid}.${flip(origin)}.${mac}`,
      `${vid}.${origin}.${flip(mac)}`, `${vid}.${origin}.${mac}x`, `${vid}.${origin}.`]) {
      const r = await voteAs(`${name}=${bad}`, id, 1);
      assert.deepEqual(totals(r), { likes: 1, dislikes: 0 }, `cookie ${bad}`);
      assert.ok(setCookie(r), 'a cookie that does not verify is replaced');
    }
  });

  test('behind one address: readers with their own cookies count separately; a reader without one changes the latest vote from there, never adds', async () => {
    const a = await reader();
    const b = await reader();
    const uri = uniq('/article/vote-nat');
    const { id } = await srv.mustPost({ uri });
    assert.deepEqual(await vote(a, id, 1), { likes: 1, dislikes: 0 });
    await sleep(5);   // votes are dated to the millisecond: b's must be the later one
    assert.deepEqual(await vote(b, id, 1), { likes: 2, dislikes: 0 });
    // A third browser at the same address, without a cookie: taken for the
    // latest reader from that address (b), as it cannot be told apart.
    const bare = await voteAs(null, id, -1);
    assert.deepEqual(totals(bare), { likes: 1, dislikes: 1 }, 'no cookie: replaced, not added');
    // a's vote is a's: still there, a can still change it.
    assert.deepEqual(await vote(a, id, -1), { likes: 0, dislikes: 2 });
    assert.deepEqual(await vote(a, id, 0), { likes: 0, dislikes: 1 }, "a withdraws only a's");
    // The vote taken over belongs to the cookie the third browser was given.
    assert.deepEqual(totals(await voteAs(setCookie(bare), id, 0)), { likes: 0, dislikes: 0 });
    // b, with its own cookie, votes again and counts once.
    assert.deepEqual(await vote(b, id, 1), { likes: 1, dislikes: 0 });
    assert.deepEqual(await vote(b, id, 1), { likes: 1, dislikes: 0 });
    assert.deepEqual(await listed(uri), { likes: 1, dislikes: 0 });
  });

  test('no cookie on one comment does not touch the votes from that address on another', async () => {
    const a = await reader();
    const one = await srv.mustPost({ uri: uniq('/article/vote-other-1') });
    const two = await srv.mustPost({ uri: uniq('/article/vote-other-2') });
    assert.deepEqual(await vote(a, one.id, 1), { likes: 1, dislikes: 0 });
    assert.deepEqual(totals(await voteAs(null, two.id, 1)), { likes: 1, dislikes: 0 }, 'first vote from this address on two');
    assert.deepEqual(await vote(a, two.id, 1), { likes: 2, dislikes: 0 }, "a's own cookie counts on two as well");
    const g = await srv.get(`/api/v1/comments/${one.id}`);
    assert.equal(g.status, 200, g.text);
    assert.equal((g.body.comment || g.body).likes, 1, 'comment one keeps its one like');
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
