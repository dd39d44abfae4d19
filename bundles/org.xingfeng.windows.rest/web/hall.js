/* What the hall's pages share: texts, the public API, times in the bureau's zone, small DOM helpers. */
'use strict';
const T = JSON.parse(document.getElementById('texts').textContent);
const HALL = document.body.dataset.hall;
const LANG = document.documentElement.lang;
const PUBLIC = '/api/v1/windows/public/';

function t(key, ...args) {
  let s = T[key] === undefined ? key : T[key];
  args.forEach((a, i) => { s = s.split('{' + i + '}').join(String(a)); });
  return s;
}

async function api(method, path, body, token) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': LANG };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['Authorization'] = 'Bearer ' + token;
  const url = path.startsWith('/') ? path : PUBLIC + path;
  const r = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  const data = text ? JSON.parse(text) : null;
  if (!r.ok) {
    const e = new Error((data && data.message) || (r.status + ' ' + r.statusText));
    e.status = r.status;
    throw e;
  }
  return data;
}

function clock(iso, seconds) {
  if (!iso) return '';
  const d = typeof iso === 'number' ? new Date(iso) : new Date(iso);
  return new Intl.DateTimeFormat('zh-CN', { timeZone: T.zone, hour: '2-digit', minute: '2-digit',
    second: seconds ? '2-digit' : undefined, hour12: false }).format(d);
}

function today() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: T.zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  });
  children.flat().forEach(c => { if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c)); });
  return e;
}

function showError(box, error) {
  box.textContent = error ? (error.message || String(error)) : '';
  box.hidden = !error;
}

function stateText(s) {
  return t('state.' + s);
}

/** Keeps the clock in a header up to date. */
function tickClock(node, seconds) {
  const show = () => { node.textContent = clock(Date.now(), seconds); };
  show();
  setInterval(show, 1000);
}
