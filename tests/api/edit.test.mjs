// Editing and deleting one's own comment with X-Edit-Token (API.md, "Readers").
// Token checks, the edit window (a second server with a 1-second window),
// placeholders for deleted comments that have replies.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError, assertCommentShape, flatten, sleep, RFC3339_UTC } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'edit' }); });
after(async () => { if (srv) await srv.stop(); });

const cpath = (id) => `/api/v1/comments/${id}`;
const tok = (t) => ({ headers: { 'X-Edit-Token': t } });

describe('PUT /api/v1/comments/{id}', () => {
  test('200 {comment, status} with the new html and a modified time', async () => {
    const uri = uniq('/article/edit');
    const { id, token, comment } = await srv.mustPost({ uri, text: 'Première version.' });
    const r = await srv.put(cpath(id), { text: 'Seconde *version*.' }, tok(token));
    assert.equal(r.status, 200, r.text);
    assert.match(String(r.headers['content-type']), /^application\/json\b/i);
    assert.deepEqual(Object.keys(r.body).sort(), ['comment', 'status']);
    assert.equal(r.body.status, 'published');
    const c = r.body.comment;
    assertCommentShape(assert, c);
    assert.equal(c.id, id);
    assert.equal(c.author, comment.author);
    assert.equal(c.created, comment.created);
    assert.match(c.html, /Seconde <em>version<\/em>/);
    assert.match(c.modified, RFC3339_UTC);
    const l = await srv.list({ uri });
    assert.equal(l.body.comments[0].html, c.html);
    assert.equal(l.body.comments[0].modified, c.modified);
    assert.equal(l.body.count, 1);
  });

  test('the token keeps working for several edits within the window', async () => {
    const { id, token } = await srv.mustPost({ uri: uniq('/article/edit-twice') });
    for (const t of ['un', 'deux', 'trois']) {
      const r = await srv.put(cpath(id), { text: `version ${t}` }, tok(token));
      assert.equal(r.status, 200, r.text);
      assert.match(r.body.comment.html, new RegExp(`version ${t}`));
    }
  });

  test('an edit invalidates the list ETag', async () => {
    const uri = uniq('/article/edit-etag');
    const { id, token } = await srv.mustPost({ uri });
    const l1 = await srv.list({ uri });
    const r = await srv.put(cpath(id), { text: 'changé' }, tok(token));
    assert.equal(r.status, 200, r.text);
    const l2 = await srv.list({ uri }, { headers: { 'If-None-Match': l1.headers.etag } });
    assert.equal(l2.status, 200);
    assert.match(l2.body.comments[0].html, /changé/);
  });

  test('a missing token is 401', async () => {
    const { id } = await srv.mustPost({ uri: uniq('/article/edit-401') });
    assertError(assert, await srv.put(cpath(id), { text: 'pirate' }), 401);
    assertError(assert, await srv.put(cpath(id), { text: 'pirate' }, tok('')), 401);
  });

  test("another comment's token is 403 and changes nothing", async () => {
    const uri = uniq('/article/edit-403');
    const a = await srv.mustPost({ uri, text: 'texte de A' });
    const b = await srv.mustPost({ uri, text: 'texte de B' });
    assertError(assert, await srv.put(cpath(a.id), { text: 'pirate' }, tok(b.token)), 403);
    assertError(assert, await srv.put(cpath(a.id), { text: 'pirate' }, tok('not-a-real-token')), 403);
    const l = await srv.list({ uri, sort: 'oldest' });
    assert.match(l.body.comments[0].html, /texte de A/);
  });

  test('an unknown comment is 404 (403 accepted: the token matches nothing)', async () => {
    const { token } = await srv.mustPost({ uri: uniq('/article/edit-404') });
    assertError(assert, await srv.put(cpath(999999999), { text: 'x' }, tok(token)), [403, 404]);
  });

  test('the edited text is validated like a new one: empty, whitespace, too long, wrong type', async () => {
    const { id, token } = await srv.mustPost({ uri: uniq('/article/edit-422') });
    for (const text of ['', '   \n\t ', 'x'.repeat(10001), 42, null]) {
      assertError(assert, await srv.put(cpath(id), { text }, tok(token)), 422, { field: 'text' });
    }
    assertError(assert, await srv.put(cpath(id), {}, tok(token)), 422, { field: 'text' });
  });

  test('PUT needs JSON: 415 for text/plain, 400 for a non-object', async () => {
    const { id, token } = await srv.mustPost({ uri: uniq('/article/edit-415') });
    assertError(assert, await srv.req('PUT', cpath(id), { body: 'text=x', headers: { 'Content-Type': 'text/plain', 'X-Edit-Token': token } }), 415);
    assertError(assert, await srv.req('PUT', cpath(id), { body: '["x"]', headers: { 'Content-Type': 'application/json', 'X-Edit-Token': token } }), 400);
  });
});

