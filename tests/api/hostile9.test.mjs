// Hostile black-box tests of the server run as a cluster (helper hostile-9's
// pass): two `causerie serve` nodes on one database, attacked as an outside
// tester would — a write on one node read, voted on, reported on the
// other, live readers on one node and writers on the other, the database
// cut off under them.  Each test is a finding, kept so that it stays fixed:
//   - the hourly limit of confirmation mails to one address
//     (notify.confirm_per_hour, the anti-mail-bomb guard) held only for
//     requests one after the other: 40 subscriptions of one address sent at
//     once to two nodes on PostgreSQL queued 4 to 6 confirmation mails
//     instead of 3 (each transaction counted before any had committed);
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, runBinary, uniq } from './helpers.mjs';

describe('two nodes on one database', () => {
  let a;
  let b;
  before(async () => {
    const env = { CAUSERIE_SERVER_TRUST_PROXY: 'true', CAUSERIE_NOTIFY_CONFIRM_PER_HOUR: '3' };
    a = await startServer({ name: 'hostile9-a', env });
    b = await startServer({ name: 'hostile9-b', storeUrl: a.store.url, env });
  });
  after(async () => {
    if (b) await b.stop();
    if (a) await a.stop();
  });

  test('confirmation mails to one address stay within notify.confirm_per_hour when its subscriptions arrive at once on both nodes', async () => {
    const email = `${uniq('bombe')}@victime.example`;
    const jobs = [];
    for (let i = 0; i < 40; i += 1) {
      const node = i % 2 ? a : b;
      jobs.push(node.post('/api/v1/subscriptions', { uri: uniq('/article/bombe'), email, kind: 'all' }, { headers: { 'X-Forwarded-For': `10.90.0.${i}` } }));
    }
    for (const r of await Promise.all(jobs)) assert.equal(r.status, 202, r.text);
    const out = await runBinary(['outbox', 'all', '--limit', '1000'], { env: { CAUSERIE_STORE_URL: a.store.url }, timeoutMs: 30000 });
    assert.equal(out.code, 0, out.stderr);
    const confirms = out.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l))
      .filter((row) => row.recipient === email && row.kind === 'mail.confirm');
    assert.equal(confirms.length, 3, `confirmation mails queued to the address: ${confirms.length}`);
  });
});
