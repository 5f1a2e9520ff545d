// The Akismet-compatible spam service, black-box (issue 3): keys made with
// `causerie akismet-key`, used at once by a running server; verify-key,
// comment-check, submit-spam and submit-ham answered the Akismet way; the
// test triggers; is_test without side effects; learning from submissions;
// and the two Akismet client libraries from npm, unchanged.
//
// The clients put the key in the host name (KEY.rest.akismet.com).  Here
// every host under akismet.test resolves to 127.0.0.1 — in this test
// process, through a hook on dns.lookup, as a wildcard DNS record
// (*.akismet.example.org) or a nip.io-style name does for a real site — and
// the clients are pointed at it through their documented options: `host`
// (and `protocol: 'http'`) for akismet-api, `host` and `port` for akismet.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startServer, runBinary, assertError, resolveToLoopback } from './helpers.mjs';

const require = createRequire(import.meta.url);
const { AkismetClient } = require('akismet-api');
const akismetJs = require('akismet');

const DOMAIN = 'akismet.test';
const restoreLookup = resolveToLoopback(DOMAIN);

let srv;
let key;
const BLOG = 'https://journal.example/';

function cli(args, input) {
  return runBinary(args, { env: { CAUSERIE_STORE_URL: srv.store.url }, input, timeoutMs: 60000 });
}

async function newKey(name) {
  const r = await cli(['akismet-key', 'add', name]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.sanitizer, null, r.sanitizer || '');
  assert.match(r.stdout, /^[a-z0-9]{32}\n$/, 'the key alone on one line');
  return r.stdout.trim();
}

/** A form POST; fields is an object; headers override. */
function form(path, fields, headers = {}) {
  const body = new URLSearchParams(fields).toString();
  return srv.req('POST', path, { body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers } });
}

before(async () => {
  srv = await startServer({ name: 'akismet' });
  key = await newKey('journal');
});
after(async () => {
  restoreLookup();
  if (srv) await srv.stop();
});

const HAM = { blog: BLOG, user_ip: '192.0.2.10', user_agent: 'Mozilla/5.0', comment_type: 'comment', comment_author: 'Marie', comment_content: 'Merci pour cet article très clair sur le budget de la ville.' };

describe('keys', () => {
  test('a key added while the server runs works at once; list never shows it; revoke ends it', async () => {
    const k = await newKey('fresh');
    let r = await form('/1.1/verify-key', { key: k, blog: BLOG });
    assert.equal(r.status, 200);
    assert.equal(r.text, 'valid');
    const list = await cli(['akismet-key', 'list']);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /^fresh\tadded \S+\tactive$/m);
    assert.ok(!list.stdout.includes(k), 'keys are never printed again');
    const dup = await cli(['akismet-key', 'add', 'fresh']);
    assert.equal(dup.code, 1);
    assert.match(dup.stderr, /exists/);
    const rev = await cli(['akismet-key', 'revoke', 'fresh']);
    assert.equal(rev.code, 0, rev.stderr);
    r = await form('/1.1/verify-key', { key: k, blog: BLOG });
    assert.equal(r.text, 'invalid');
    assert.ok(r.headers['x-akismet-debug-help']);
    assert.equal((await cli(['akismet-key', 'revoke', 'fresh'])).code, 1, 'nothing left to revoke');
    assert.equal((await cli(['akismet-key', 'add', 'bad name!'])).code, 1);
    assert.equal((await cli(['akismet-key', 'oops'])).code, 2);
    const again = await newKey('fresh');
    assert.notEqual(again, k, 'a revoked name gets a new key');
    assert.equal((await form('/1.1/verify-key', { key: again, blog: BLOG })).text, 'valid');
  });

  test('verify-key answers valid, invalid, or names the missing field', async () => {
    let r = await form('/1.1/verify-key', { key, blog: BLOG });
    assert.equal(r.text, 'valid');
    assert.match(r.headers['content-type'], /^text\/plain/);
    r = await form('/1.1/verify-key', { key: 'a'.repeat(32), blog: BLOG });
    assert.equal(r.status, 200);
    assert.equal(r.text, 'invalid');
    assert.ok(r.headers['x-akismet-debug-help']);
    r = await form('/1.1/verify-key', { key: 'NOT-A-KEY', blog: BLOG });
    assert.equal(r.text, 'invalid');
    r = await form('/1.1/verify-key', { blog: BLOG });
    assert.equal(r.text, 'Missing required field: key.');
    assert.equal(r.headers['x-akismet-debug-help'], 'Missing required field: key.');
    r = await form('/1.1/verify-key', { key });
    assert.equal(r.text, 'Missing required field: blog.');
    assert.ok(r.headers['x-akismet-debug-help']);
  });
});

