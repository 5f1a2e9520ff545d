// The gap between the list and the stream (docs/api.md, events: after=N;
// the list's last_id).  The widget loads a page's comments, then opens its
// event stream; a comment published in between was never shown live: the
// stream sends only what is published after it opens, and a first
// connection has no Last-Event-ID.  The list now says the page's newest
// published id (last_id, whatever the page or sort), and the stream takes
// ?after=N, meaning what Last-Event-ID: N means on a reconnection.
//
// Each test: comments published between a list and a stream opened with
// after=<its last_id> reach the stream first, in id order, each once, and
// none that the list had.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, sleep, until, editorSession, sseReader } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'events-after' }); });
after(async () => { if (srv) await srv.stop(); });

/** One stream on uri with the query `extra` (e.g. "&after=3") and
 * Last-Event-ID: lastId when given (helpers.mjs's sseReader). */
const openStream = (port, uri, extra = '', lastId = '') => sseReader(port, uri, { query: extra, lastId });

const post = async (uri, text, extra = {}) => {
  const r = await srv.postComment({ uri, text, ...extra });
  assert.equal(r.status, 201, r.text);
  return r.body;
};

/** A new comment after the stream opened, to know it has sent all it will. */
async function closeWith(uri, s) {
  const last = (await post(uri, 'Un avis publié une fois le flux ouvert.')).comment.id;
  await until(() => s.ids.includes(last), 'the live comment');
  await sleep(100);
  s.close();
  return last;
}

describe('the list says the page\'s newest published id (last_id)', () => {
  test('whatever the page, limit or sort; 0 for a page without comments; a held comment is not it', async () => {
    const uri = uniq('/article/dernier');
    const none = await srv.list({ uri });
    assert.equal(none.status, 200, none.text);
    assert.equal(none.body.last_id, 0, 'a page without comments');
    const ids = [];
    for (const text of ['Le premier avis.', 'Le deuxième avis.', 'Le troisième avis.']) ids.push((await post(uri, text)).comment.id);
    const reply = (await post(uri, 'Une réponse au premier.', { parent: ids[0] })).comment.id;
    const voted = await srv.post(`/api/v1/comments/${ids[0]}/vote`, { value: 1 });
    assert.equal(voted.status, 200, voted.text);
    const held = await srv.postComment({ uri, text: 'Une remarque retenue.', hp: 'x' });
    assert.equal(held.body.status, 'pending', held.text);
    for (const sort of ['newest', 'oldest', 'popular']) {
      const first = await srv.list({ uri, sort, limit: 1 });
      assert.equal(first.status, 200, first.text);
      assert.equal(first.body.last_id, reply, `${sort}, first page of one`);
      const next = await srv.list({ uri, sort, limit: 1, cursor: first.body.cursor });
      assert.equal(next.body.last_id, reply, `${sort}, second page`);
    }
    const popular = await srv.list({ uri, sort: 'popular', limit: 1 });
    assert.deepEqual(popular.body.comments.map((c) => c.id), [ids[0]], 'the page does not list the newest: last_id still names it');
  });
});

