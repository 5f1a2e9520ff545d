// Sixth hostile pass (helper hostile-6), on reading and writing comments and
// the HTTP layer under them.  Each test is a finding, kept so that it stays
// fixed; each failed before its fix:
//   - a request with two Content-Length headers that disagree, or one beside
//     Transfer-Encoding, is 400 and its connection closed: the first length
//     was taken and the rest of the body read as the next request on the
//     connection (request smuggling behind a proxy that reads the other one);
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, uniq, assertError } from './helpers.mjs';

let srv;
before(async () => { srv = await startServer({ name: 'hostile6' }); });
after(async () => { if (srv) await srv.stop(); });

describe('a body framed two ways', () => {
  const head = (extra) => 'POST /api/v1/comments HTTP/1.1\r\nHost: 127.0.0.1\r\n'
    + `Content-Type: application/json\r\n${extra}\r\n`;

  test('two Content-Length headers that disagree are 400, the connection closed, nothing stored', async () => {
    const uri = uniq('/article/smuggle-cl');
    const body = JSON.stringify({ uri, author: 'A', text: 'Un avis mesuré.' });
    const len = Buffer.byteLength(body);
    for (const pair of [[5, len], [len, 5]]) {
      const r = await srv.raw(head(`Content-Length: ${pair[0]}\r\nContent-Length: ${pair[1]}\r\n`) + body
        + 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', { timeoutMs: 3000 });
      assert.equal(r.status, 400, r.text.slice(0, 400));
      assert.ok(r.closedByServer, 'the connection is closed');
      assert.equal((r.text.match(/HTTP\/1\.1 /g) || []).length, 1, `one answer only: ${r.text.slice(0, 600)}`);
      assert.match(r.text, /\r\n\r\n\{"error":\{"code":"bad_request"/);
    }
    const l = await srv.list({ uri });
    assert.equal(l.body.count, 0, l.text);
  });

  test('Content-Length with Transfer-Encoding is 400, the connection closed', async () => {
    const uri = uniq('/article/smuggle-te');
    const body = JSON.stringify({ uri, author: 'A', text: 'Un avis mesuré.' });
    const chunked = `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`;
    const r = await srv.raw(head(`Content-Length: ${Buffer.byteLength(body)}\r\nTransfer-Encoding: chunked\r\n`) + chunked
      + 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', { timeoutMs: 3000 });
    assert.equal(r.status, 400, r.text.slice(0, 400));
    assert.ok(r.closedByServer, 'the connection is closed');
    assert.equal((r.text.match(/HTTP\/1\.1 /g) || []).length, 1, r.text.slice(0, 600));
    assert.equal((await srv.list({ uri })).body.count, 0);
  });

  test('the same Content-Length twice, or chunked alone, still works', async () => {
    const uri = uniq('/article/smuggle-ok');
    const body = JSON.stringify({ uri, author: 'A', text: 'Un avis mesuré.' });
    const len = Buffer.byteLength(body);
    let r = await srv.raw(head(`Content-Length: ${len}\r\nContent-Length: ${len}\r\nConnection: close\r\n`) + body);
    assert.equal(r.status, 201, r.text.slice(0, 400));
    r = await srv.raw(head('Transfer-Encoding: chunked\r\nConnection: close\r\n') + `${len.toString(16)}\r\n${body}\r\n0\r\n\r\n`);
    assert.equal(r.status, 201, r.text.slice(0, 400));
    assert.equal((await srv.list({ uri })).body.count, 2);
  });
});