describe('comment-check', () => {
  test('the test triggers are spam, blatant (pro-tip discard); an ordinary comment is not', async () => {
    let r = await form('/1.1/comment-check', { ...HAM, api_key: key, comment_author: 'viagra-test-123' });
    assert.equal(r.status, 200);
    assert.equal(r.text, 'true');
    assert.equal(r.headers['x-akismet-pro-tip'], 'discard');
    r = await form('/1.1/comment-check', { ...HAM, api_key: key, comment_author_email: 'akismet-guaranteed-spam@example.com' });
    assert.equal(r.text, 'true');
    r = await form('/1.1/comment-check', { ...HAM, api_key: key });
    assert.equal(r.text, 'false');
    assert.equal(r.headers['x-akismet-pro-tip'], undefined);
    r = await form('/1.1/comment-check', { ...HAM, key, comment_content: 'Buy cheap viagra online without prescription, best price http://pills.example http://rx.example http://cheap.example' });
    assert.equal(r.text, 'true', 'obvious spam');
  });

  test('the key can come from the host name, and the form is read whatever the Content-Type', async () => {
    const body = new URLSearchParams({ ...HAM, comment_author: 'viagra-test-123' }).toString();
    let r = await srv.req('POST', '/1.1/comment-check', { body, headers: { Host: `${key}.${DOMAIN}:${srv.port}`, 'Content-Type': 'charset=utf-8' } });
    assert.equal(r.text, 'true');
    r = await srv.req('POST', '/1.1/comment-check', { body, headers: { Host: `${key.toUpperCase()}.127.0.0.1.nip.io`, 'Content-Type': 'text/plain' } });
    assert.equal(r.text, 'true', 'a host name is case-insensitive');
    r = await srv.req('POST', '/1.1/comment-check', { body, headers: { Host: `${'b'.repeat(32)}.${DOMAIN}` } });
    assert.equal(r.text, 'invalid');
  });

  test('missing fields are named; a body that is not a form in UTF-8 is 400', async () => {
    let r = await form('/1.1/comment-check', { ...HAM });
    assert.equal(r.text, 'Missing required field: api_key.');
    assert.equal(r.headers['x-akismet-debug-help'], 'Missing required field: api_key.');
    const { blog, ...noBlog } = HAM;
    r = await form('/1.1/comment-check', { ...noBlog, api_key: key });
    assert.equal(r.text, 'Missing required field: blog.');
    const { user_ip: ip, ...noIp } = HAM;
    r = await form('/1.1/comment-check', { ...noIp, api_key: key });
    assert.equal(r.text, 'Missing required field: user_ip.');
    assert.ok(blog && ip);
    r = await srv.req('POST', '/1.1/comment-check', { body: `api_key=${key}&blog=x&user_ip=1&comment_content=%ff`, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    assert.equal(r.status, 400);
    assert.ok(r.headers['x-akismet-debug-help']);
    // a wrong method is the JSON 405 with Allow, and the Akismet headers (hostile19)
    r = await srv.req('GET', '/1.1/comment-check');
    assertError(assert, r, 405);
    assert.equal(r.headers.allow, 'POST, OPTIONS');
    assert.ok(r.headers['x-akismet-error']);
  });

  test('is_test has no side effect: no decision recorded', async () => {
    const count = async () => {
      const m = await srv.get('/metrics');
      return [...m.text.matchAll(/^causerie_moderation_decisions_total\{[^}]*\} (\d+)$/gm)].reduce((a, x) => a + Number(x[1]), 0);
    };
    const n0 = await count();
    let r = await form('/1.1/comment-check', { ...HAM, api_key: key, is_test: '1' });
    assert.equal(r.text, 'false');
    assert.equal(await count(), n0);
    r = await form('/1.1/comment-check', { ...HAM, api_key: key });
    assert.equal(await count(), n0 + 1, 'a real check is recorded');
  });
});

describe('submit-spam and submit-ham', () => {
  test('they thank, and teach the classifier (unless is_test)', async () => {
    const novel = { ...HAM, api_key: key, comment_author: 'Quidam', comment_content: 'plorbix vantumel grezzofaxe quillibrant zentorvia' };
    let r = await form('/1.1/comment-check', novel);
    assert.equal(r.text, 'false', 'unknown words say nothing yet');
    for (let i = 0; i < 3; i += 1) {
      r = await form('/1.1/submit-spam', { ...novel, is_test: '1' });
      assert.equal(r.text, 'Thanks for making the web a better place.');
    }
    r = await form('/1.1/comment-check', novel);
    assert.equal(r.text, 'false', 'is_test submissions teach nothing');
    for (let i = 0; i < 3; i += 1) {
      r = await form('/1.1/submit-spam', novel);
      assert.equal(r.status, 200);
      assert.equal(r.text, 'Thanks for making the web a better place.');
    }
    r = await form('/1.1/comment-check', novel);
    assert.equal(r.text, 'true', 'learned as spam');
    r = await form('/1.1/submit-ham', { ...HAM, api_key: key });
    assert.equal(r.text, 'Thanks for making the web a better place.');
    r = await form('/1.1/submit-spam', { ...HAM });
    assert.equal(r.text, 'Missing required field: api_key.');
    r = await form('/1.1/submit-ham', { ...HAM, api_key: 'c'.repeat(32) });
    assert.equal(r.text, 'invalid');
  });
});

describe('npm clients, unchanged', () => {
  test('akismet-api (host and protocol options)', async () => {
    const client = new AkismetClient({ key, blog: BLOG, host: `${DOMAIN}:${srv.port}`, protocol: 'http' });
    assert.equal(await client.verifyKey(), true);
    const bad = new AkismetClient({ key: 'd'.repeat(32), blog: BLOG, host: `${DOMAIN}:${srv.port}`, protocol: 'http' });
    assert.equal(await bad.verifyKey(), false);
    const base = { ip: '192.0.2.33', useragent: 'Mozilla/5.0', referrer: 'https://journal.example/a', permalink: 'https://journal.example/a', type: 'comment' };
    assert.equal(await client.checkSpam({ ...base, name: 'viagra-test-123', content: 'Hello' }), true);
    assert.equal(await client.checkSpam({ ...base, name: 'Marie', email: 'marie@example.org', content: 'Merci pour cet article très clair sur le budget de la ville.' }), false);
    assert.equal(await client.checkSpam({ ...base, name: 'Test', content: 'Bonjour', isTest: true }), false);
    await client.submitSpam({ ...base, name: 'Spammer', content: 'cheap pills http://pills.example' });
    await client.submitHam({ ...base, name: 'Marie', content: 'Un avis nuancé.' });
    await assert.rejects(bad.checkSpam({ ...base, content: 'x' }), /Invalid API key/);
  });

  test('akismet (host and port options)', async () => {
    const client = akismetJs.client({ blog: BLOG, apiKey: key, host: DOMAIN, port: srv.port });
    const call = (fn, ...args) => new Promise((resolve, reject) => fn.call(client, ...args, (err, v) => (err ? reject(err) : resolve(v))));
    assert.equal(await call(client.verifyKey), true);
    const opts = { user_ip: '192.0.2.34', user_agent: 'Mozilla/5.0', referrer: 'https://journal.example/', permalink: 'https://journal.example/b', comment_type: 'comment' };
    assert.equal(await call(client.checkComment, { ...opts, comment_author: 'viagra-test-123', comment_content: 'Hi' }), true);
    assert.equal(await call(client.checkComment, { ...opts, comment_author: 'Marie', comment_content: 'Merci pour cet article très clair sur le budget de la ville.' }), false);
    await call(client.submitSpam, { ...opts, comment_author: 'Spammer', comment_content: 'cheap pills http://pills.example' });
    await call(client.submitHam, { ...opts, comment_author: 'Marie', comment_content: 'Un avis nuancé.' });
    const bad = akismetJs.client({ blog: BLOG, apiKey: 'e'.repeat(32), host: DOMAIN, port: srv.port });
    assert.equal(await new Promise((resolve) => bad.verifyKey((err, ok) => resolve(err ? err.message : ok))), false);
  });
});
