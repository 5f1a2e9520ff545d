// Hostile black-box tests from the review of issue 4 in a real browser
// (helper hostile-15's pass; the browser side is tests/browser/hostile15.test.mjs).
// Each test is a finding, kept so that it stays fixed:
//   - the widget could not know the server's edit window (server.edit_window)
//     and assumed 15 minutes: it offered "Modifier" after the server would
//     refuse, or hid it while the server would still accept.  The 201 of a
//     post now carries edit_until, when the window closes; a PUT is accepted
//     up to it and refused after it.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, sleep, RFC3339_UTC } from './helpers.mjs';

let srv;
before(async () => {
  srv = await startServer({ name: 'hostile15', env: { CAUSERIE_SERVER_EDIT_WINDOW: '2' } });
});
after(async () => { if (srv) await srv.stop(); });

describe('POST /api/v1/comments: the edit window', () => {
  test('the answer says when the edit window closes; the server keeps to it', async () => {
    const uri = uniq('/h15/window');
    const r = await srv.post('/api/v1/comments', { uri, author: 'Lectrice', text: 'Un avis à corriger.' });
    assert.equal(r.status, 201, r.text);
    assert.match(r.body.edit_until, RFC3339_UTC);
    const until = Date.parse(r.body.edit_until);
    assert.equal(until - Date.parse(r.body.comment.created), 2000, 'created + server.edit_window');
    const headers = { 'X-Edit-Token': r.body.edit_token };
    const id = r.body.comment.id;
    if (Date.now() < until) {
      const ok = await srv.put(`/api/v1/comments/${id}`, { text: 'Un avis corrigé.' }, { headers });
      assert.equal(ok.status, 200, ok.text);
    }
    await sleep(Math.max(0, until + 1100 - Date.now()));
    const late = await srv.put(`/api/v1/comments/${id}`, { text: 'Trop tard.' }, { headers });
    assert.equal(late.status, 403, late.text);
    assert.equal(late.body.error.code, 'edit_window_closed');
    // a held comment is told its window too
    const held = await srv.post('/api/v1/comments', { uri, author: 'Robot', text: 'Message automatique.', hp: 'bot' });
    assert.equal(held.status, 201, held.text);
    assert.equal(held.body.status, 'pending');
    assert.match(held.body.edit_until, RFC3339_UTC);
  });
});
