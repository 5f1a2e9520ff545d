// Hostile black-box tests of the readers' side over HTTP (helper
// hostile-12's pass): the thread view, the event stream, the feeds,
// conditional requests, CORS and the raw HTTP layer, attacked as an outside
// tester would.  Each test is a finding, kept so that it stays fixed:
//   - an event stream whose reader falls behind (a slow network, a client
//     that stops reading) ends once what it was already sent goes out,
//     whole events only, so that its EventSource reconnects with the
//     Last-Event-ID of the last one and is sent what it missed: the events
//     past the buffer's cap were dropped and the stream kept open, so the
//     reader lost them for good with nothing to tell it;
//   - a CORS preflight from an allowed origin allows Last-Event-ID, which
//     an event-stream client built on fetch sends when it resumes (the
//     browser's EventSource sends it without asking): such a client on the
//     site's pages was refused its reconnection;
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, sleep, sseReader } from './helpers.mjs';

let srv;
const ORIGIN = 'https://journal.example';

before(async () => {
  srv = await startServer({ name: 'hostile12', env: { CAUSERIE_SITE_ORIGINS: ORIGIN } });
});
after(async () => { if (srv) await srv.stop(); });

/**
 * Resumes the paused event stream s (sseReader) and reads it until the
 * server ends it, event lastId has come or timeoutMs has passed, then cuts
 * it: {ids (comment ids in order), ended (the server ended it), status}.
 */
async function read(s, timeoutMs, lastId = 0) {
  s.resume();
  await s.until(() => lastId && s.ids.includes(lastId), timeoutMs);
  s.close();
  return { ids: s.ids, ended: await s.closed, status: await s.opened };
}

/** A comment text of about 10 000 characters, one line per word (each a <br />). */
const longText = (i) => `Commentaire ${i}. ${Array.from({ length: 1300 }, (_, j) => `mot${j}`).join('\n')}`;

describe('GET /api/v1/events: readers who fall behind', () => {
  test('a reader too far behind is ended after whole events, and catches up with Last-Event-ID', async () => {
    const uri = `/${uniq('slow-reader')}`;
    const s = sseReader(srv.port, uri, { paused: true });
    await s.opened;
    await sleep(100);
    // ~10 MB of events to a reader that reads nothing: more than the
    // kernel's buffers and the server's cap
    const ids = [];
    for (let i = 0; i < 450; i += 1) ids.push((await srv.mustPost({ uri, text: longText(i) })).id);
    const first = await read(s, 8000);
    assert.equal(first.status, 200);
    assert.ok(first.ended, `the stream of a reader that fell behind ends (got ${first.ids.length} of ${ids.length} events, still open)`);
    assert.ok(first.ids.length > 0 && first.ids.length < ids.length, `some events were held back (${first.ids.length})`);
    assert.deepEqual(first.ids, ids.slice(0, first.ids.length), 'what was sent is the first events, none skipped');
    // the reader reconnects as EventSource does, as often as it is ended
    const got = [...first.ids];
    for (let round = 0; round < 60 && got[got.length - 1] !== ids[ids.length - 1]; round += 1) {
      const again = sseReader(srv.port, uri, { paused: true, lastId: got[got.length - 1] });
      await again.opened;
      const r = await read(again, 8000, ids[ids.length - 1]);
      assert.ok(r.ids.length > 0, `a reconnection gets on (round ${round})`);
      got.push(...r.ids);
    }
    assert.ok(got.every((id, i) => i === 0 || id > got[i - 1]), 'in order, never twice');
    // a reconnection is sent at most the 200 newest it missed (docs/api.md)
    const missed = ids.slice(-200).filter((id) => !got.includes(id));
    assert.equal(missed.length, 0, `missed: ${missed.slice(0, 5)}…`);
  });
});

describe('CORS preflights', () => {
  test('an allowed origin may send Last-Event-ID to the event stream; another origin is told nothing', async () => {
    const ask = (origin) => srv.req('OPTIONS', `/api/v1/events?uri=${encodeURIComponent('/a')}`, {
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'last-event-id' },
    });
    const ok = await ask(ORIGIN);
    assert.equal(ok.status, 204);
    assert.equal(ok.headers['access-control-allow-origin'], ORIGIN);
    const allowed = (ok.headers['access-control-allow-headers'] || '').toLowerCase().split(/\s*,\s*/);
    assert.ok(allowed.includes('last-event-id'), `Access-Control-Allow-Headers: ${ok.headers['access-control-allow-headers']}`);
    const other = await ask('https://ailleurs.example');
    assert.equal(other.status, 204);
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    assert.equal(other.headers['access-control-allow-headers'], undefined);
    assert.equal(other.headers.vary, 'Origin');
  });
});
