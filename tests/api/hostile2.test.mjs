// Second hostile pass: HTTP framing on routes the first pass did not reach
// (HEAD on the event stream), and the other findings of that pass, each a
// test that failed before its fix.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'hostile2' }); });
after(async () => { if (srv) await srv.stop(); });

/** Splits a raw HTTP/1.1 byte stream into responses by their Content-Length
 * (a HEAD response has none: `heads` says which ones answer a HEAD). */
function splitResponses(text, heads) {
  const out = [];
  let rest = text;
  for (let i = 0; rest.length; i += 1) {
    const end = rest.indexOf('\r\n\r\n');
    if (end < 0) { out.push({ head: rest, body: '', junk: true }); break; }
    const head = rest.slice(0, end);
    const m = /\r\ncontent-length: *(\d+)/i.exec(head);
    const len = heads[i] ? 0 : (m ? Number(m[1]) : 0);
    out.push({ head, status: Number((/^HTTP\/1\.1 (\d{3})/.exec(head) || [])[1]) || null, body: rest.slice(end + 4, end + 4 + len) });
    rest = rest.slice(end + 4 + len);
  }
  return out;
}

describe('HEAD keeps the connection framed', () => {
  test('HEAD on the event stream has headers and no body, and the next pipelined request is answered', async () => {
    const uri = uniq('/article/head-events');
    const r = await srv.raw(
      `HEAD /api/v1/events?uri=${encodeURIComponent(uri)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`
      + 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
      { timeoutMs: 5000 },
    );
    const parts = splitResponses(r.text, [true, false]);
    assert.equal(parts.length, 2, `two responses, no stray bytes between them:\n${JSON.stringify(r.text)}`);
    assert.equal(parts[0].status, 200, parts[0].head);
    assert.match(parts[0].head, /\r\ncontent-type: text\/event-stream/i);
    assert.equal(parts[1].status, 200, `second response: ${JSON.stringify(r.text)}`);
    assert.equal(parts[1].body, 'ok');
  });
});
