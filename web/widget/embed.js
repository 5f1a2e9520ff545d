/* embed.js — the Causerie comment widget (docs/widget.md).
 * For: a page's comment section from one <script> and one element (id
 * "causerie" or data-causerie): threads, sort, votes, guest form with
 * preview, subscriptions, own edits, reports, inline comments on paragraphs
 * marked data-causerie-paragraph, live updates (SSE).
 * How: the server is where this script came from; embed.css, the strings
 * (i18n/<lang>.js) and the first page load together, the Markdown preview
 * (md.js) at its first use; plain DOM in the page (no iframe, no shadow
 * root); guest details (once posted), edit tokens and votes are kept in
 * localStorage, what a reader writes in a form, name, e-mail and website
 * included, for the page's life (Escape, a new sort).
 * Never: markup from anything but the server's sanitised `html`; a request
 * to another host; moving the page under the reader; an uncaught error. */
(() => {
'use strict';
if (window.Causerie && window.Causerie.started) return;

const SCRIPT = document.currentScript || document.querySelector('script[src*="/widget/embed"]');
const SRC = SCRIPT ? SCRIPT.src : location.href;
const BASE = /\/widget\/[^/]*$/.test(SRC.split(/[?#]/)[0])
  ? SRC.split(/[?#]/)[0].replace(/\/widget\/[^/]*$/, '') : new URL(SRC).origin;
const LANGS = ['fr', 'en', 'he', 'ar'];
const COLLAPSE_DEPTH = 3;                /* replies this deep start collapsed */
const QUOTE_MAX = 200;
const SVGNS = 'http://www.w3.org/2000/svg';
let uid = 0;

/* -- small helpers -- */

function h(tag, props, ...kids) {
  const el = document.createElement(tag);
  if (tag === 'button') el.type = 'button';
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
function svg(tag, attrs) {
  const el = document.createElementNS(SVGNS, tag);
  for (const k in attrs) el.setAttribute(k, attrs[k]);
  return el;
}
const nextId = (p) => `cz-${p}-${++uid}`;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const msgBox = () => h('p', { class: 'cz-msg', role: 'status', hidden: true });
/* a button disabled while focused drops the focus to the body: back to it */
const keep = (el) => { if (document.activeElement === document.body) el.focus(); };
function show(p, msg, kind) {
  p.hidden = !msg;
  p.textContent = msg || '';
  p.className = `cz-msg${kind ? ` cz-${kind}` : ''}`;
}

/* localStorage that never throws (private browsing, quota, disabled). */
const local = {
  get(k, d) {
    try { const v = JSON.parse(localStorage.getItem(k)); return v == null ? d : v; } catch (e) { return d; }
  },
  set(k, v) { try { localStorage.setItem(k, JSON.stringify(v)); } catch (e) { /* not kept */ } },
};
const KEY_GUEST = 'causerie:guest';
const KEY_OWN = `causerie:own:${BASE}`;
const KEY_VOTES = `causerie:votes:${BASE}`;
const KEY_REPORTED = `causerie:reported:${BASE}`;

const loading = {};
function loadScript(url) {
  if (!loading[url]) {
    loading[url] = new Promise((resolve, reject) => {
      document.head.append(h('script', { src: url, async: true, onload: resolve, onerror: () => reject(new Error(`cannot load ${url}`)) }));
    });
  }
  return loading[url];
}
function loadCss(url) {
  return new Promise((resolve) => document.head.append(h('link', { rel: 'stylesheet', href: url, onload: resolve, onerror: resolve })));
}
// Literal paths: the server's build rewrites them to content-hashed names.
const I18N = { fr: '/widget/i18n/fr.js', en: '/widget/i18n/en.js', he: '/widget/i18n/he.js', ar: '/widget/i18n/ar.js' };
function strings(lang) {
  return loadScript(BASE + I18N[lang]).then(() => window.CauserieI18n[lang]);
}

function pickLang(v) {
  const l = String(v || '').toLowerCase().split(/[-_]/)[0];
  if (l === 'iw') return 'he';
  return LANGS.includes(l) ? l : 'en';
}

/* t(key, vars): the string in the widget's language; plural tables pick
 * their form with Intl.PluralRules on vars.n. */
function translator(tab, lang) {
  const plural = new Intl.PluralRules(lang);
  const num = new Intl.NumberFormat(lang);
  return (key, vars) => {
    let s = tab[key];
    if (s == null) return key;
    if (typeof s === 'object') s = s[plural.select(vars.n)] || s.other;
    if (!vars) return s;
    return s.replace(/\{(\w+)\}/g, (m, k) => {
      if (!(k in vars)) return m;
      return typeof vars[k] === 'number' ? num.format(vars[k]) : String(vars[k]);
    });
  };
}

/* -- HTTP -- */

/* Resolves with the parsed JSON (null for 204); rejects with an Error
 * carrying network (no answer) or status, code, field, category, retry. */
async function api(method, path, body, headers) {
  let res;
  try {
    res = await fetch(BASE + path, {
      method,
      credentials: 'include',
      headers: { ...body && { 'Content-Type': 'application/json' }, ...headers },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (e) {
    const err = new Error('network');
    err.network = true;
    throw err;
  }
  let data = null;
  try { data = await res.json(); } catch (e) { /* a 204, or not JSON */ }
  if (!res.ok || (!data && res.status !== 204)) {
    const e = (data && data.error) || {};
    const err = new Error(e.message || `HTTP ${res.status}`);
    Object.assign(err, { status: res.status, code: e.code, field: e.field, category: e.category,
      retry: res.headers.get('Retry-After') });
    throw err;
  }
  return data;
}
const q = (o) => Object.keys(o).filter((k) => o[k] != null).map((k) => `${k}=${encodeURIComponent(o[k])}`).join('&');

/* -- avatars: an identicon from a hash of the name, no request -- */

function fnv(s) {
  let x = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { x ^= s.charCodeAt(i); x = Math.imul(x, 0x01000193); }
  return x >>> 0;
}
const avatars = new Map();
function identicon(name) {
  const key = String(name || '').trim().toLowerCase();
  let tpl = avatars.get(key);
  if (!tpl) {
    const x = fnv(key);
    const bits = fnv(`${key}\u0000causerie`);
    const hue = x % 360;
    tpl = svg('svg', { class: 'cz-avatar', viewBox: '-1 -1 7 7', 'aria-hidden': 'true', focusable: 'false' });
    tpl.append(svg('rect', { x: -1, y: -1, width: 7, height: 7, fill: `hsl(${hue} 55% 92%)` }));
    let d = '';
    for (let y = 0; y < 5; y++) {
      for (let c = 0; c < 3; c++) {
        if ((bits >>> (y * 3 + c)) & 1) {
          d += `M${c} ${y}h1v1h-1z`;
          if (c < 2) d += `M${4 - c} ${y}h1v1h-1z`;
        }
      }
    }
    tpl.append(svg('path', { d: d || 'M2 2h1v1h-1z', fill: `hsl(${hue} 50% 42%)` }));
    avatars.set(key, tpl);
  }
  return tpl.cloneNode(true);
}

const ICONS = {
  up: 'M1.5 7h3v7.5h-3zM6 14.5V7.3l3.2-5.4c.3-.5.9-.6 1.4-.3.7.4 1 1.2.8 2L10.8 6H14c.9 0 1.6.9 1.4 1.8l-1.3 5.5c-.2.7-.8 1.2-1.5 1.2z',
  bubble: 'M2 2.5h12c.6 0 1 .4 1 1v7c0 .6-.4 1-1 1H7.5L4 14.5v-3H2c-.6 0-1-.4-1-1v-7c0-.6.4-1 1-1z',
};
function icon(name, flip) {
  const s = svg('svg', { class: 'cz-icon', viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' });
  const p = svg('path', { d: ICONS[name] });
  if (flip) p.setAttribute('transform', 'rotate(180 8 8)');
  s.append(p);
  return s;
}

/* -- comment HTML: the server's sanitised markup, made inert once more --
 * Parsed in a <template> (inert: nothing loads or runs), then anything that
 * could run code or fetch from another host is dropped: the server already
 * sanitises; this keeps the page safe if it ever did not. */
const DROP = /^(script|style|i?frame|object|embed|link|meta|base|form|input|button|textarea|select|svg|math|video|audio|template)$/;
const BADURL = /^\s*(javascript|vbscript|data|file):/i;
function setHtml(el, html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html || '';
  const all = tpl.content.querySelectorAll('*');
  for (const n of all) {
    const tag = n.localName;
    if (DROP.test(tag)) { n.remove(); continue; }
    for (const a of [...n.attributes]) {
      const name = a.name.toLowerCase();
      if (name.slice(0, 2) === 'on' || name === 'style' || name === 'srcset' || name === 'srcdoc' ||
          ((name === 'href' || name === 'src' || name === 'action' || name === 'xlink:href') && BADURL.test(a.value))) {
        n.removeAttribute(a.name);
      }
    }
    if (tag === 'img') n.replaceWith(n.getAttribute('alt') || '');
    else if (tag === 'a') {
      n.setAttribute('rel', 'nofollow ugc noopener');
      if (n.getAttribute('target')) n.removeAttribute('target');
    }
  }
  el.replaceChildren(tpl.content);
}

/* -- dates -- */

function dates(lang) {
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const full = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' });
  const steps = [[60, 'second'], [60, 'minute'], [24, 'hour'], [30, 'day'], [12, 'month'], [Infinity, 'year']];
  return {
    relative(ms) {
      let v = (ms - Date.now()) / 1000;
      if (Math.abs(v) < 45) return rtf.format(0, 'second');
      for (const [n, unit] of steps) {
        if (Math.abs(v) < n) return rtf.format(Math.round(v), unit);
        v /= n;
      }
      return '';
    },
    full: (ms) => full.format(ms),
  };
}

/* -- the widget -- */

function attr(el, name) {
  let v = el.getAttribute(`data-causerie-${name}`);
  if (v == null && SCRIPT) v = SCRIPT.getAttribute(`data-causerie-${name}`);
  return v == null || !v.trim() ? null : v.trim();
}

function quoteOf(p, sel) {
  let s = '';
  if (sel && !sel.isCollapsed && sel.rangeCount && p.contains(sel.anchorNode) && p.contains(sel.focusNode)) {
    s = sel.toString();
  }
  s = s.replace(/\s+/g, ' ').trim();
  if (!s) s = (p.__czText || '').replace(/\s+/g, ' ').trim();
  const cps = [...s];
  if (cps.length > QUOTE_MAX) {
    const cut = cps.slice(0, QUOTE_MAX).join('');
    const sp = cut.lastIndexOf(' ');
    s = `${(sp > QUOTE_MAX * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:.]+$/, '')}…`;
  }
  return s;
}

function config(el) {
  const lim = attr(el, 'limit');
  const theme = attr(el, 'theme');
  const sort = attr(el, 'sort');
  return {
    uri: attr(el, 'uri') || location.pathname,
    site: attr(el, 'site'),
    title: [...(attr(el, 'title') || document.title || '').replace(/[\s\0-\x1f\x7f-\x9f]+/g, ' ').trim()].slice(0, 300).join('') || null,
    lang: pickLang(attr(el, 'lang') || (el.closest('[lang]') || document.documentElement).getAttribute('lang')),
    limit: lim === 'all' || (lim && +lim >= 1 && +lim <= 100) ? lim : '20',
    theme: theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light',
    sort: ['oldest', 'popular'].includes(sort) ? sort : 'newest',
  };
}

class Widget {
  constructor(el, tab, cfg) {
    this.el = el;
    Object.assign(this, cfg);
    this.tab = tab;
    this.t = translator(tab, this.lang);
    this.d = dates(this.lang);
    this.byId = new Map();      /* id → {c, li, article, replies (ol), depth} */
    this.fresh = [];            /* live comments waiting behind the button */
    this.count = 0;
    this.cursor = null;
    this.rest = null;           /* promise of the remaining pages (inline counts) */
    this.posting = null;        /* promise of the post in flight */
    this.anchors = new Map();   /* paragraph → Set of comment ids */
    this.paras = new Map();     /* paragraph → {p, marker, panel} */
    this.kept = new Map();      /* id → drafts of a comment's forms, through a new sort */
    this.own = local.get(KEY_OWN, {});
    this.votes = local.get(KEY_VOTES, {});
    this.reported = local.get(KEY_REPORTED, []);
    this.pruneOwn();
    this.skeleton();
    this.markParagraphs();
    /* The markers are placed again, once a frame at most, when a width they
     * depend on changes: the window's (the root element's), the article's
     * container (each marked paragraph's parent: an image or a web font
     * arriving later) — one ResizeObserver, so a resize that changes both
     * places them once, and a paragraph grown taller by its marker moving
     * in does not place them again; and when web fonts finish loading. */
    const refit = () => { this.fitting = this.fitting || requestAnimationFrame(() => { this.fitting = 0; this.fitMarkers(); }); };
    if (!this.paras.size) return;
    if (document.fonts) { document.fonts.addEventListener('loadingdone', refit); document.fonts.ready.then(refit); }
    if (!window.ResizeObserver) { addEventListener('resize', refit); return; }
    const widths = new WeakMap();
    this.resized = new ResizeObserver((es) => {
      let moved = false;
      for (const e of es) if (widths.get(e.target) !== e.contentRect.width) { widths.set(e.target, e.contentRect.width); moved = true; }
      if (moved) refit();
    });
    this.resized.observe(document.documentElement);
    for (const { p } of this.paras.values()) this.resized.observe(p.parentElement || p);
  }

  rootClass(extra) { return `causerie cz-theme-${this.theme}${extra ? ` ${extra}` : ''}`; }

  /* an edit token is kept no longer than the server's edit window */
  pruneOwn() {
    for (const id in this.own) if (!this.editable(id)) delete this.own[id];
    local.set(KEY_OWN, this.own);
  }

  skeleton() {
    const t = this.t;
    this.headingId = nextId('h');
    this.heading = h('h2', { class: 'cz-title', id: this.headingId, text: t('region') });
    this.subButton = h('button', { class: 'cz-btn cz-subscribe', 'aria-expanded': 'false', onclick: () => this.toggleSubscribe() }, icon('bubble'), t('subscribe'));
    this.subPanel = h('div', { class: 'cz-subpanel', hidden: true, id: nextId('sub') });
    this.subButton.setAttribute('aria-controls', this.subPanel.id);
    this.sortGroup = h('div', { class: 'cz-sort', role: 'group', 'aria-label': t('sortLabel') });
    for (const s of ['newest', 'oldest', 'popular']) {
      this.sortGroup.append(h('button', { class: 'cz-sortbtn', 'data-sort': s, 'aria-pressed': String(s === this.sort), text: t(s), onclick: () => this.setSort(s) }));
    }
    this.newBtn = h('button', { class: 'cz-new', hidden: true, onclick: () => this.reveal() });
    this.liveRegion = h('div', { class: 'cz-sr', role: 'status', 'aria-live': 'polite' });
    this.list = h('ol', { class: 'cz-list', 'aria-busy': 'true', 'aria-labelledby': this.headingId });
    this.status = h('p', { class: 'cz-loading', text: t('loading') });
    this.moreBtn = h('button', { class: 'cz-btn cz-more', hidden: true, text: t('showAll'), onclick: () => this.showAll() });
    this.form = this.makeForm('top', {});
    this.root = h('section', { class: this.rootClass(), lang: this.lang, dir: this.tab.dir, 'aria-labelledby': this.headingId },
      h('div', { class: 'cz-top' }, this.heading, this.subButton),
      this.subPanel,
      this.form.el,
      h('div', { class: 'cz-bar' }, this.sortGroup),
      h('div', { class: 'cz-newwrap' }, this.newBtn),
      this.liveRegion,
      this.status,
      this.list,
      h('div', { class: 'cz-foot' }, this.moreBtn));
    this.root.addEventListener('click', (e) => this.onAction(e));
    this.el.replaceChildren(this.root);
    setInterval(() => this.tick(), 60000);
  }

  announce(msg) {
    this.liveRegion.textContent = '';
    setTimeout(() => { this.liveRegion.textContent = msg; }, 50);
  }

  error(err) {
    const t = this.t;
    if (err.network) return t('network');
    switch (err.status) {
      case 429: return err.retry && /^\d+$/.test(err.retry) ? t('rate', { s: +err.retry }) : t('rateSoon');
      case 413: return t('tooLong');
      case 503: return t('unavailable');
      case 404: return t('notFound');
      case 403: if (err.code === 'edit_window_closed') return t('editClosed'); break;
      case 422:
        if (err.code === 'policy') {
          /* the policy's own words (sent in the reader's language), and its category */
          const cat = err.category || 'other';
          const category = this.tab.categories[cat] || cat.replace(/_/g, ' ');
          return err.message ? `${err.message} (${t('category', { category })})` : t('policy', { category });
        }
        if (err.field) return t('invalid', { field: this.tab.fields[err.field] || err.field });
        break;
      default:
    }
    return t('error', { status: err.status || '?' });
  }

  /* -- loading -- */

  query(extra) {
    return q(Object.assign({ uri: this.uri, site: this.site, sort: this.sort }, extra));
  }

  async load(first) {
    const t = this.t;
    const sort = this.sort;
    this.list.setAttribute('aria-busy', 'true');
    let data;
    try {
      data = await (first || api('GET', `/api/v1/comments?${this.query({ limit: this.limit })}`));
    } catch (err) {
      if (sort !== this.sort) return;
      this.status.hidden = false;
      this.status.replaceChildren(h('span', { text: `${t('loadError')} ${this.error(err)} ` }),
        h('button', { class: 'cz-btn', text: t('retry'), onclick: () => { this.status.textContent = t('loading'); this.load(); } }));
      this.list.setAttribute('aria-busy', 'false');
      return;
    }
    if (sort !== this.sort) return;   /* a newer sort was asked for meanwhile */
    performance.mark('causerie:render-start');
    for (const e of this.byId.values()) this.keep(e);
    this.byId.clear();
    this.anchors.clear();
    this.fresh = [];
    this.newBtn.hidden = true;
    this.count = data.count || 0;
    this.cursor = data.cursor || null;
    const frag = document.createDocumentFragment();
    for (const c of data.comments || []) frag.append(this.item(c, 0));
    this.list.replaceChildren(frag);
    this.list.setAttribute('aria-busy', 'false');
    this.status.textContent = t('empty');
    this.moreBtn.hidden = !this.cursor;
    this.rest = null;
    if (this.cursor && this.paras.size) this.rest = this.fetchRest();
    this.updateCount();
    this.updateMarkers();
    this.refreshInline();
    performance.mark('causerie:render-end');
    performance.measure('causerie:render', 'causerie:render-start', 'causerie:render-end');
    this.root.setAttribute('data-causerie-ready', '');
    if (!this.events) this.listen(data.last_id);
  }

  /* The pages after the first, all at once; counted for the inline markers,
   * shown by "show all". */
  fetchRest() {
    const sort = this.sort;
    const p = api('GET', `/api/v1/comments?${this.query({ limit: 'all', cursor: this.cursor })}`).then((data) => {
      if (sort === this.sort && this.rest === p) {
        for (const c of this.walk(data.comments || [])) this.anchorAdd(c);
        this.updateMarkers();
      }
      return data;
    });
    p.catch(() => { if (this.rest === p) this.rest = null; });
    return p;
  }

  *walk(list) {
    for (const c of list) { yield c; yield* this.walk(c.replies || []); }
  }

  async showAll() {
    const btn = this.moreBtn;
    btn.disabled = true;
    let data;
    try {
      data = await (this.rest || this.fetchRest());
    } catch (err) {
      btn.disabled = false;
      keep(btn);
      this.announce(this.error(err));
      return;
    }
    btn.disabled = false;
    this.rest = null;
    let first = null;
    const frag = document.createDocumentFragment();
    for (const c of data.comments || []) {
      const known = this.byId.get(c.id);   /* posted or live: to its place */
      if (known) { frag.append(known.li); continue; }
      const li = this.item(c, 0);
      first = first || li;
      frag.append(li);
    }
    this.list.append(frag);
    this.cursor = data.cursor || null;
    btn.hidden = !this.cursor;
    this.refreshInline();
    if (first) first.querySelector('.cz-comment').focus();
  }

  setSort(s) {
    if (s === this.sort) return;
    this.sort = s;
    for (const b of this.sortGroup.children) b.setAttribute('aria-pressed', String(b.dataset.sort === s));
    this.load();
  }

  updateCount() {
    const n = this.count;
    this.heading.textContent = this.t('comments', { n });
    this.status.hidden = n > 0 || this.list.children.length > 0;
    /* the page's counters of this thread (count.js) say the same, each in its language */
    for (const el of document.querySelectorAll('[data-causerie-counted]')) {
      const s = el.getAttribute('data-causerie-site');
      const l = pickLang(el.getAttribute('data-causerie-lang') || (el.closest('[lang]') || document.documentElement).lang);
      if ((el.getAttribute('data-causerie-count').trim() || new URL(el.href, location.href).pathname) === this.uri && (!s || s === this.site)) {
        el.textContent = translator(window.CauserieI18n[l] || this.tab, l)('comments', { n });
        el.setAttribute('data-causerie-counted', n);
      }
    }
  }

  tick() {
    for (const tm of this.root.querySelectorAll('time[datetime]')) tm.textContent = this.d.relative(Date.parse(tm.getAttribute('datetime')));
    for (const [id, e] of this.byId) if (e.ownTools && !this.editable(id)) { e.ownTools.remove(); e.ownTools = null; }
  }

  /* -- rendering -- */

  item(c, depth, into) {
    const li = h('li', { class: 'cz-item', id: `causerie-comment-${c.id}` });
    if (into) into.append(li);
    const entry = { c, li, depth, replies: null, n: 0 };
    this.byId.set(c.id, entry);
    this.anchorAdd(c);
    li.append(this.article(c, entry));
    entry.slot = li.appendChild(h('div', { class: 'cz-slot' }));
    const k = this.kept.get(c.id);
    if (k && !c.deleted) this.restore(entry, k);
    const replies = c.replies || [];
    if (replies.length) {
      const ol = this.repliesOf(entry);
      for (const r of replies) {
        this.item(r, depth + 1, ol);
        entry.n += (r.deleted ? 0 : 1) + this.byId.get(r.id).n;
      }
      if (depth + 1 >= COLLAPSE_DEPTH) this.collapse(entry, true, entry.n);
    }
    return li;
  }

  /* A new sort rebuilds the list: what the reader was writing under a
   * comment (reply, edit, report; open or kept by Escape) goes with its id
   * and comes back, open again if it was, when the comment is shown. */
  keep(e) {
    const k = { draft: e.draft, guest: e.guest, edit: e.edit, report: e.report, reply: !!e.form, editing: e.editing,
      reporting: !!e.reportBtn && e.reportBtn.getAttribute('aria-expanded') === 'true' };
    if (k.draft || k.guest || k.edit || k.report || k.reply || k.editing || k.reporting) this.kept.set(e.c.id, k);
  }

  restore(entry, k) {
    this.kept.delete(entry.c.id);
    Object.assign(entry, { draft: k.draft, guest: k.guest, edit: k.edit, report: k.report });
    if (k.reply) this.openReply(entry, true);
    else if (k.reporting) this.openReport(entry, true);
    if (k.editing && this.editable(entry.c.id)) this.openEdit(entry, true);
  }

  repliesOf(entry) {
    if (!entry.replies) {
      entry.replies = h('ol', { class: 'cz-replies', id: nextId('r') });
      entry.li.append(entry.replies);
    }
    return entry.replies;
  }

  /* Deep threads start collapsed behind a button that says how many. */
  collapse(entry, hide, n) {
    const ol = entry.replies;
    if (!entry.toggle) {
      entry.toggle = h('button', { class: 'cz-link cz-toggle', 'aria-controls': ol.id, onclick: () => this.collapse(entry, !ol.hidden) });
      entry.li.insertBefore(entry.toggle, ol);
    }
    ol.hidden = hide;
    entry.toggle.setAttribute('aria-expanded', String(!hide));
    if (hide && n == null) n = ol.querySelectorAll('.cz-comment:not(.cz-deleted)').length;
    entry.toggle.textContent = hide ? this.t('showReplies', { n }) : this.t('hideReplies');
  }

  article(c, entry) {
    const t = this.t;
    if (c.deleted) {
      return h('article', { class: 'cz-comment cz-deleted', tabindex: '-1' }, h('p', { class: 'cz-body', text: t('deleted') }));
    }
    const authorId = `cz-a-${c.id}-${++uid}`;
    const name = h('bdi', { text: c.author || '?' });
    let author;
    const site = c.website && /^https?:\/\//i.test(c.website) ? c.website : null;
    if (site) author = h('a', { class: 'cz-author', id: authorId, href: site, rel: 'nofollow ugc noopener', target: '_blank' }, name);
    else author = h('span', { class: 'cz-author', id: authorId }, name);
    const created = Date.parse(c.created);
    const time = h('time', { datetime: c.created, title: this.d.full(created), text: this.d.relative(created) });
    const meta = h('div', { class: 'cz-meta' }, author);
    const parent = c.parent && this.byId.get(c.parent);
    if (entry.depth >= 4 && parent && !parent.c.deleted) {
      meta.append(h('span', { class: 'cz-inreply' }, t('inReplyTo', { name: '\u2068' + parent.c.author + '\u2069' })));
    }
    meta.append(h('a', { class: 'cz-date', href: `#causerie-comment-${c.id}` }, time));
    if (c.modified) meta.append(h('span', { class: 'cz-edited', title: this.d.full(Date.parse(c.modified)), text: `(${t('edited')})` }));
    const art = h('article', { class: 'cz-comment', tabindex: '-1', 'aria-labelledby': authorId },
      h('header', { class: 'cz-head' }, identicon(c.author), meta));
    if (c.anchor && c.anchor.quote) art.append(this.quote(c.anchor));
    entry.body = art.appendChild(h('div', { class: 'cz-body', dir: 'auto' }));
    setHtml(entry.body, c.html);
    art.append(this.actions(c, entry));
    entry.article = art;
    return art;
  }

  quote(anchor) {
    const t = this.t;
    const info = this.paras.get(String(anchor.paragraph));
    const text = h('bdi', { text: anchor.quote });
    const bq = h('blockquote', { class: 'cz-quote' }, h('span', { class: 'cz-sr', text: t('about') }), text);
    if (info) {
      bq.append(' ', h('a', { class: 'cz-toquote', href: `#${info.p.id}`, text: t('toParagraph'), onclick: (e) => { e.preventDefault(); this.goToParagraph(info); } }));
    }
    return bq;
  }

  goToParagraph(info) {
    info.p.scrollIntoView({ block: 'center', behavior: 'smooth' });
    info.p.classList.remove('cz-flash');
    void info.p.offsetWidth;
    info.p.classList.add('cz-flash');
    info.marker.focus({ preventScroll: true });
    history.replaceState(null, '', `#${info.p.id}`);
  }

  /* The action bar, cloned from one template (fast for long threads);
   * its buttons are handled by one listener on the section (onAction). */
  actions(c, entry) {
    const t = this.t;
    if (!this.bar) {
      const vote = (k, flip) => h('button', { class: `cz-vote cz-${k}`, 'data-act': k, 'aria-pressed': 'false', title: t(k) },
        icon('up', flip), h('span', { class: 'cz-sr', text: t(k) }), h('span', { class: 'cz-n' }));
      this.bar = h('div', { class: 'cz-actions' }, vote('like'), vote('dislike', true),
        h('button', { class: 'cz-link', 'data-act': 'reply', 'aria-expanded': 'false', text: t('reply') }),
        h('button', { class: 'cz-link cz-report', 'data-act': 'report', 'aria-expanded': 'false', text: t('report') }));
    }
    const bar = this.bar.cloneNode(true);
    [entry.like, entry.dislike, entry.replyBtn, entry.reportBtn] = bar.children;
    const mine = this.votes[c.id] || 0;
    entry.like.lastChild.textContent = c.likes || 0;
    entry.dislike.lastChild.textContent = c.dislikes || 0;
    if (mine) (mine > 0 ? entry.like : entry.dislike).setAttribute('aria-pressed', 'true');
    if (this.reported.includes(c.id)) {
      entry.reportBtn.disabled = true;
      entry.reportBtn.textContent = t('reported');
    }
    entry.ownTools = null;
    if (this.editable(c.id)) {
      entry.ownTools = bar.appendChild(h('span', { class: 'cz-own' },
        h('button', { class: 'cz-link', 'data-act': 'edit', text: t('edit') }),
        h('button', { class: 'cz-link cz-danger', 'data-act': 'delete', text: t('delete') })));
    }
    return bar;
  }

  onAction(e) {
    const b = e.target.closest('button[data-act]');
    const li = b && b.closest('.cz-item');
    const entry = li && this.byId.get(+li.id.slice(17));
    if (!entry) return;
    const act = b.dataset.act;
    if (act === 'like' || act === 'dislike') this.vote(entry, act === 'like' ? 1 : -1);
    else if (act === 'reply') this.openReply(entry);
    else if (act === 'report') this.openReport(entry);
    else if (act === 'edit') this.openEdit(entry);
    else if (act === 'delete') this.confirmDelete(entry);
  }

  /* until the end of the server's edit window, as its answer to the post said */
  editable(id) {
    const own = this.own[id];
    return !!own && Date.now() < own.u;
  }

  /* -- forms -- */

  /* kind: top | reply | inline.  ctx: {parent (entry), para (info)}.
   * The draft (d.draft, d.guest) lives on the comment's entry or the
   * paragraph's info, so the form built again (Escape, a new sort) shows
   * what was typed; the name, e-mail and website are those typed in this
   * form, else those of the reader's last post (localStorage). */
  makeForm(kind, ctx) {
    const t = this.t;
    const id = nextId('f');
    const f = {};
    const d = f.d = ctx.parent || ctx.para || f;
    const guest = d.guest || local.get(KEY_GUEST, {});
    const field = (name, type, label, extra, hint) => {
      const input = h('input', Object.assign({ id: `${id}-${name}`, name, type, value: guest[name] || '',
        oninput: () => { d.guest = { author: f.author.value, email: f.email.value, website: f.website.value }; } }, extra));
      return [input, h('div', { class: `cz-field cz-f-${name}` },
        h('label', { for: input.id }, label, hint ? h('span', { class: 'cz-hint', text: ` (${hint})` }) : null), input)];
    };
    f.text = h('textarea', { id: `${id}-text`, name: 'text', rows: kind === 'top' ? '4' : '3', maxlength: '10000', required: true, 'aria-required': 'true',
      placeholder: kind === 'top' ? t('placeholder') : t('replyPlaceholder'), value: d.draft,
      oninput: () => { d.draft = f.text.value; if (f.previewOn) this.preview(f); } });
    let author, email, website;
    [f.author, author] = field('author', 'text', t('name'), { maxlength: '100', required: true, 'aria-required': 'true', autocomplete: 'name' });
    [f.email, email] = field('email', 'email', t('email'), { maxlength: '254', autocomplete: 'email', dir: 'ltr' }, t('optional'));
    [f.website, website] = field('website', 'url', t('website'), { maxlength: '2000', autocomplete: 'url', placeholder: 'https://', dir: 'ltr' }, t('optional'));
    f.notify = h('select', { id: `${id}-notify`, name: 'subscribe' },
      h('option', { value: '', text: t('notifyNone') }),
      h('option', { value: 'all', text: t('notifyAll') }),
      h('option', { value: 'replies', text: t('notifyReplies') }));
    f.previewBtn = h('button', { class: 'cz-btn cz-ghost', 'aria-pressed': 'false', 'aria-controls': `${id}-preview`, text: t('preview'), onclick: () => this.togglePreview(f) });
    f.previewBox = h('div', { class: 'cz-preview cz-body', id: `${id}-preview`, hidden: true, dir: 'auto', 'aria-live': 'polite' });
    f.submit = h('button', { type: 'submit', class: 'cz-btn cz-primary', text: t('submit') });
    f.msg = msgBox();
    /* honeypot for form-filling bots (sent as "hp"): hidden from people and assistive tech */
    f.hp = h('input', { type: 'text', name: 'url2', tabindex: '-1', autocomplete: 'off', hidden: true, 'aria-hidden': 'true' });
    const label = kind === 'reply' ? t('replyTo', { name: ctx.parent.c.author }) : kind === 'inline' ? t('inlineAdd') : t('formTitle');
    f.el = h('form', { class: `cz-form cz-form-${kind}`, 'aria-label': label, novalidate: true,
      onsubmit: (e) => { e.preventDefault(); this.submit(f, kind, ctx); },
      onkeydown: (e) => { if (e.key === 'Escape' && kind !== 'top') this.closeForm(kind, ctx); } });
    if (kind === 'inline') f.el.append(h('blockquote', { class: 'cz-quote' }, h('span', { class: 'cz-quotelabel', text: t('about') }), ' ', f.quote = h('bdi')));
    if (kind === 'top') f.el.append(h('p', { class: 'cz-formtitle', 'aria-hidden': 'true', text: label }));
    f.el.append(
      h('label', { class: 'cz-sr', for: f.text.id, text: t('textLabel') }),
      f.text,
      h('p', { class: 'cz-mdhelp', text: t('mdHelp') }),
      f.previewBox,
      h('div', { class: 'cz-fields' }, author, email, website, f.hp),
      h('div', { class: 'cz-field cz-f-notify' }, h('label', { for: f.notify.id, text: t('notify') }), f.notify),
      h('div', { class: 'cz-formfoot' },
        h('p', { class: 'cz-privacy' }, `${t('privacy')} `, h('a', { href: `${BASE}/privacy`, target: '_blank', rel: 'noopener', text: t('privacyLink') })),
        h('div', { class: 'cz-buttons' }, f.previewBtn,
          kind !== 'top' ? h('button', { class: 'cz-btn cz-ghost', text: t('cancel'), onclick: () => { d.draft = ''; d.guest = null; this.closeForm(kind, ctx); } }) : null,
          f.submit)),
      f.msg);
    return f;
  }

  togglePreview(f) {
    f.previewOn = !f.previewOn;
    f.previewBtn.setAttribute('aria-pressed', String(f.previewOn));
    f.previewBox.hidden = !f.previewOn;
    if (f.previewOn) this.preview(f);
  }

  /* md.js (the Markdown subset) loads at the first preview: the text shows plain until then */
  preview(f) {
    const md = window.CauserieMarkdown;
    const text = f.text.value.trim();
    if (!md) loadScript(BASE + '/widget/md.js').then(() => f.previewOn && this.preview(f), () => {});
    f.previewBox.replaceChildren(!text ? h('p', { class: 'cz-muted', text: this.t('previewEmpty') }) : md ? md(text, h) : h('p', { text }));
  }


  validate(f) {
    const t = this.t;
    const bad = (input, msg) => { input.setAttribute('aria-invalid', 'true'); input.focus(); show(f.msg, msg, 'error'); return false; };
    for (const i of [f.text, f.author, f.email, f.website]) i.removeAttribute('aria-invalid');
    if (!f.text.value.trim()) return bad(f.text, t('required', { field: t('textLabel') }));
    if (!f.author.value.trim()) return bad(f.author, t('required', { field: t('name') }));
    const email = f.email.value.trim();
    if (email && !EMAIL.test(email)) return bad(f.email, t('badEmail'));
    let site = f.website.value.trim();
    if (site && !/^[a-z][a-z0-9+.-]*:/i.test(site) && /^[^\s/]+\.[^\s/]+/.test(site)) f.website.value = site = `https://${site}`;
    if (site && !/^https?:\/\/[^\s/]+/i.test(site)) return bad(f.website, t('badUrl'));
    if (f.notify.value && !email) return bad(f.email, t('emailNeeded'));
    return true;
  }

  async submit(f, kind, ctx) {
    if (f.busy || !this.validate(f)) return;
    const t = this.t;
    const guest = { author: f.author.value.trim(), email: f.email.value.trim(), website: f.website.value.trim() };
    /* "" is an absent field to the server; elapsed_ms since the page loaded: a person takes seconds */
    const body = { uri: this.uri, site: this.site || undefined, title: this.title || undefined, ...guest, text: f.text.value, lang: this.lang,
      subscribe: f.notify.value, hp: f.hp.value, elapsed_ms: Math.round(performance.now()) };
    if (kind === 'reply') body.parent = ctx.parent.c.id;
    if (kind === 'inline') body.anchor = { paragraph: ctx.para.id, quote: ctx.quote };
    f.busy = true;
    f.submit.disabled = true;
    f.submit.textContent = t('sending');
    show(f.msg, '');
    let res;
    const p = api('POST', '/api/v1/comments', body);
    this.posting = p.catch(() => null);
    try {
      res = await p;
    } catch (err) {
      show(f.msg, this.error(err), 'error');
      if (err.field && f[err.field]) { f[err.field].setAttribute('aria-invalid', 'true'); f[err.field].focus(); } else f.text.focus();
      return;
    } finally {
      f.busy = false;
      f.submit.disabled = false;
      f.submit.textContent = t('submit');
    }
    local.set(KEY_GUEST, guest);
    for (const other of this.allForms()) {
      for (const k of ['author', 'email', 'website']) if (!other[k].value) other[k].value = guest[k];
      if (other.d.guest) other.d.guest = { author: other.author.value, email: other.email.value, website: other.website.value };
    }
    const c = res.comment;
    c.replies = [];
    this.own[c.id] = { t: res.edit_token, x: body.text, u: Date.parse(res.edit_until) };
    local.set(KEY_OWN, this.own);
    const pending = res.status !== 'published';
    const entry = this.place(c, { pending, own: true });
    f.text.value = f.d.draft = '';
    f.d.guest = null;
    f.notify.value = '';
    if (f.previewOn) this.togglePreview(f);
    const msg = pending ? t('pending') : t('published');
    if (kind === 'top') show(f.msg, msg, pending ? 'info' : 'ok');
    else this.closeForm(kind, ctx, true);
    if (entry) {
      if (pending) entry.article.append(h('p', { class: 'cz-msg cz-info', text: t('pending') }));
      entry.article.focus();
    }
    this.announce(msg);
  }

  allForms() {
    const forms = [this.form];
    for (const e of this.byId.values()) if (e.form) forms.push(e.form);
    for (const info of this.paras.values()) if (info.form) forms.push(info.form);
    return forms;
  }

  place(c, opts) {
    if (this.byId.has(c.id)) return this.byId.get(c.id);
    let li;
    if (c.parent) {
      const parent = this.byId.get(c.parent);
      if (!parent) return null;
      li = this.item(c, parent.depth + 1);
      this.repliesOf(parent).append(li);
      /* open every collapsed level above it, or it would arrive unseen */
      for (let a = parent; a; a = this.byId.get(a.c.parent)) if (a.toggle) this.collapse(a, false);
    } else {
      li = this.item(c, 0);
      if (this.sort === 'oldest') this.list.append(li);
      else this.list.prepend(li);
    }
    const entry = this.byId.get(c.id);
    if (!(opts && opts.counted)) this.count += 1;
    if (opts && opts.pending) this.hold(entry, 'pendingBadge');
    this.updateCount();
    this.updateMarkers();
    this.refreshInline();
    return entry;
  }

  closeForm(kind, ctx, keepFocus) {
    if (kind === 'reply') {
      const e = ctx.parent;
      if (e.form) e.form.el.remove();
      e.form = null;
      e.replyBtn.setAttribute('aria-expanded', 'false');
      if (!keepFocus) e.replyBtn.focus();
    } else if (kind === 'inline') {
      this.closeInline(ctx.para, keepFocus);
    }
  }

  openReply(entry, quiet) {
    if (entry.form) { this.closeForm('reply', { parent: entry }); return; }
    this.clearSlot(entry);
    entry.form = this.makeForm('reply', { parent: entry });
    entry.slot.append(entry.form.el);
    entry.replyBtn.setAttribute('aria-expanded', 'true');
    if (!quiet) entry.form.text.focus();
  }

  clearSlot(entry) {
    if (entry.form) this.closeForm('reply', { parent: entry }, true);
    entry.slot.replaceChildren();
    entry.reportBtn.setAttribute('aria-expanded', 'false');
  }

  /* -- votes, reports, edit, delete -- */

  async vote(entry, value) {
    const id = entry.c.id;
    const current = this.votes[id] || 0;
    const next = current === value ? 0 : value;
    entry.like.disabled = entry.dislike.disabled = true;
    try {
      const r = await api('POST', `/api/v1/comments/${id}/vote`, { value: next });
      entry.c.likes = r.likes;
      entry.c.dislikes = r.dislikes;
      if (next) this.votes[id] = next; else delete this.votes[id];
      local.set(KEY_VOTES, this.votes);
      entry.like.lastChild.textContent = r.likes;
      entry.dislike.lastChild.textContent = r.dislikes;
      entry.like.setAttribute('aria-pressed', String(next === 1));
      entry.dislike.setAttribute('aria-pressed', String(next === -1));
    } catch (err) {
      this.flash(entry, this.error(err));
    } finally {
      entry.like.disabled = entry.dislike.disabled = false;
      keep(value > 0 ? entry.like : entry.dislike);
    }
  }

  flash(entry, msg, kind) {
    let p = entry.article.querySelector('.cz-note');
    if (!p) p = entry.article.appendChild(h('p'));
    p.className = `cz-msg cz-note cz-${kind || 'error'}`;
    p.textContent = msg;
    this.announce(msg);
  }

  /* A small form: labelled controls, submit (and cancel).  submit(say)
   * runs with the button disabled; an API error it throws is shown. */
  miniForm(cls, label, title, fields, submitText, submit, cancel) {
    const msg = msgBox();
    const send = h('button', { type: 'submit', class: 'cz-btn cz-primary', text: submitText });
    return h('form', { class: `cz-form ${cls}`, 'aria-label': label, novalidate: true, onkeydown: (e) => { if (e.key === 'Escape' && cancel) cancel(); }, onsubmit: async (e) => {
      e.preventDefault();
      send.disabled = true;
      try {
        await submit((m, k) => show(msg, m, k));
      } catch (err) {
        show(msg, this.error(err), 'error');
      } finally {
        send.disabled = false;
        keep(send);
      }
    } },
      title ? h('p', { class: 'cz-formtitle', text: label }) : null,
      h('div', { class: 'cz-fields' }, ...fields.map(([l, c]) => h('div', { class: 'cz-field' }, h('label', { for: c.id, text: l }), c))),
      h('div', { class: 'cz-buttons' }, cancel ? h('button', { class: 'cz-btn cz-ghost', text: this.t('cancel'), onclick: cancel }) : null, send),
      msg);
  }

  openReport(entry, quiet) {
    const t = this.t;
    const open = entry.reportBtn.getAttribute('aria-expanded') === 'true';
    this.clearSlot(entry);
    if (open) { entry.reportBtn.focus(); return; }
    const id = nextId('rep');
    /* what the reader chose and wrote stays with the comment until sent or cancelled */
    const draft = () => { entry.report = { r: reason.selectedIndex, d: details.value }; };
    const reason = h('select', { id: `${id}-r`, onchange: draft },
      ...['reasonAbuse', 'reasonSpam', 'reasonOfftopic', 'reasonOther'].map((k) => h('option', { text: t(k) })));
    const details = h('input', { id: `${id}-d`, maxlength: '500', oninput: draft });
    if (entry.report) { reason.selectedIndex = entry.report.r; details.value = entry.report.d; }
    entry.slot.append(this.miniForm('cz-reportform', t('reportTitle'), true,
      [[t('reportReason'), reason], [t('reportDetails'), details]], t('reportSend'), async () => {
        const more = details.value.trim();
        await api('POST', `/api/v1/comments/${entry.c.id}/report`, { reason: reason.value + (more ? ` — ${more}` : '') });
        entry.report = null;
        this.reported.push(entry.c.id);
        local.set(KEY_REPORTED, this.reported.slice(-500));
        entry.reportBtn.textContent = t('reported');
        entry.reportBtn.disabled = true;
        this.clearSlot(entry);
        this.flash(entry, t('reportThanks'), 'ok');
        entry.article.focus();
      }, (click) => { if (click) entry.report = null; this.clearSlot(entry); entry.reportBtn.focus(); }));
    entry.reportBtn.setAttribute('aria-expanded', 'true');
    if (!quiet) reason.focus();
  }

  openEdit(entry, quiet) {
    const t = this.t;
    const own = this.own[entry.c.id];
    if (!own || entry.editing) return;
    entry.editing = true;
    const area = h('textarea', { id: nextId('e'), rows: '4', maxlength: '10000', value: entry.edit || own.x || '', oninput: () => { entry.edit = area.value; } });
    const close = () => { form.remove(); entry.body.hidden = false; entry.editing = false; };
    const form = this.miniForm('cz-editform', t('edit'), false, [[t('textLabel'), area]], t('save'), async (say) => {
      if (!area.value.trim()) { say(t('required', { field: t('textLabel') }), 'error'); area.focus(); return; }
      let r;
      try {
        r = await api('PUT', `/api/v1/comments/${entry.c.id}`, { text: area.value, lang: this.lang }, { 'X-Edit-Token': own.t });
      } catch (err) {
        if (err.status === 403) this.forget(entry);
        if (err.code !== 'policy') { area.focus(); throw err; }
        /* refused: the comment has left the page (docs/api.md) */
        close();
        this.hold(entry, 'rejectedBadge');
        this.flash(entry, this.error(err));
        entry.article.focus();
        return;
      }
      own.x = area.value;
      local.set(KEY_OWN, this.own);
      entry.edit = '';
      close();
      const c = Object.assign(entry.c, r.comment, { replies: entry.c.replies });
      setHtml(entry.body, c.html);
      const meta = entry.article.querySelector('.cz-meta');
      if (!meta.querySelector('.cz-edited')) meta.insertBefore(h('span', { class: 'cz-edited', text: `(${t('edited')})` }), entry.badge);
      const pending = r.status !== 'published';
      if (pending) this.hold(entry, 'pendingBadge');
      this.flash(entry, pending ? t('pending') : t('saved'), pending ? 'info' : 'ok');
      entry.article.focus();
    }, (click) => { if (click) entry.edit = ''; close(); entry.article.focus(); });
    entry.body.hidden = true;
    entry.body.after(form);
    if (!quiet) area.focus();
  }

  /* The reader's own comment, not (or no longer) on the page for others:
   * dimmed, with a badge saying why, and not counted. */
  hold(entry, badge) {
    if (!entry.pending) {
      entry.pending = true;
      this.count -= 1;
      entry.li.classList.add('cz-pending');
      entry.badge = entry.article.querySelector('.cz-meta').appendChild(h('span', { class: 'cz-badge' }));
    }
    entry.badge.textContent = this.t(badge);
    this.updateCount();
  }

  forget(entry) {
    delete this.own[entry.c.id];
    local.set(KEY_OWN, this.own);
    if (entry.ownTools) { entry.ownTools.remove(); entry.ownTools = null; }
  }

  confirmDelete(entry) {
    const t = this.t;
    this.clearSlot(entry);
    const yes = h('button', { class: 'cz-btn cz-danger', text: t('delete') });
    const no = () => { this.clearSlot(entry); entry.article.focus(); };
    const box = h('div', { class: 'cz-confirm', role: 'group', 'aria-label': t('delete'), onkeydown: (e) => { if (e.key === 'Escape') no(); } },
      h('p', { text: t('confirmDelete') }),
      h('div', { class: 'cz-buttons' }, h('button', { class: 'cz-btn cz-ghost', text: t('cancel'), onclick: no }), yes));
    yes.addEventListener('click', async () => {
      yes.disabled = true;
      try {
        await api('DELETE', `/api/v1/comments/${entry.c.id}`, null, { 'X-Edit-Token': this.own[entry.c.id].t });
      } catch (err) {
        yes.disabled = false;
        this.clearSlot(entry);
        this.flash(entry, this.error(err));
        if (err.status === 403) this.forget(entry);
        entry.article.focus();
        return;
      }
      this.clearSlot(entry);
      this.remove(entry);
      this.forget(entry);
      this.announce(t('removed'));
    });
    entry.slot.append(box);
    yes.focus();
  }

  /* A deleted comment with replies stays as a placeholder, else goes. */
  remove(entry) {
    const c = entry.c;
    if (!entry.pending) this.count -= 1;
    this.anchorDel(c);
    const next = entry.li.nextElementSibling || entry.li.previousElementSibling;
    if (entry.replies && entry.replies.children.length) {
      c.deleted = true;
      const art = this.article(c, entry);
      entry.article.replaceWith(art);
      entry.article = art;
      art.focus();
    } else {
      entry.li.remove();
      this.byId.delete(c.id);
      const focus = next ? next.querySelector('.cz-comment') : this.heading;
      if (focus) { if (!focus.hasAttribute('tabindex')) focus.setAttribute('tabindex', '-1'); focus.focus(); }
    }
    this.updateCount();
    this.updateMarkers();
    this.refreshInline();
  }

  /* -- the standalone subscription control -- */

  toggleSubscribe() {
    const t = this.t;
    const open = this.subPanel.hidden;
    this.subPanel.hidden = !open;
    this.subButton.setAttribute('aria-expanded', String(open));
    if (!open) { this.subButton.focus(); return; }
    if (!this.subPanel.firstChild) {
      const id = nextId('s');
      const kind = h('select', { id: `${id}-k` }, h('option', { value: 'all', text: t('subKindAll') }), h('option', { value: 'replies', text: t('subKindReplies') }));
      const email = h('input', { id: `${id}-e`, type: 'email', required: true, 'aria-required': 'true', autocomplete: 'email', maxlength: '254', value: local.get(KEY_GUEST, {}).email || '' });
      this.subPanel.append(this.miniForm('cz-subform', t('subscribe'), false, [[t('subscribeTitle'), kind], [t('email'), email]], t('subscribeSend'), async (say) => {
        const addr = email.value.trim();
        email.toggleAttribute('aria-invalid', !EMAIL.test(addr));
        if (!EMAIL.test(addr)) { say(t('badEmail'), 'error'); email.focus(); return; }
        await api('POST', '/api/v1/subscriptions', { uri: this.uri, site: this.site || undefined, email: addr, kind: kind.value });
        say(t('subscribeDone', { email: addr }), 'ok');
      }, () => this.toggleSubscribe()), h('p', { class: 'cz-privacy' }, h('a', { href: `${BASE}/privacy`, target: '_blank', rel: 'noopener', text: t('privacyLink') })));
      this.subFirst = kind;
    }
    this.subFirst.focus();
  }

  /* -- inline comments -- */

  markParagraphs() {
    const t = this.t;
    for (const p of document.querySelectorAll('[data-causerie-paragraph]')) {
      if (this.root.contains(p) || p.__czText != null) continue;
      const pid = p.getAttribute('data-causerie-paragraph').trim();
      if (!pid || this.paras.has(pid)) continue;
      p.__czText = p.textContent;
      if (!p.id) p.id = `causerie-p-${pid.replace(/[^\w-]/g, '_')}`;
      p.classList.add('cz-para');
      const info = { id: pid, p, panel: null, form: null, quote: '' };
      let sel = null;
      info.marker = h('button', { class: `causerie-marker cz-theme-${this.theme}`, 'aria-expanded': 'false', dir: this.tab.dir, lang: this.lang,
        onpointerdown: () => { sel = quoteOf(p, window.getSelection()); },
        onclick: () => { const s = sel || quoteOf(p, window.getSelection()); sel = null; this.toggleInline(info, s); } },
      icon('bubble'), info.count = h('span', { class: 'cz-n', 'aria-hidden': 'true' }), info.label = h('span', { class: 'cz-sr' }));
      info.marker.title = t('inlineAdd');
      p.append(info.marker);
      this.paras.set(pid, info);
    }
    this.updateMarkers();
    this.fitMarkers();
  }

  /* all moved out, all measured, then placed: one layout, however many markers */
  fitMarkers() {
    const ms = [...this.paras.values()].map((i) => i.marker);
    for (const m of ms) m.classList.remove('cz-in');
    const w = document.documentElement.clientWidth;
    const off = ms.map((m) => { const r = m.getBoundingClientRect(); return r.left < 0 || r.right > w; });
    ms.forEach((m, i) => m.classList.toggle('cz-in', off[i]));
  }

  /* Inline counts are sets of ids, so a comment seen twice counts once. */
  anchorAdd(c) {
    if (!c.anchor || c.deleted) return;
    const k = String(c.anchor.paragraph);
    if (!this.anchors.has(k)) this.anchors.set(k, new Set());
    this.anchors.get(k).add(c.id);
  }
  anchorDel(c) {
    if (c.anchor && this.anchors.has(String(c.anchor.paragraph))) this.anchors.get(String(c.anchor.paragraph)).delete(c.id);
  }

  updateMarkers() {
    const t = this.t;
    for (const [pid, info] of this.paras) {
      const n = this.anchors.has(pid) ? this.anchors.get(pid).size : 0;
      info.count.textContent = n ? new Intl.NumberFormat(this.lang).format(n) : '+';
      info.label.textContent = `${t('inlineCount', { n })} — ${t('inlineAdd')}`;
      info.marker.classList.toggle('cz-has', n > 0);
    }
  }

  toggleInline(info, quote) {
    if (info.panel) { this.closeInline(info); return; }
    const t = this.t;
    info.quote = quote;
    const ctx = { para: info, quote };
    info.form = this.makeForm('inline', ctx);
    info.form.quote.textContent = quote;
    info.listBox = h('ol', { class: 'cz-inline-list' });
    info.panel = h('aside', { class: this.rootClass('cz-inline'), lang: this.lang, dir: this.tab.dir, 'aria-label': t('inlineTitle') },
      h('div', { class: 'cz-inline-head' },
        h('p', { class: 'cz-formtitle', text: t('inlineTitle') }),
        h('button', { class: 'cz-btn cz-ghost cz-close', 'aria-label': t('close'), text: '×', onclick: () => this.closeInline(info) })),
      info.listBox,
      info.form.el);
    this.fillInline(info);
    info.p.after(info.panel);
    info.marker.setAttribute('aria-expanded', 'true');
    info.form.text.focus();
  }

  /* copies of the paragraph's comments, without their actions */
  fillInline(info) {
    const items = [];
    for (const e of this.byId.values()) {
      const c = e.c;
      if (c.deleted || !c.anchor || String(c.anchor.paragraph) !== info.id) continue;
      const art = e.article.cloneNode(true);
      for (const x of art.querySelectorAll('.cz-actions, .cz-quote, .cz-msg, [id]')) if (x.id) x.removeAttribute('id'); else x.remove();
      art.removeAttribute('aria-labelledby');
      items.push(h('li', { class: 'cz-inline-item' }, art));
    }
    info.listBox.replaceChildren(...(items.length ? items : [h('li', { class: 'cz-muted', text: this.t('inlineNone') })]));
  }

  refreshInline() {
    for (const info of this.paras.values()) if (info.panel) this.fillInline(info);
  }

  closeInline(info, keepFocus) {
    if (!info.panel) return;
    info.panel.remove();
    info.panel = null;
    info.form = null;
    info.marker.setAttribute('aria-expanded', 'false');
    if (!keepFocus) info.marker.focus();
  }

  /* -- live updates -- */

  /* after: the list's last_id (docs/widget.md) */
  listen(after) {
    if (!window.EventSource) return;
    const es = this.events = new EventSource(`${BASE}/api/v1/events?${q({ uri: this.uri, site: this.site, after })}`);
    es.onopen = () => this.root.setAttribute('data-causerie-live', '');
    /* EventSource gives up for good on an answer but 200 (the server's 503
     * while it shuts down, a proxy's 502 while it restarts): a new one, after
     * the newest comment seen (one seen again is not shown twice) */
    es.onerror = () => { if (es.readyState === 2) setTimeout(() => this.listen(after), 5000); };
    es.addEventListener('comment', (e) => {
      let c;
      try { c = JSON.parse(e.data); } catch (err) { return; }
      if (!c || !c.id) return;
      if (c.id > after) after = c.id;
      Promise.resolve(this.posting).then(() => this.arrive(c));
    });
  }

  arrive(c) {
    c.replies = c.replies || [];
    const known = this.byId.get(c.id);
    if (known) {
      if (known.pending) {
        /* the reader's own held comment, now approved */
        known.pending = false;
        known.li.classList.remove('cz-pending');
        if (known.badge) known.badge.remove();
        const note = known.article.querySelector('.cz-msg.cz-info');
        if (note) note.remove();
        setHtml(known.body, c.html);
        this.count += 1;
        this.updateCount();
        this.announce(this.t('published'));
      }
      return;
    }
    if (this.fresh.some((x) => x.id === c.id)) return;
    if (this.own[c.id]) { this.place(c); return; }
    this.fresh.push(c);
    this.count += 1;
    this.anchorAdd(c);
    this.updateCount();
    this.updateMarkers();
    const n = this.fresh.length;
    this.newBtn.textContent = this.t('newComments', { n });
    this.newBtn.hidden = false;
    this.announce(this.t('live', { n }));
  }

  async reveal() {
    const fresh = this.fresh;
    this.fresh = [];
    this.newBtn.hidden = true;
    /* a reply to a comment of the pages not shown yet: show them first */
    if (this.cursor && fresh.some((c) => c.parent && !this.byId.has(c.parent))) await this.showAll();
    let first = null;
    for (const c of fresh.sort((a, b) => a.id - b.id)) {
      const e = this.place(c, { counted: true });
      if (e) {
        e.li.classList.add('cz-fresh');
        if (!first || (this.sort !== 'oldest' && !c.parent)) first = e;
      }
    }
    if (first) {
      first.article.focus({ preventScroll: true });
      first.article.scrollIntoView({ block: 'nearest' });
    }
  }
}

/* -- start -- */

const widgets = [];
window.Causerie = { started: true, base: BASE, widgets };

function start() {
  const els = document.querySelectorAll('#causerie, [data-causerie]');
  if (!els.length) return;
  const css = loadCss(BASE + '/widget/embed.css');
  for (const el of els) {
    if (el.__causerie) continue;
    el.__causerie = true;
    const cfg = config(el);
    const first = api('GET', `/api/v1/comments?${q({ uri: cfg.uri, site: cfg.site, sort: cfg.sort, limit: cfg.limit })}`);
    first.catch(() => null);
    Promise.all([strings(cfg.lang), css]).then(([tab]) => {
      const w = new Widget(el, tab, cfg);
      widgets.push(w);
      return w.load(first);
    }).catch((e) => { if (window.console) console.warn('causerie:', e.message); });
  }
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
})();
