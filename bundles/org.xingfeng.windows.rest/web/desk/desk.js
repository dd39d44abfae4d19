/* What the window desk's pages share: texts, the staff API with the signed-in account, the sign-in form. */
'use strict';
const T = JSON.parse(document.getElementById('texts').textContent);
const LANG = document.documentElement.lang;
const TOKEN_KEY = 'xingfeng.desk.token';

function t(key, ...args) {
  let s = T[key] === undefined ? key : T[key];
  args.forEach((a, i) => { s = s.split('{' + i + '}').join(String(a)); });
  return s;
}

async function api(method, path, body) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': LANG };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers['Authorization'] = 'Bearer ' + token;
  const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  const data = text ? JSON.parse(text) : null;
  if (!r.ok) {
    const e = new Error((data && data.message) || (r.status + ' ' + r.statusText));
    e.status = r.status;
    throw e;
  }
  return data;
}

function day(iso) {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  return new Intl.DateTimeFormat('zh-CN', { timeZone: T.zone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso));
}

function maskName(n) {
  if (!n) return '';
  const c = Array.from(n.trim());
  return c[0] + '*'.repeat(Math.max(1, c.length - 1));
}

function showError(box, error) {
  box.textContent = error ? (error.message || String(error)) : '';
  box.hidden = !error;
}

/** Runs start() once signed in: at once with a session's account, else after the sign-in form. */
function signedIn(start) {
  const form = document.getElementById('login');
  const box = document.getElementById('login-error');
  const go = async () => {
    try {
      form.hidden = true;
      await start();
    } catch (e) {
      if (e.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        form.hidden = false;
      }
      showError(box, e);
    }
  };
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    showError(box, null);
    try {
      const r = await api('POST', '/api/v1/auth/login',
        { username: document.getElementById('username').value.trim(), password: document.getElementById('password').value });
      sessionStorage.setItem(TOKEN_KEY, r.token);
      await go();
    } catch (e) {
      showError(box, e);
    }
  });
  if (sessionStorage.getItem(TOKEN_KEY)) go(); else form.hidden = false;
}