describe('DELETE /api/v1/comments/{id}', () => {
  test('a deleted leaf disappears and is no longer counted', async () => {
    const uri = uniq('/article/del-leaf');
    const keep = await srv.mustPost({ uri });
    const gone = await srv.mustPost({ uri });
    const r = await srv.del(cpath(gone.id), tok(gone.token));
    assert.equal(r.status, 204, r.text);
    assert.equal(r.raw.length, 0, '204 has no body');
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 1);
    assert.deepEqual(flatten(l.body.comments).map((c) => c.id), [keep.id]);
    const counts = await srv.get(`/api/v1/counts?uri=${encodeURIComponent(uri)}`);
    assert.deepEqual(counts.body, { [uri]: 1 });
  });

  test('a deleted reply (leaf) disappears from under its parent', async () => {
    const uri = uniq('/article/del-reply');
    const top = await srv.mustPost({ uri });
    const r1 = await srv.mustPost({ uri, parent: top.id });
    const r2 = await srv.mustPost({ uri, parent: top.id });
    const d = await srv.del(cpath(r1.id), tok(r1.token));
    assert.equal(d.status, 204, d.text);
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 2);
    assert.deepEqual(l.body.comments[0].replies.map((c) => c.id), [r2.id]);
  });

  test('a deleted comment with replies stays as a placeholder, not counted', async () => {
    const uri = uniq('/article/del-placeholder');
    const top = await srv.mustPost({ uri, author: 'Effacé', website: 'https://example.org/efface', text: 'sera supprimé' });
    const rep = await srv.mustPost({ uri, parent: top.id, author: 'Répondant', text: 'réponse gardée' });
    const deep = await srv.mustPost({ uri, parent: rep.id, text: 'réponse profonde' });
    const d = await srv.del(cpath(top.id), tok(top.token));
    assert.equal(d.status, 204, d.text);
    for (const sort of ['newest', 'oldest', 'popular']) {
      const l = await srv.list({ uri, sort });
      assert.equal(l.body.count, 2, `the placeholder is not counted (sort=${sort})`);
      assert.equal(l.body.comments.length, 1);
      const p = l.body.comments[0];
      assert.equal(p.id, top.id);
      assert.equal(p.parent, null);
      assert.equal(p.deleted, true);
      assert.equal(p.author, null);
      assert.equal(p.website, null);
      assert.equal(p.html, '');
      assert.ok(!JSON.stringify(p).includes('sera supprimé'), 'no trace of the text');
      assert.ok(!JSON.stringify(p).includes('Effacé'), 'no trace of the author');
      assert.equal(p.replies.length, 1);
      assert.equal(p.replies[0].id, rep.id);
      assert.equal(p.replies[0].author, 'Répondant');
      assert.equal(p.replies[0].replies[0].id, deep.id);
    }
    const counts = await srv.get(`/api/v1/counts?uri=${encodeURIComponent(uri)}`);
    assert.deepEqual(counts.body, { [uri]: 2 });
    const feed = await srv.get(`/feeds/comments.atom?uri=${encodeURIComponent(uri)}`);
    assert.equal(feed.status, 200);
    assert.ok(!feed.text.includes('sera supprimé'), 'the feed drops the deleted text');
  });

  test('a placeholder whose last reply is deleted disappears', async () => {
    const uri = uniq('/article/del-cascade');
    const top = await srv.mustPost({ uri });
    const rep = await srv.mustPost({ uri, parent: top.id });
    assert.equal((await srv.del(cpath(top.id), tok(top.token))).status, 204);
    assert.equal((await srv.del(cpath(rep.id), tok(rep.token))).status, 204);
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 0);
    assert.deepEqual(l.body.comments, [], 'a deleted comment with no published reply is not shown');
  });

  test('a deleted comment cannot be edited or deleted again', async () => {
    const { id, token } = await srv.mustPost({ uri: uniq('/article/del-twice') });
    assert.equal((await srv.del(cpath(id), tok(token))).status, 204);
    assertError(assert, await srv.put(cpath(id), { text: 'revenant' }, tok(token)), [403, 404, 409]);
    assertError(assert, await srv.del(cpath(id), tok(token)), [403, 404, 409]);
  });

  test('a reply to a deleted comment is refused (422 field parent) or kept under its placeholder', async () => {
    const uri = uniq('/article/del-reply-to');
    const top = await srv.mustPost({ uri });
    assert.equal((await srv.del(cpath(top.id), tok(top.token))).status, 204);
    const r = await srv.postComment({ uri, parent: top.id });
    if (r.status === 201) {
      const l = await srv.list({ uri });
      assert.equal(l.body.comments[0].deleted, true);
      assert.equal(l.body.comments[0].replies[0].id, r.body.comment.id);
    } else {
      assertError(assert, r, 422, { field: 'parent' });
    }
  });

  test('token checks: missing 401, other 403', async () => {
    const uri = uniq('/article/del-auth');
    const a = await srv.mustPost({ uri });
    const b = await srv.mustPost({ uri });
    assertError(assert, await srv.del(cpath(a.id)), 401);
    assertError(assert, await srv.del(cpath(a.id), tok(b.token)), 403);
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 2, 'nothing was deleted');
  });
});

describe('edit window', () => {
  let short;
  before(async () => { short = await startServer({ name: 'edit-window', env: { CAUSERIE_SERVER_EDIT_WINDOW: '1' } }); });
  after(async () => { if (short) await short.stop(); });

  test('after the window, PUT and DELETE are 403 edit_window_closed', async () => {
    const uri = uniq('/article/window');
    const a = await short.mustPost({ uri, text: 'écrit trop tôt' });
    const b = await short.mustPost({ uri, text: 'second' });
    await sleep(2100);
    assertError(assert, await short.put(cpath(a.id), { text: 'trop tard' }, tok(a.token)), 403, { code: 'edit_window_closed' });
    assertError(assert, await short.del(cpath(b.id), tok(b.token)), 403, { code: 'edit_window_closed' });
    const l = await short.list({ uri, sort: 'oldest' });
    assert.equal(l.body.count, 2);
    assert.match(l.body.comments[0].html, /écrit trop tôt/);
    // A wrong token after the window is still just a wrong token.
    assertError(assert, await short.put(cpath(a.id), { text: 'x' }, tok(b.token)), 403);
  });
});
