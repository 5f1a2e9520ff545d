/* admin.js — the editors' console at /admin.
 *
 * What it is for: editors log in, work through the moderation queue
 * (pending, reported, spam, rejected) with each comment's explanation
 * (category, matched terms, spam probability, reasons), decide one comment
 * or many at once, edit the editorial policy, read the audit log and see
 * simple statistics drawn as inline SVG charts.
 *
 * How it works: plain DOM over the admin routes of the HTTP API (same
 * origin).  Login answers a session cookie (HttpOnly, the browser keeps it)
 * and a CSRF token, kept in sessionStorage and sent back as X-CSRF-Token on
 * every POST/PUT.  Views are picked by the URL fragment (#queue, #policy,
 * #audit, #stats).  A 401 anywhere brings the login form back.
 *
 * What it must never do: insert server text as markup, except a comment's
 * sanitised `html`, made inert again in a <template> before it is shown;
 * load anything from another host. */
(() => {
  'use strict';
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => [...r.querySelectorAll(s)];
  const SVGNS = 'http://www.w3.org/2000/svg';
  const CSRF_KEY = 'causerie:csrf';
  const USER_KEY = 'causerie:user';
  const STATUSES = ['pending', 'reported', 'spam', 'rejected'];
  const ACTIONS = {
    approve: 'Approuver', reject: 'Rejeter', spam: 'Spam', ham: 'Pas un spam', delete: 'Supprimer',
  };
  const DONE = {
    approve: ['approuvé', 'approuvés'], reject: ['rejeté', 'rejetés'], spam: ['classé spam', 'classés spam'],
    ham: ['classé non-spam', 'classés non-spam'], delete: ['supprimé', 'supprimés'],
  };
  /* which decisions make sense for a comment in each queue */
  const PER_STATUS = {
    pending: ['approve', 'reject', 'spam', 'delete'],
    reported: ['approve', 'reject', 'spam', 'delete'],
    spam: ['ham', 'reject', 'delete'],
    rejected: ['approve', 'delete'],
  };
  const POLICY_ACTIONS = { publish: 'publier', hold: 'retenir', spam: 'spam', discard: 'écarter', reject: 'rejeter' };
  const LANGS = { fr: 'français', en: 'anglais', he: 'hébreu', ar: 'arabe' };
  /* decisions as the audit log shows them: automatic ones (publish, hold…)
   * and editors' ones (approve, reject…), all as what happened */
  const AUDIT_ACTIONS = {
    publish: 'publié', hold: 'retenu', spam: 'spam', discard: 'écarté', reject: 'rejeté',
    approve: 'approuvé', ham: 'non-spam', delete: 'supprimé', report: 'signalé', policy: 'charte modifiée',
    published: 'publié', pending: 'retenu', rejected: 'rejeté', deleted: 'supprimé',
  };
  const STATUS_FR = { published: 'publié', pending: 'en attente', spam: 'spam', rejected: 'rejeté', deleted: 'supprimé' };

  /* The details of an audit entry, in words. */
  function auditDetails(e, known) {
    const out = [];
    if (e.from || e.to) out.push(`${STATUS_FR[e.from] || e.from || '?'} → ${STATUS_FR[e.to] || e.to || '?'}`);
    if (typeof e.spam_prob === 'number') out.push(`spam ${Math.round(e.spam_prob * 100)} %`);
    if (Array.isArray(e.matched)) out.push(`termes : ${e.matched.join(', ')}`);
    if (e.reports != null) out.push(`${e.reports} signalement(s)`);
    if (e.version != null) out.push(`version ${e.version}`);
    if (e.trained) out.push(`appris comme ${e.trained}`);
    if (e.untrained) out.push(`désappris comme ${e.untrained}`);
    const done = new Set([...known, 'from', 'to', 'spam_prob', 'matched', 'reports', 'version', 'trained', 'untrained']);
    for (const [k, v] of Object.entries(e)) {
      if (!done.has(k) && v != null && v !== '') out.push(`${k} : ${typeof v === 'object' ? JSON.stringify(v) : v}`);
    }
    return out.join(' · ');
  }
  const dateFmt = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short' });
  const dayFmt = new Intl.DateTimeFormat('fr', { day: 'numeric', month: 'short', timeZone: 'UTC' });
  let csrf = sessionStorage.getItem(CSRF_KEY) || '';
  let status = 'pending';
  let policy = null;          /* the policy as last loaded */
  let policyTag = null;       /* its ETag, sent back as If-Match when saving */

  function h(tag, props, ...kids) {
    const el = document.createElement(tag);
    if (props) {
      for (const k in props) {
        const v = props[k];
        if (v == null || v === false) continue;
        if (k === 'class') el.className = v;
        else if (k === 'text') el.textContent = v;
        else if (k === 'value') el.value = v;
        else if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : v);
      }
    }
    for (const c of kids) if (c != null && c !== false) el.append(c);
    return el;
  }
  function s(tag, attrs, text) {
    const el = document.createElementNS(SVGNS, tag);
    for (const k in attrs) el.setAttribute(k, attrs[k]);
    if (text != null) el.textContent = text;
    return el;
  }

  function toast(msg, kind) {
    const t = $('#toast');
    t.textContent = '';
    t.className = `toast ${kind || ''}`;
    setTimeout(() => { t.textContent = msg; t.classList.add('on'); }, 30);
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => t.classList.remove('on'), 5000);
  }
  function say(el, msg, kind) {
    el.hidden = !msg;
    el.textContent = msg || '';
    el.className = `msg ${kind || ''}`;
  }

  /* ---- HTTP ----------------------------------------------------------------- */

  class ApiError extends Error {}
  /* extra: more request headers; meta, if given, receives the answer's ETag */
  async function api(method, path, body, extra, meta) {
    const headers = Object.assign({}, extra);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
    let res;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin', cache: 'no-store' });
    } catch (e) {
      throw Object.assign(new ApiError('Le serveur ne répond pas. Vérifiez la connexion.'), { network: true });
    }
    let data = null;
    const text = res.status === 204 ? '' : await res.text();
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!res.ok) {
      const e = (data && data.error) || {};
      if (res.status === 401 && path !== '/api/v1/admin/login') showLogin('Votre session a expiré : reconnectez-vous.');
      let msg = e.message || `Erreur ${res.status}`;
      if (res.status === 429) msg = `Trop de requêtes : réessayez dans ${res.headers.get('Retry-After') || 'quelques'} secondes.`;
      if (res.status === 403 && /csrf/i.test(`${e.code} ${e.message}`)) msg = 'Jeton de sécurité refusé : reconnectez-vous.';
      throw Object.assign(new ApiError(msg), { status: res.status, code: e.code, field: e.field || (data && data.field) });
    }
    if (meta) meta.etag = res.headers.get('ETag');
    return data;
  }

  /* ---- login / logout -------------------------------------------------------------- */

  function showLogin(msg) {
    csrf = '';
    sessionStorage.removeItem(CSRF_KEY);
    for (const v of $$('.view')) v.hidden = true;
    $('#nav').hidden = true;
    $('#who').hidden = true;
    $('#login').hidden = false;
    say($('#login-msg'), msg || '', 'error');
    $('#login-user').focus();
  }

  function showApp() {
    $('#login').hidden = true;
    $('#nav').hidden = false;
    $('#who').hidden = false;
    $('#user').textContent = sessionStorage.getItem(USER_KEY) || '';
    route();
  }

  $('#login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const user = $('#login-user').value.trim();
    const password = $('#login-password').value;
    if (!user || !password) { say($('#login-msg'), 'Indiquez votre identifiant et votre mot de passe.', 'error'); return; }
    const btn = e.submitter || $('#login-form button');
    btn.disabled = true;
    try {
      const r = await api('POST', '/api/v1/admin/login', { user, password });
      csrf = (r && (r.csrf_token || r.csrf || r.csrfToken)) || '';
      sessionStorage.setItem(CSRF_KEY, csrf);
      sessionStorage.setItem(USER_KEY, (r && (r.user || r.name)) || user);
      $('#login-password').value = '';
      say($('#login-msg'), '');
      showApp();
      $('#main').focus();
    } catch (err) {
      say($('#login-msg'), err.status === 401 || err.status === 403 ? 'Identifiant ou mot de passe incorrect.' : err.message, 'error');
    } finally {
      btn.disabled = false;
    }
  });

  $('#logout').addEventListener('click', async () => {
    try { await api('POST', '/api/v1/admin/logout', {}); } catch (e) { /* the session ends here anyway */ }
    sessionStorage.removeItem(USER_KEY);
    showLogin('Vous êtes déconnecté.');
  });

  /* ---- views ---------------------------------------------------------------------- */

  function route() {
    if (!csrf) { showLogin(); return; }
    const name = (location.hash.slice(1) || 'queue').split('?')[0];
    const view = ['queue', 'policy', 'audit', 'stats'].includes(name) ? name : 'queue';
    for (const v of $$('.view')) v.hidden = v.id !== `view-${view}`;
    for (const a of $$('#nav a')) {
      if (a.dataset.view === view) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
    ({ queue: loadQueue, policy: loadPolicy, audit: loadAudit, stats: loadStats })[view]();
  }
  window.addEventListener('hashchange', route);

  /* ---- queue ---------------------------------------------------------------------- */

  const list = $('#queue-list');

  for (const b of $$('#view-queue .filters .chip')) {
    b.addEventListener('click', () => {
      status = b.dataset.status;
      for (const o of $$('#view-queue .filters .chip')) o.setAttribute('aria-pressed', String(o === b));
      loadQueue();
    });
  }

  function itemsOf(data) {
    if (Array.isArray(data)) return data;
    return (data && (data.comments || data.items || data.queue)) || [];
  }

  /* The queue comes 50 at a time, newest first: `cursor` is where the next
   * page starts (null on the last), so an editor is never told a page is the
   * whole queue. */
  let queueCursor = null;
  async function loadQueue(more) {
    const state = $('#queue-state');
    const asked = status;
    if (!more) { state.textContent = 'Chargement…'; queueCursor = null; }
    list.setAttribute('aria-busy', 'true');
    let data;
    try {
      data = await api('GET', `/api/v1/admin/queue?status=${asked}${more && queueCursor ? `&before=${encodeURIComponent(queueCursor)}` : ''}`);
    } catch (err) {
      if (asked !== status) return;
      state.textContent = err.message;
      if (!more) list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      return;
    }
    if (asked !== status) return;   /* another filter was chosen meanwhile */
    /* a next page may repeat what is shown; a new filter replaces it all (a
     * reported comment is also pending: it is in both lists) */
    const items = itemsOf(data).filter((c) => !more || !list.querySelector(`.item[data-id="${c.id}"]`));
    const lis = items.map(queueItem);
    if (more) list.append(...lis); else list.replaceChildren(...lis);
    queueCursor = (data && data.cursor) || null;
    list.setAttribute('aria-busy', 'false');
    updateQueueState();
    updateSelection();
    if (more && lis.length) lis[0].querySelector('.pick').focus();
    explainAll(items);
  }

  function updateQueueState() {
    const n = $$('.item', list).length;
    const label = { pending: ['en attente', 'en attente'], reported: ['signalé', 'signalés'], spam: ['classé spam', 'classés spam'], rejected: ['rejeté', 'rejetés'] }[status];
    const state = $('#queue-state');
    state.textContent = n ? `${n} commentaire${n > 1 ? 's' : ''} ${label[n > 1 ? 1 : 0]}${queueCursor ? ' affichés, les plus récents ; la file en compte d’autres.' : '.'}` : 'Rien à modérer ici.';
    if (queueCursor) state.append(' ', h('button', { type: 'button', class: 'btn small', text: 'Afficher les suivants', onclick: () => loadQueue(true) }));
  }

  function safeHtml(html) {
    const tpl = document.createElement('template');
    tpl.innerHTML = html || '';
    for (const n of tpl.content.querySelectorAll('*')) {
      if (/^(script|style|iframe|object|embed|link|meta|base|form|img|video|audio|svg|math|template)$/.test(n.localName)) { n.replaceWith(n.textContent); continue; }
      for (const a of [...n.attributes]) {
        if (/^on|^style$|^src/i.test(a.name) || (a.name === 'href' && /^\s*(javascript|data|vbscript):/i.test(a.value))) n.removeAttribute(a.name);
      }
      if (n.localName === 'a') { n.setAttribute('rel', 'nofollow ugc noopener noreferrer'); n.setAttribute('target', '_blank'); }
    }
    return tpl.content;
  }

  function when(iso) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? '' : h('time', { datetime: iso, text: dateFmt.format(t) });
  }

  function queueItem(c) {
    const id = c.id;
    const st = c.status || status;
    const check = h('input', { type: 'checkbox', class: 'pick', 'aria-label': `Sélectionner le commentaire n° ${id} de ${c.author || 'anonyme'}`, onchange: updateSelection });
    const uri = c.uri || (c.thread && c.thread.uri) || '';
    const title = c.title || (c.thread && c.thread.title) || '';
    const head = h('div', { class: 'item-head' }, check,
      h('div', { class: 'by' },
        h('strong', { class: 'author' }, h('bdi', { text: c.author || '—' })),
        c.email ? h('span', { class: 'muted' }, ' · ', h('bdi', { text: c.email })) : null,
        c.website && /^https?:/i.test(c.website) ? h('span', null, ' · ', h('a', { href: c.website, rel: 'nofollow noopener noreferrer', target: '_blank', text: c.website })) : null),
      h('div', { class: 'where muted' },
        h('span', { text: `n° ${id}` }), ' · ',
        title ? h('bdi', { text: title }) : null, title ? ' · ' : null,
        h('code', { dir: 'ltr', text: uri }), c.site ? h('span', { text: ` (${c.site})` }) : null, ' · ', when(c.created)),
      h('div', { class: 'badges' },
        h('span', { class: `badge st-${st}`, text: { pending: 'en attente', published: 'publié', spam: 'spam', rejected: 'rejeté', deleted: 'supprimé' }[st] || st }),
        c.reports ? h('span', { class: 'badge st-reported', text: `${c.reports} signalement${c.reports > 1 ? 's' : ''}` }) : null,
        c.parent ? h('span', { class: 'badge', text: `réponse à n° ${c.parent}` }) : null,
        c.anchor && c.anchor.paragraph != null ? h('span', { class: 'badge', text: `paragraphe ${c.anchor.paragraph}` }) : null));
    const body = h('div', { class: 'item-body', dir: 'auto' });
    if (c.html) body.append(safeHtml(c.html));
    else body.append(h('p', { class: 'plain', text: c.text || '' }));
    /* not a live region: the explanations of a whole page arrive at once */
    const explain = h('div', { class: 'explain' }, h('p', { class: 'muted', text: 'Explication en cours de chargement…' }));
    const actions = h('div', { class: 'item-actions', role: 'group', 'aria-label': `Décider du commentaire n° ${id}` });
    for (const a of PER_STATUS[status] || Object.keys(ACTIONS)) {
      actions.append(h('button', { type: 'button', class: `btn ${a === 'approve' || a === 'ham' ? 'ok' : a === 'delete' ? 'danger' : ''}`, text: ACTIONS[a], onclick: () => decide([id], a) }));
    }
    const li = h('li', { class: 'item card', 'data-id': String(id), 'aria-labelledby': `item-${id}-label` },
      h('span', { class: 'sr', id: `item-${id}-label`, text: `Commentaire n° ${id} de ${c.author || 'anonyme'}` }),
      head, body, explain, actions);
    li.__comment = c;
    li.__explain = explain;
    if (c.decision || c.moderation) explainInto(explain, c.decision || c.moderation, c);
    return li;
  }

  /* Fetches the explanations of the listed comments, four at a time. */
  async function explainAll(items) {
    const todo = items.filter((c) => !(c.decision || c.moderation));
    const work = async () => {
      while (todo.length) {
        const c = todo.shift();
        const li = list.querySelector(`.item[data-id="${c.id}"]`);
        if (!li) continue;
        try {
          const d = await api('GET', `/api/v1/admin/comments/${c.id}`);
          const dec = (d && (d.decision || d.moderation || (d.comment && (d.comment.decision || d.comment.moderation)))) || null;
          explainInto(li.__explain, dec, (d && d.comment) || c);
        } catch (err) {
          li.__explain.replaceChildren(h('p', { class: 'muted', text: `Explication indisponible : ${err.message}` }));
        }
      }
    };
    await Promise.all([work(), work(), work(), work()]);
  }

  function explainInto(box, d, c) {
    box.replaceChildren();
    if (!d) { box.append(h('p', { class: 'muted', text: 'Aucune décision automatique enregistrée.' })); return; }
    if (typeof d === 'string') { try { d = JSON.parse(d); } catch (e) { box.append(h('p', { text: d })); return; } }
    const prob = d.spam_prob ?? d.spam_probability ?? (d.scores && (d.scores.spam ?? d.scores.spam_prob));
    const dl = h('dl', { class: 'facts' });
    const fact = (k, v) => { if (v != null && v !== '') dl.append(h('div', null, h('dt', { text: k }), h('dd', null, v))); };
    fact('Catégorie', d.category ? h('span', { class: 'badge cat', text: d.category }) : 'aucune');
    fact('Action automatique', d.action ? (POLICY_ACTIONS[d.action] || d.action) : null);
    if (typeof prob === 'number') {
      const pct = Math.round(prob * 1000) / 10;
      const fill = h('span', { class: `fill ${prob >= 0.9 ? 'high' : prob >= 0.5 ? 'mid' : 'low'}` });
      fill.style.width = `${Math.max(2, pct)}%`;
      fact('Probabilité de spam', h('span', { class: 'prob' },
        h('span', { class: 'bar', role: 'img', 'aria-label': `${pct} %` }, fill),
        ` ${pct.toLocaleString('fr')} %${d.blatant || d.spam_blatant ? ' (évident)' : ''}`));
    }
    if (c && c.reports) fact('Signalements', String(c.reports));
    box.append(dl);
    const matches = d.matches || d.matched_terms || d.terms || [];
    if (matches.length) {
      box.append(h('p', { class: 'sub', text: 'Termes relevés' }),
        h('ul', { class: 'terms' }, ...matches.map((m) => (typeof m === 'string'
          ? h('li', null, h('mark', null, h('bdi', { text: m })))
          : h('li', { class: m.neutralized ? 'neutral' : '' },
            h('mark', null, h('bdi', { text: m.found || m.term || m.pattern || '?' })),
            m.category ? h('span', { class: 'muted', text: ` ${m.category}` }) : null,
            m.pattern && m.pattern !== m.found ? h('span', { class: 'muted' }, ' ← ', h('code', { text: m.pattern })) : null,
            m.neutralized ? h('span', { class: 'muted', text: ' (neutralisé par le contexte)' }) : null)))));
    }
    const reasons = d.reasons || [];
    if (reasons.length) box.append(h('p', { class: 'sub', text: 'Raisons' }), h('ul', { class: 'reasons' }, ...reasons.map((r) => h('li', { text: String(r) }))));
    const tokens = (d.tokens || []).slice(0, 8);
    if (tokens.length) {
      box.append(h('p', { class: 'sub', text: 'Indices du filtre antispam' }),
        h('ul', { class: 'terms tokens' }, ...tokens.map((t) => h('li', null, h('code', { text: t.token }), h('span', { class: 'muted', text: ` ${Math.round(t.prob * 100)} %` })))));
    }
  }

  function picked() { return $$('.item .pick:checked', list).map((c) => +c.closest('.item').dataset.id); }

  function updateSelection() {
    const n = picked().length;
    const all = $$('.item .pick', list).length;
    $('#selected-count').textContent = `${n} sélectionné${n > 1 ? 's' : ''}`;
    $('#select-all').checked = n > 0 && n === all;
    $('#select-all').indeterminate = n > 0 && n < all;
    for (const b of $$('[data-bulk]')) b.disabled = n === 0;
  }
  $('#select-all').addEventListener('change', (e) => {
    for (const c of $$('.item .pick', list)) c.checked = e.target.checked;
    updateSelection();
  });
  for (const b of $$('[data-bulk]')) b.addEventListener('click', () => decide(picked(), b.dataset.bulk));

  /* Applies one decision to each id in turn; decided items leave the list. */
  async function decide(ids, action) {
    if (!ids.length) return;
    if (action === 'delete' && ids.length > 1 && !window.confirm(`Supprimer définitivement ${ids.length} commentaires ?`)) return;
    const buttons = $$('button', $('#view-queue'));
    for (const b of buttons) b.disabled = true;
    let ok = 0;
    const failed = [];
    let next = null;
    for (const id of ids) {
      const li = list.querySelector(`.item[data-id="${id}"]`);
      try {
        await api('POST', `/api/v1/admin/comments/${id}/${action}`, {});
        ok += 1;
        if (li) {
          next = li.nextElementSibling || li.previousElementSibling;
          while (next && ids.includes(+next.dataset.id)) next = next.nextElementSibling;
          li.remove();
        }
      } catch (err) {
        failed.push(`n° ${id} : ${err.message}`);
        if (err.status === 401) break;
      }
    }
    for (const b of buttons) b.disabled = false;
    updateSelection();
    updateQueueState();
    /* every comment shown was decided: the next ones */
    if (!$$('.item', list).length && queueCursor) loadQueue();
    const done = `${ok} commentaire${ok > 1 ? 's' : ''} ${DONE[action][ok > 1 ? 1 : 0]}`;
    if (failed.length) toast(`${done} ; échec pour ${failed.join(' ; ')}`, 'error');
    else toast(ids.length === 1 ? `Commentaire n° ${ids[0]} ${DONE[action][0]}.` : `${done}.`, 'ok');
    const focus = next && next.isConnected ? next.querySelector('.pick') : $('#queue-title');
    if (focus) { if (!focus.hasAttribute('tabindex') && focus.tagName === 'H1') focus.setAttribute('tabindex', '-1'); focus.focus(); }
  }

  /* ---- policy ------------------------------------------------------------------------ */

  const lines = (v) => v.split('\n').map((x) => x.trim()).filter(Boolean);
  let jsonMode = false;

  /* A save refused for the session (expired, or the CSRF token of an older
   * login) keeps the editor's form through the login that follows. */
  let policyKept = false;
  async function loadPolicy(e) {
    const msg = $('#policy-msg');
    if (policyKept && !e) {
      policyKept = false;
      say(msg, 'Vos changements sont encore affichés : enregistrez la charte de nouveau.', 'info');
      return;
    }
    policyKept = false;
    say(msg, '');
    const meta = {};
    try {
      policy = await api('GET', '/api/v1/admin/policy', undefined, null, meta);
      policyTag = meta.etag;
    } catch (err) {
      say(msg, err.message, 'error');
      return;
    }
    renderPolicy(policy);
  }
  $('#policy-reload').addEventListener('click', loadPolicy);

  function area(id, label, list_, rows, dir) {
    return h('div', { class: 'field' }, h('label', { for: id, text: label }),
      h('textarea', { id, rows: String(rows || 4), spellcheck: 'false', dir: dir || null, value: (list_ || []).join('\n') }));
  }

  function renderPolicy(p) {
    const box = $('#policy-fields');
    $('#policy-json').value = JSON.stringify(p, null, 2);
    if (!p || typeof p !== 'object' || !p.categories || typeof p.categories !== 'object') {
      setMode(true);
      box.replaceChildren(h('p', { class: 'muted', text: 'Cette charte ne suit pas le format attendu : modifiez-la en JSON.' }));
      return;
    }
    const cats = Array.isArray(p.categories) ? p.categories.map((c) => [c.name, c]) : Object.entries(p.categories);
    const frag = [];
    for (const [name, c] of cats) frag.push(categoryFields(name, c));
    const add = h('div', { class: 'add-cat' },
      h('label', { for: 'new-cat', text: 'Nouvelle catégorie' }),
      h('input', { id: 'new-cat', placeholder: 'ex. : publicite', pattern: '[a-z_]{1,32}' }),
      h('button', { type: 'button', class: 'btn', text: 'Ajouter', onclick: () => {
        const input = $('#new-cat');
        const name = input.value.trim();
        if (!/^[a-z_]{1,32}$/.test(name)) { toast('Nom de catégorie : lettres minuscules et _ seulement (32 au plus).', 'error'); input.focus(); return; }
        if ($(`fieldset[data-cat="${name}"]`)) { toast('Cette catégorie existe déjà.', 'error'); return; }
        const fs = categoryFields(name, { action: 'hold', lexicon: { fr: { terms: [] } } });
        fs.classList.add('open');
        input.closest('.add-cat').before(fs);
        input.value = '';
        fs.querySelector('select').focus();
      } }));
    const sets = p.sets && typeof p.sets === 'object' ? Object.entries(p.sets) : [];
    const setsBox = h('details', { class: 'card sets' }, h('summary', null, h('strong', { text: 'Ensembles de mots' }), h('span', { class: 'muted', text: ` (${sets.length}) — utilisés dans les expressions sous la forme @nom` })),
      ...sets.map(([k, v]) => area(`set-${k}`, `@${k}`, v, 3)));
    box.replaceChildren(...frag, add, setsBox);
  }

  function categoryFields(name, c) {
    const id = `cat-${name}`;
    /* a category's action is reject, hold or publish (spam and discard are the filter's own) */
    const action = h('select', { id: `${id}-action` }, ...Object.entries(POLICY_ACTIONS).filter(([k]) => ['publish', 'hold', 'reject'].includes(k)).map(([k, v]) => h('option', { value: k, text: v })));
    action.value = c.action || 'hold';
    const messages = c.message && typeof c.message === 'object' ? c.message : { fr: typeof c.message === 'string' ? c.message : '' };
    const lex = c.lexicon && typeof c.lexicon === 'object' ? c.lexicon : {};
    const fs = h('fieldset', { class: 'card category', 'data-cat': name },
      h('legend', null, h('span', { class: 'badge cat', text: name })),
      h('div', { class: 'grid2' },
        h('div', { class: 'field' }, h('label', { for: action.id, text: 'Action' }), action),
        h('div', { class: 'field' }, h('label', { for: `${id}-desc`, text: 'Description' }), h('input', { id: `${id}-desc`, value: c.description || '' }))),
      h('details', null, h('summary', { text: 'Message au lecteur (quand le commentaire est rejeté)' }),
        h('div', { class: 'grid2' }, ...Object.keys(LANGS).map((l) => h('div', { class: 'field' },
          h('label', { for: `${id}-msg-${l}`, text: LANGS[l] }),
          h('input', { id: `${id}-msg-${l}`, 'data-lang': l, class: 'msg-input', dir: l === 'he' || l === 'ar' ? 'rtl' : 'ltr', lang: l, value: messages[l] || '' }))))),
      ...Object.keys(Object.assign({}, LANGS, lex)).map((l) => {
        const x = lex[l] || {};
        const n = ['terms', 'contextual', 'exceptions'].reduce((a, k) => a + (x[k] ? x[k].length : 0), 0);
        const dir = l === 'he' || l === 'ar' ? 'rtl' : null;
        return h('details', { class: 'lex', 'data-lang': l }, h('summary', { text: `Lexique ${LANGS[l] || l} (${n} entrée${n > 1 ? 's' : ''})` }),
          h('div', { class: 'grid3' },
            area(`${id}-${l}-terms`, 'Termes', x.terms, 6, dir),
            area(`${id}-${l}-contextual`, 'Expressions', x.contextual, 6, dir),
            area(`${id}-${l}-exceptions`, 'Exceptions', x.exceptions, 6, dir)));
      }),
      h('button', { type: 'button', class: 'btn ghost danger small', text: `Retirer la catégorie ${name}`, onclick: (e) => {
        if (window.confirm(`Retirer la catégorie « ${name} » de la charte ?`)) e.target.closest('fieldset').remove();
      } }));
    return fs;
  }

  /* The form, read back into a copy of the loaded policy (unknown keys kept). */
  function collectPolicy() {
    const p = JSON.parse(JSON.stringify(policy || {}));
    const wasArray = Array.isArray(p.categories);
    const out = {};
    for (const fs of $$('#policy-fields fieldset.category')) {
      const name = fs.dataset.cat;
      const old = (wasArray ? (p.categories.find((c) => c.name === name) || {}) : (p.categories && p.categories[name])) || {};
      const c = Object.assign({}, old);
      c.action = fs.querySelector(`[id="cat-${name}-action"]`).value;
      const desc = fs.querySelector(`[id="cat-${name}-desc"]`).value.trim();
      if (desc) c.description = desc; else delete c.description;
      const msg = {};
      for (const i of $$('.msg-input', fs)) if (i.value.trim()) msg[i.dataset.lang] = i.value.trim();
      if (Object.keys(msg).length) c.message = msg; else delete c.message;
      const lex = {};
      for (const d of $$('details.lex', fs)) {
        const l = d.dataset.lang;
        const x = Object.assign({}, (old.lexicon && old.lexicon[l]) || {});
        for (const k of ['terms', 'contextual', 'exceptions']) {
          const v = lines(fs.querySelector(`[id="cat-${name}-${l}-${k}"]`).value);
          if (v.length) x[k] = v; else delete x[k];
        }
        if (Object.keys(x).length) lex[l] = x;
      }
      c.lexicon = lex;
      out[name] = c;
    }
    p.categories = wasArray ? Object.entries(out).map(([name, c]) => Object.assign({ name }, c)) : out;
    if (p.sets) for (const k of Object.keys(p.sets)) { const t = $(`[id="set-${k}"]`); if (t) p.sets[k] = lines(t.value); }
    return p;
  }

  function setMode(json) {
    if (json === jsonMode) return true;
    if (json) {
      if ($('#policy-fields fieldset')) $('#policy-json').value = JSON.stringify(collectPolicy(), null, 2);
    } else {
      try { policy = JSON.parse($('#policy-json').value); } catch (e) { say($('#policy-msg'), `JSON invalide : ${e.message}`, 'error'); return false; }
      renderPolicy(policy);
    }
    jsonMode = json;
    $('#policy-fields').hidden = json;
    $('#policy-json-wrap').hidden = !json;
    $('#policy-mode-form').setAttribute('aria-pressed', String(!json));
    $('#policy-mode-json').setAttribute('aria-pressed', String(json));
    return true;
  }
  $('#policy-mode-form').addEventListener('click', () => setMode(false));
  $('#policy-mode-json').addEventListener('click', () => setMode(true));

  $('#policy-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const msg = $('#policy-msg');
    let body;
    if (jsonMode) {
      try { body = JSON.parse($('#policy-json').value); } catch (err) { say(msg, `JSON invalide : ${err.message}`, 'error'); $('#policy-json').focus(); return; }
    } else {
      body = collectPolicy();
    }
    const btn = e.submitter || $('#policy-form button[type=submit]');
    btn.disabled = true;
    /* If-Match: saved only if no one saved since this version was read
     * (else 412 policy_changed, and the editor's form stays as it is) */
    const meta = {};
    try {
      const r = await api('PUT', '/api/v1/admin/policy', body, policyTag ? { 'If-Match': policyTag } : null, meta);
      policy = r && r.categories ? r : body;
      policyTag = meta.etag;
      if (!jsonMode) renderPolicy(policy); else $('#policy-json').value = JSON.stringify(policy, null, 2);
      say(msg, 'Charte enregistrée : elle s’applique dès maintenant aux nouveaux commentaires.', 'ok');
    } catch (err) {
      if (err.status === 412) {
        say(msg, 'La charte n’a pas été enregistrée : quelqu’un d’autre l’a modifiée depuis que vous l’avez ouverte. '
          + 'Vos changements sont encore affichés ; notez-les, puis cliquez sur « Recharger » pour lire la version actuelle et les refaire.', 'error');
        $('#policy-reload').focus();
      } else {
        /* without a valid session and token the server takes no body over
         * server.body_limit (413): a request that changes nothing says which */
        let why = err;
        if (err.status === 413) {
          try { await api('PUT', '/api/v1/admin/policy', {}, { 'If-Match': 'probe' }); } catch (e2) { if (e2.status !== 412) why = e2; }
        }
        policyKept = why.status === 401 || why.status === 403;
        if (why.status !== 401) say(msg, `La charte n’a pas été enregistrée : ${why.message}`, 'error');
      }
    } finally {
      btn.disabled = false;
    }
  });

  /* ---- audit log ------------------------------------------------------------------ */

  function entriesOf(data) {
    if (Array.isArray(data)) return data;
    return (data && (data.entries || data.audit || data.items || data.decisions)) || [];
  }
  const pick = (o, ...keys) => { for (const k of keys) if (o[k] != null && o[k] !== '') return o[k]; return null; };

  async function loadAudit(cursor) {
    const state = $('#audit-state');
    const tbody = $('#audit-table tbody');
    state.textContent = 'Chargement…';
    let data;
    try {
      data = await api('GET', `/api/v1/admin/audit${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`);
    } catch (err) {
      state.textContent = err.message;
      return;
    }
    const rows = entriesOf(data).map((e) => {
      const time = pick(e, 'time', 'created', 'at', 'date');
      const comment = pick(e, 'comment_id', 'comment');
      const action = pick(e, 'action', 'decision', 'event');
      const cat = pick(e, 'category');
      const actor = pick(e, 'actor', 'editor', 'user', 'by') || 'moderation';
      const known = new Set(['time', 'created', 'at', 'date', 'comment_id', 'comment', 'action', 'decision', 'event', 'category', 'actor', 'editor', 'user', 'by', 'id']);
      const rest = auditDetails(e, known);
      return h('tr', null,
        h('td', null, time ? when(time) : ''),
        h('td', { text: comment != null ? `n° ${typeof comment === 'object' ? comment.id : comment}` : '' }),
        h('td', null, action ? h('span', { class: `badge act-${action}`, text: AUDIT_ACTIONS[action] || action }) : ''),
        h('td', null, cat ? h('span', { class: 'badge cat', text: cat }) : ''),
        h('td', null, h('bdi', { text: String(actor) })),
        h('td', { class: 'details', dir: 'auto', text: rest }));
    });
    if (cursor) tbody.append(...rows); else tbody.replaceChildren(...rows);
    const next = data && (data.cursor || data.next);
    state.replaceChildren(`${tbody.children.length} décision${tbody.children.length > 1 ? 's' : ''} affichée${tbody.children.length > 1 ? 's' : ''}.`);
    if (next) state.append(' ', h('button', { type: 'button', class: 'btn small', text: 'Plus anciennes', onclick: () => loadAudit(next) }));
  }

  /* ---- statistics --------------------------------------------------------------------- */

  async function loadStats() {
    const state = $('#stats-state');
    state.textContent = 'Chargement…';
    let days = null;
    let cats = null;
    let source = '';
    try {
      const st = await api('GET', '/api/v1/admin/stats');
      days = normDays(st && (st.comments_per_day || st.per_day || st.days));
      cats = normCats(st && (st.decisions_by_category || st.by_category || st.categories));
    } catch (err) {
      if (err.status !== 404 && err.status !== 405) { state.textContent = err.message; return; }
    }
    if (!days || !cats) {
      /* no statistics route: count the audit log instead */
      try {
        const entries = entriesOf(await api('GET', '/api/v1/admin/audit?limit=1000'));
        const perDay = {};
        const perCat = {};
        for (const e of entries) {
          const t = Date.parse(pick(e, 'time', 'created', 'at', 'date'));
          if (!Number.isNaN(t)) { const d = new Date(t).toISOString().slice(0, 10); perDay[d] = (perDay[d] || 0) + 1; }
          const c = pick(e, 'category') || 'aucune';
          perCat[c] = (perCat[c] || 0) + 1;
        }
        days = days || Object.entries(perDay).map(([day, count]) => ({ day, count, parts: {} }));
        cats = cats || Object.entries(perCat).map(([category, count]) => ({ category, count }));
        source = ' (calculées à partir du journal des décisions)';
      } catch (err) {
        state.textContent = err.message;
        return;
      }
    }
    state.textContent = `Statistiques du site${source}.`;
    drawDays($('#chart-days .chart-body'), days);
    drawCats($('#chart-categories .chart-body'), cats);
  }

  function normDays(v) {
    if (!v) return null;
    const arr = Array.isArray(v) ? v : Object.entries(v).map(([day, count]) => ({ day, count }));
    return arr.map((d) => {
      const parts = {};
      for (const k of STACK) if (typeof d[k] === 'number') parts[k] = d[k];
      let n = d.count ?? d.total ?? d.comments;
      if (n == null) n = Object.values(parts).reduce((a, b) => a + b, 0);
      return { day: String(d.day || d.date).slice(0, 10), count: +n || 0, parts };
    });
  }
  function normCats(v) {
    if (!v) return null;
    const arr = Array.isArray(v) ? v : Object.entries(v).map(([category, count]) => ({ category, count }));
    return arr.map((c) => ({ category: c.category || c.name || 'aucune', count: +(c.count ?? c.total ?? 0) || 0 }));
  }

  /* The last 30 days as vertical bars, stacked by status when the server
   * says how many of each; a data table for screen readers. */
  const STACK = ['published', 'pending', 'spam', 'rejected', 'deleted'];
  function drawDays(box, days) {
    const map = new Map(days.map((d) => [d.day, d]));
    const today = new Date();
    const series = [];
    for (let i = 29; i >= 0; i--) {
      const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - i));
      const key = d.toISOString().slice(0, 10);
      const x = map.get(key);
      series.push({ key, label: dayFmt.format(d), n: x ? x.count : 0, parts: x ? x.parts : {} });
    }
    const max = Math.max(1, ...series.map((x) => x.n));
    const W = 560;
    const H = 230;
    const L = 34;
    const B = 26;
    const bw = (W - L - 4) / series.length;
    const total = series.reduce((a, x) => a + x.n, 0);
    const g = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', role: 'img', 'aria-label': `${total} commentaires en 30 jours, au plus ${max} par jour` });
    const step = max <= 5 ? 1 : Math.ceil(max / 4);
    const y = (v) => H - B - (v / max) * (H - B - 10);
    for (let v = 0; v <= max; v += step) {
      g.append(s('line', { x1: L, x2: W, y1: y(v), y2: y(v), class: 'grid' }), s('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' }, String(v)));
    }
    const used = new Set();
    series.forEach((x, i) => {
      const tip = `${x.label} : ${x.n} commentaire${x.n > 1 ? 's' : ''}${STACK.filter((k) => x.parts[k]).map((k) => `, ${x.parts[k]} ${STATUS_FR[k]}`).join('')}`;
      const col = s('g', null);
      col.append(s('title', null, tip));
      let base = 0;
      const parts = STACK.some((k) => x.parts[k]) ? STACK.filter((k) => x.parts[k]).map((k) => [k, x.parts[k]]) : [['all', x.n]];
      for (const [k, n] of parts) {
        if (!n) continue;
        used.add(k);
        col.append(s('rect', { x: L + i * bw + 1.5, y: y(base + n), width: Math.max(1, bw - 3), height: y(base) - y(base + n), class: `bar st-${k}` }));
        base += n;
      }
      g.append(col);
      const last = i === series.length - 1;
      if (i % 7 === 1 || last) g.append(s('text', { x: last ? W - 1 : L + i * bw + bw / 2, y: H - 6, 'text-anchor': last ? 'end' : 'middle', class: 'tick' }, x.label));
    });
    const legend = h('ul', { class: 'legend' }, ...STACK.filter((k) => used.has(k)).map((k) => h('li', null, h('span', { class: `swatch st-${k}` }), STATUS_FR[k])));
    box.replaceChildren(g, legend, dataTable(['Jour', 'Commentaires'], series.filter((x) => x.n).map((x) => [x.label, x.n])));
  }

  /* Decisions by category as horizontal bars. */
  function drawCats(box, cats) {
    const rows = cats.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
    if (!rows.length) { box.replaceChildren(h('p', { class: 'muted', text: 'Aucune décision pour l’instant.' })); return; }
    const max = Math.max(...rows.map((c) => c.count));
    const W = 560;
    const row = 32;
    const L = 130;
    const H = rows.length * row + 10;
    const g = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart-svg', role: 'img', 'aria-label': rows.map((c) => `${c.category} : ${c.count}`).join(', ') });
    rows.forEach((c, i) => {
      const y = 5 + i * row;
      const w = ((W - L - 60) * c.count) / max;
      g.append(s('text', { x: L - 10, y: y + row / 2 + 4, 'text-anchor': 'end', class: 'label' }, c.category));
      const r = s('rect', { x: L, y: y + 5, width: Math.max(2, w), height: row - 10, rx: 3, class: `bar cat-${c.category.replace(/[^a-z_]/g, '')}` });
      r.append(s('title', null, `${c.category} : ${c.count}`));
      g.append(r, s('text', { x: L + w + 8, y: y + row / 2 + 4, class: 'value' }, String(c.count)));
    });
    box.replaceChildren(g, dataTable(['Catégorie', 'Décisions'], rows.map((c) => [c.category, c.count])));
  }

  function dataTable(headers, rows) {
    return h('table', { class: 'sr' }, h('thead', null, h('tr', null, ...headers.map((x) => h('th', { scope: 'col', text: x })))),
      h('tbody', null, ...rows.map((r) => h('tr', null, ...r.map((x) => h('td', { text: String(x) }))))));
  }

  /* ---- start --------------------------------------------------------------------------- */

  if (csrf) showApp(); else showLogin();
})();
