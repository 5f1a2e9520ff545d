// Hostile black-box tests of subscriptions, mail delivery, webhooks and the
// privacy commands (helper hostile-14's pass), attacked as an outside tester
// would, against a real SMTP server (tests/api/smtp_sink.py) that can refuse,
// stall or drop.  Each test is a finding, kept so that it stays fixed:
//   - an SMTP server that refuses the message itself at the end of DATA
//     (554: refused as spam, 552: too large) fails the row at once, as a
//     550 at RCPT TO does: it was a "weird server reply", retried with
//     backoff for notify.give_up_hours (72 h), the same refused mail sent
//     again and again;
//   - a send that timed out waiting for the server's answer to the message
//     leaves no connection behind for the next mail: libcurl kept it, and
//     the next mail read the late "250" of the previous one as the answer
//     to its own MAIL FROM, one reply behind for the whole dialogue (its
//     DATA "failed: 250"), and each late answer delivered another copy of
//     the mail (three copies of one confirmation in 20 s);
import { describe, test, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, runBinary, uniq, sleep, onCleanup, cleanUp } from './helpers.mjs';
import { SmtpSink, smtpEnv } from './smtp.mjs';

afterEach(cleanUp);
after(cleanUp);

async function sink(opts) {
  const m = await new SmtpSink(opts).start();
  onCleanup(() => m.dispose());
  return m;
}

async function server(mail, env = {}) {
  const s = await startServer({ env: smtpEnv(mail, env), name: 'hostile14' });
  onCleanup(() => s.stop());
  return s;
}

/** The outbox rows (causerie outbox all), oldest first. */
async function outbox(s) {
  const out = await runBinary(['outbox', 'all', '--limit', '1000'], { env: { CAUSERIE_STORE_URL: s.store.url } });
  assert.equal(out.code, 0, out.stderr);
  return out.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l)).reverse();
}

async function waitRow(s, pred, what, timeout = 15000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const rows = await outbox(s);
    const r = rows.find(pred);
    if (r) return r;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(rows)}`);
    await sleep(200);
  }
}

describe('an SMTP server that refuses, stalls or drops', () => {
  test('a 554 to the message itself (end of DATA) is final at once, not retried for days', async () => {
    const mail = await sink({ rejectData: 'refused' });
    const s = await server(mail);
    const r = await s.post('/api/v1/subscriptions', { uri: `/a/${uniq()}`, email: 'refused@example.org', kind: 'all' });
    assert.equal(r.status, 202);
    const row = await waitRow(s, (x) => x.kind === 'mail.confirm' && (x.failed || x.attempts >= 3), 'the confirmation to fail');
    assert.ok(row.failed, `failed for good: ${JSON.stringify(row)}`);
    assert.equal(row.attempts, 1, `one attempt: ${JSON.stringify(row)}`);
    assert.match(row.last_error, /554/);
    // a temporary refusal there (451) is still retried
    await s.post('/api/v1/subscriptions', { uri: `/a/${uniq()}`, email: 'ok@example.org', kind: 'all' });
    await mail.waitTo('ok@example.org', 1);
  });

  test('a server that answers a message after the timeout: the next attempt starts afresh, one copy arrives', async () => {
    // the first DATA is answered after 5 s, past notify.send_timeout (3 s)
    const mail = await sink({ slowData: 5, slowCount: 1 });
    const s = await server(mail);
    const email = 'slow@example.org';
    const r = await s.post('/api/v1/subscriptions', { uri: `/a/${uniq()}`, email, kind: 'all' });
    assert.equal(r.status, 202);
    await mail.waitTo(email, 1, { timeout: 20000 });
    await sleep(4000); // a late answer, or a second copy, would land by now
    const got = mail.to(email);
    assert.equal(got.length, 1, `one copy: ${got.map((m) => m.header('Message-ID')).join(', ')}`);
    const rows = await outbox(s);
    assert.equal(rows.length, 1);
    assert.ok(rows[0].sent, JSON.stringify(rows[0]));
    assert.doesNotMatch(s.log, /DATA failed: 250|MAIL failed|RCPT failed/, 'no reply was read out of turn');
  });
});
