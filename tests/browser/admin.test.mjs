// The editors' console at /admin and the way back to the reader (issue 4,
// items 7 and 9): an editor logs in, adds a term to the policy, a reader's
// comment containing it is held, the editor sees why and approves it, and the
// comment appears for readers — live for its author, on load for another.
// Then bulk decisions, the audit log and the statistics charts.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startDemo, openPage, gotoWidget, screenshot, widget, postTop, wait } from './lib.mjs';
import { spawn } from 'node:child_process';
import { BIN } from '../api/helpers.mjs';

const USER = 'redaction';
const PASSWORD = 'correct horse battery staple';
let srv;
let browser;
let adminReady = '';
before(async () => {
  srv = await startDemo('admin');
  browser = await launch();
  adminReady = await ensureEditor();
});
after(async () => {
  if (browser) await browser.close();
  if (srv) await srv.stop();
});

/** Makes sure USER can log in ("causerie admin add", password on stdin);
 * returns '' when ready, else why not. */
async function ensureEditor() {
  const login = () => srv.post('/api/v1/admin/login', { user: USER, password: PASSWORD });
  let r = await login();
  if (r.status === 404 || r.status === 405) return `the server has no admin API yet (login answered ${r.status})`;
  if (r.status === 200) return '';
  const env = { ...process.env, CAUSERIE_STORE_URL: srv.store.url };
  for (const k of Object.keys(env)) if (k.startsWith('CAUSERIE_') && k !== 'CAUSERIE_STORE_URL') delete env[k];
  const out = await new Promise((resolve) => {
    const p = spawn(BIN, ['admin', 'add', USER], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let text = '';
    p.stdout.on('data', (d) => { text += d; });
    p.stderr.on('data', (d) => { text += d; });
    p.on('error', (e) => resolve({ code: -1, text: e.message }));
    p.on('exit', (code) => resolve({ code, text }));
    p.stdin.end(`${PASSWORD}\n`);
  });
  r = await login();
  return r.status === 200 ? '' : `cannot create an editor account (login ${r.status}; admin add exit ${out.code}: ${out.text.slice(0, 200)})`;
}

async function editorPage() {
  const e = await openPage(browser, srv, { allowStatus: [401] });
  await e.page.goto(`${srv.base}/admin`);
  await e.page.getByLabel('Identifiant').fill(USER);
  await e.page.getByLabel('Mot de passe').fill(PASSWORD);
  await e.page.getByRole('button', { name: 'Se connecter' }).click();
  await e.page.getByRole('heading', { name: 'File de modération' }).waitFor();
  return e;
}

describe('the editors\' console', () => {
  test('a wrong password is refused with a clear message', async (t) => {
    if (adminReady) { t.skip(adminReady); return; }
    const e = await openPage(browser, srv, { allowStatus: [401, 403] });
    await e.page.goto(`${srv.base}/admin`);
    assert.deepEqual(e.problems, []);
    await e.page.getByLabel('Identifiant').fill(USER);
    await e.page.getByLabel('Mot de passe').fill('not the password');
    await e.page.getByRole('button', { name: 'Se connecter' }).click();
    await e.page.locator('#login-msg').filter({ hasText: /\S/ }).waitFor();
    assert.equal(await e.page.locator('#login-msg').textContent(), 'Identifiant ou mot de passe incorrect.');
    assert.equal(await e.page.locator('#nav').isVisible(), false);
    await e.ctx.close();
  });

  test('an editor holds a term, approves the held comment, and readers see it', async (t) => {
    if (adminReady) { t.skip(adminReady); return; }
    const e = await editorPage();
    // the policy: hold any comment that says "tramway fantôme"
    await e.page.getByRole('link', { name: 'Charte' }).click();
    const custom = e.page.locator('fieldset[data-cat="custom"]');
    await custom.waitFor();
    await custom.locator('details.lex[data-lang="fr"] summary').click();
    await custom.getByLabel('Termes').first().fill('tramway fantôme');
    await custom.getByLabel('Action').selectOption('hold');
    await e.page.getByRole('button', { name: 'Enregistrer la charte' }).click();
    await e.page.locator('#policy-msg').filter({ hasText: /\S/ }).waitFor();
    assert.match(await e.page.locator('#policy-msg').textContent(), /^Charte enregistrée/);
    await screenshot(e.page, 'admin-policy', { fullPage: false });

    // a reader posts a comment with the term: held, shown to its author only
    const author = await openPage(browser, srv);
    await gotoWidget(author.page, srv);
    const msg = await postTop(author.page, { text: 'Encore un tramway fantôme promis avant les élections.', author: 'Sceptique' });
    assert.match(msg, /en attente de modération/);
    const mine = widget(author.page).item('tramway fantôme');
    assert.equal(await mine.locator('.cz-badge').textContent(), 'En attente de modération');
    const other = await openPage(browser, srv);
    await gotoWidget(other.page, srv);
    assert.equal(await other.page.getByText('tramway fantôme').count(), 0, 'not published for others');

    // the editor sees it in the queue, with the reason
    await e.page.getByRole('link', { name: 'Modération' }).click();
    const item = e.page.locator('.item', { hasText: 'tramway fantôme' });
    await item.waitFor();
    await item.locator('.explain .facts').waitFor();
    assert.match(await item.locator('.explain').textContent(), /custom/);
    assert.match(await item.locator('.explain').textContent(), /tramway fantôme/);
    await screenshot(e.page, 'admin-queue');
    await item.getByRole('button', { name: 'Approuver' }).click();
    await item.waitFor({ state: 'detached' });
    await e.page.waitForFunction(() => /approuvé/.test(document.querySelector('#toast').textContent));

    // its author sees it published without reloading; another reader on load
    await author.page.waitForFunction(() => ![...document.querySelectorAll('.cz-badge')].some((b) => b.closest('.cz-item').textContent.includes('tramway fantôme')), null, { timeout: 10000 });
    await other.page.reload();
    await other.page.waitForSelector('.causerie[data-causerie-ready]');
    assert.equal(await widget(other.page).item('tramway fantôme').count(), 1, 'published for every reader');
    assert.deepEqual(author.problems, []);
    assert.deepEqual(other.problems, []);
    assert.deepEqual(e.problems, []);
    await other.ctx.close();
    await author.ctx.close();
    await e.ctx.close();
  });

  test('bulk decisions, the audit log and the charts', async (t) => {
    if (adminReady) { t.skip(adminReady); return; }
    for (let i = 0; i < 3; i += 1) {
      const r = await srv.post('/api/v1/comments', { uri: '/', author: `Insistant ${i}`, text: `Le tramway fantôme, épisode ${i}.` });
      assert.equal(r.status, 201);
      assert.equal(r.body.status, 'pending');
    }
    const e = await editorPage();
    await e.page.locator('.item').first().waitFor();
    const n = await e.page.locator('.item').count();
    assert.ok(n >= 3);
    await e.page.getByLabel('Tout sélectionner').check();
    assert.equal(await e.page.locator('#selected-count').textContent(), `${n} sélectionnés`);
    await e.page.locator('[data-bulk="reject"]').click();
    await e.page.waitForFunction(() => document.querySelectorAll('.item').length === 0);
    await e.page.waitForFunction((k) => document.querySelector('#toast').textContent.includes(`${k} commentaires rejetés`), n);
    await e.page.getByRole('button', { name: 'Rejetés' }).click();
    await e.page.locator('.item').first().waitFor();
    assert.equal(await e.page.locator('.item').count(), n);
    await e.page.getByRole('link', { name: 'Journal' }).click();
    await e.page.locator('#audit-table tbody tr').first().waitFor();
    assert.ok(await e.page.locator('#audit-table tbody tr').count() >= n + 1);
    await screenshot(e.page, 'admin-audit', { fullPage: false });
    await e.page.getByRole('link', { name: 'Statistiques' }).click();
    await e.page.locator('#chart-days svg').waitFor();
    assert.equal(await e.page.locator('#chart-days svg > g').count(), 30, 'one column per day');
    assert.ok(await e.page.locator('#chart-days rect.bar.st-rejected').count() >= 1, 'today\'s rejected comments are drawn');
    assert.match(await e.page.locator('#chart-days .legend').textContent(), /rejeté/);
    assert.ok(await e.page.locator('#chart-categories rect.bar').count() >= 1);
    await wait(100);
    await screenshot(e.page, 'admin-stats', { fullPage: false });
    assert.deepEqual(e.problems, []);
    await e.ctx.close();
  });
});