describe('GET /api/v1/events?after=N', () => {
  test('replays what the page published after the list, in order, once, then the live ones', async () => {
    const uri = uniq('/article/entre-deux');
    await post(uri, 'Un avis déjà là.');
    await post(uri, 'Un autre avis déjà là.');
    const list = await srv.list({ uri, sort: 'popular', limit: 1 });
    const n = list.body.last_id;
    assert.ok(n > 0, list.text);
    // published between the list's answer and the stream's opening; another
    // page's comment and a held one are not this stream's
    const gap = [(await post(uri, 'Publié entre la liste et le flux.')).comment.id];
    await post(uniq('/article/ailleurs'), 'Un avis sur une autre page.');
    assert.equal((await srv.postComment({ uri, text: 'Retenu entre-temps.', hp: 'x' })).body.status, 'pending');
    gap.push((await post(uri, 'Publié aussi entre la liste et le flux.', { parent: n })).comment.id);
    const s = openStream(srv.port, uri, `&after=${n}`);
    assert.equal(await s.opened, 200);
    const live = await closeWith(uri, s);
    assert.deepEqual(s.ids, [...gap, live]);
  });

  test('after=0 (a page that had none) sends every published comment of the page', async () => {
    const uri = uniq('/article/vide');
    const list = await srv.list({ uri });
    assert.equal(list.body.last_id, 0);
    const gap = [(await post(uri, 'Le premier avis de la page.')).comment.id, (await post(uri, 'Le deuxième.')).comment.id];
    const s = openStream(srv.port, uri, '&after=0');
    assert.equal(await s.opened, 200);
    const live = await closeWith(uri, s);
    assert.deepEqual(s.ids, [...gap, live]);
  });

  test('after=N on a page whose thread did not exist yet is answered, and gets the live ones', async () => {
    const uri = uniq('/article/jamais-vue');
    const s = openStream(srv.port, uri, '&after=0');
    assert.equal(await s.opened, 200);
    const live = await closeWith(uri, s);
    assert.deepEqual(s.ids, [live]);
  });

  test('Last-Event-ID wins over after (a reconnecting EventSource keeps its URL)', async () => {
    const uri = uniq('/article/reprise');
    const a = (await post(uri, 'Un premier avis.')).comment.id;
    const b = (await post(uri, 'Un deuxième avis.')).comment.id;
    const c = (await post(uri, 'Un troisième avis.')).comment.id;
    const s = openStream(srv.port, uri, `&after=${a}`, b);
    assert.equal(await s.opened, 200);
    const live = await closeWith(uri, s);
    assert.deepEqual(s.ids, [c, live], 'sent after the header\'s id, not after=');
    // a Last-Event-ID that is not an id is ignored, as it always was: after= applies
    const t = openStream(srv.port, uri, `&after=${b}`, 'x');
    assert.equal(await t.opened, 200);
    const live2 = await closeWith(uri, t);
    assert.deepEqual(t.ids, [c, live, live2]);
  });

  test('a value that is not an id is answered 422 invalid_field; an empty one is no value', async () => {
    const uri = uniq('/article/mauvais');
    await post(uri, 'Un avis déjà là.');
    for (const bad of ['x', '-1', '+1', ' 1', '1.0', '1e3', '0x10', '99999999999999999999']) {
      const r = await fetch(`http://127.0.0.1:${srv.port}/api/v1/events?uri=${encodeURIComponent(uri)}&after=${encodeURIComponent(bad)}`);
      assert.equal(r.status, 422, `after=${bad}`);
      const body = await r.json();
      assert.equal(body.error.code, 'invalid_field', `after=${bad}`);
      assert.equal(body.error.field, 'after', `after=${bad}`);
    }
    const s = openStream(srv.port, uri, '&after=');
    assert.equal(await s.opened, 200);
    const live = await closeWith(uri, s);
    assert.deepEqual(s.ids, [live], 'after= empty: the live comments only');
  });

  test('a comment an editor approves between the list and the stream with a newer id is sent; none the list had', async () => {
    const uri = uniq('/article/approuve');
    const ed = await editorSession(srv);
    const old = (await post(uri, 'Un avis déjà là.')).comment.id;
    const held = await srv.postComment({ uri, text: 'Une remarque retenue un moment.', hp: 'x' });
    assert.equal(held.body.status, 'pending', held.text);
    const list = await srv.list({ uri });
    assert.equal(list.body.last_id, old, 'the held comment is not the newest published');
    const ok = await ed.c.post(`/api/v1/admin/comments/${held.body.comment.id}/approve`, {}, ed.h);
    assert.equal(ok.status, 200, ok.text);
    const s = openStream(srv.port, uri, `&after=${list.body.last_id}`);
    assert.equal(await s.opened, 200);
    const live = await closeWith(uri, s);
    assert.deepEqual(s.ids, [held.body.comment.id, live]);
  });
});
