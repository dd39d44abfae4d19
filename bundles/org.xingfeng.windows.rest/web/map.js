/* The station map: signs in, reads the stations, villages and coverage of the caller's reach, draws them on Leaflet. */
'use strict';
const T = JSON.parse(document.getElementById('texts').textContent);
const LANG = document.documentElement.lang;
const KEY = 'xingfeng.map.token';
const params = new URLSearchParams(location.search);
const UNIT = params.get('unitId');
const $ = id => document.getElementById(id);
let token = sessionStorage.getItem(KEY);
let map = null;
let layer = null;
let stations = [];
let villages = [];

function t(key, ...args) {
  let s = T[key] === undefined ? key : T[key];
  args.forEach((a, i) => { s = s.split('{' + i + '}').join(String(a)); });
  return s;
}

function esc(s) {
  return String(s == null ? '' : s).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

async function api(path, body) {
  const headers = { 'Accept': 'application/json', 'Accept-Language': LANG };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers['Authorization'] = 'Bearer ' + token;
  const r = await fetch(path, { method: body === undefined ? 'GET' : 'POST', headers,
    body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  const data = text ? JSON.parse(text) : null;
  if (!r.ok) {
    const e = new Error((data && data.message) || (r.status + ' ' + r.statusText));
    e.status = r.status;
    throw e;
  }
  return data;
}

function label(code, name) {
  return !name || name === code ? code : code + ' ' + name;
}

function show(el, e) {
  el.hidden = !e;
  el.textContent = e ? (e.message || String(e)) : '';
}

function scope(extra) {
  const q = new URLSearchParams(extra || {});
  if (UNIT) q.set('unitId', UNIT);
  const s = q.toString();
  return s ? '?' + s : '';
}

function signedOut() {
  token = null;
  sessionStorage.removeItem(KEY);
  $('app').hidden = true;
  $('login').hidden = false;
}

async function start() {
  $('login').hidden = true;
  $('app').hidden = false;
  if (!map) {
    map = L.map('map', { zoomControl: true, attributionControl: true });
    if (T.tileUrl) {
      L.tileLayer(T.tileUrl, { maxZoom: 18, attribution: esc(T.tileAttribution) }).addTo(map);
    } else {
      map.attributionControl.addAttribution(esc(t('noTiles')));
    }
    const legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => {
      const d = L.DomUtil.create('div', 'legend');
      d.innerHTML = '<span class="dot" style="background:#0b5cab"></span>' + esc(t('legendStation')) + '<br>'
        + '<span class="dot" style="background:#2e7d32"></span>' + esc(t('legendInside')) + '<br>'
        + '<span class="dot" style="background:#d92d20"></span>' + esc(t('legendOutside'));
      return d;
    };
    legend.addTo(map);
    map.setView([31.47, 104.68], 9);
  }
  try {
    [stations, villages] = await Promise.all([api('/api/v1/windows/stations' + scope()),
      api('/api/v1/windows/villages' + scope())]);
    await draw(true);
  } catch (e) {
    if (e.status === 401) { signedOut(); return; }
    show($('error'), e);
  }
}

async function draw(first) {
  const matter = $('matter').value;
  const mode = $('mode').value;
  const c = await api('/api/v1/windows/stations/coverage' + scope(matter ? { mode, matterCode: matter } : { mode }));
  if (first || $('matter').options.length === 0) {
    const keep = matter;
    $('matter').innerHTML = c.matters.map(m => '<option value="' + esc(m.matterCode) + '">' + esc(label(m.matterCode, m.matterName)) + '</option>').join('');
    if (keep) $('matter').value = keep;
    if (!matter && c.matters.length) return draw(first);
  }
  const m = c.matters.find(x => x.matterCode === $('matter').value) || c.matters[0];
  const outside = new Set(m ? m.outside.map(v => v.id) : villages.map(v => v.id));
  if (layer) layer.remove();
  layer = L.layerGroup().addTo(map);
  const bounds = [];
  for (const s of stations) {
    if (s.latitude == null || s.longitude == null) continue;
    const handles = !m || s.matters.some(x => x.code === m.matterCode);
    const at = [s.latitude, s.longitude];
    bounds.push(at);
    if (handles) {
      const circle = L.circle(at, { radius: c.reachKm * 1000, color: '#0b5cab', weight: 1, fillColor: '#0b5cab', fillOpacity: .08 }).addTo(layer);
      const b = circle.getBounds();
      bounds.push(b.getSouthWest(), b.getNorthEast());
    }
    L.circleMarker(at, { radius: 8, color: '#fff', weight: 2, fillColor: handles ? '#0b5cab' : '#8aa0b6', fillOpacity: 1 })
      .bindTooltip(esc(s.name) + (s.openingHours ? '<br>' + esc(s.openingHours) : '')
        + '<br>' + esc(t('handles', s.matters.length)))
      .addTo(layer);
  }
  for (const v of villages) {
    const at = [v.latitude, v.longitude];
    bounds.push(at);
    const out = outside.has(v.id);
    L.circleMarker(at, { radius: out ? 6 : 4, color: out ? '#d92d20' : '#2e7d32', weight: 1,
      fillColor: out ? '#d92d20' : '#2e7d32', fillOpacity: out ? .9 : .6 })
      .bindTooltip(esc(v.name) + '<br>' + esc(t('population', v.population)))
      .addTo(layer);
  }
  if (first && bounds.length) {
    map.invalidateSize(false);
    map.fitBounds(bounds, { padding: [20, 20], animate: false });
  }
  const share = m && m.share != null ? (m.share * 100).toFixed(1) + '%' : '—';
  $('figures').innerHTML = [
    [t('reach'), c.reachKm.toFixed(2) + ' km'],
    [t('stations'), m ? m.stations : 0],
    [t('villagesReached'), m ? m.villagesReached + ' / ' + m.villages : '—'],
    [t('covered'), share, m && m.share != null && m.share < 1],
    [t('populationCovered'), m ? m.populationCovered.toLocaleString('zh-CN') : '—'],
    [t('populationTotal'), c.population.toLocaleString('zh-CN')]
  ].map(([k, v, bad]) => '<div class="figure' + (bad ? ' bad' : '') + '"><b>' + esc(v) + '</b>' + esc(k) + '</div>').join('');
  $('outside').innerHTML = m && m.outside.length
    ? m.outside.map(v => '<li>' + esc(v.name) + '（' + esc(t('population', v.population)) + '）</li>').join('')
    : '<li>' + esc(t('none')) + '</li>';
  $('hall-only').innerHTML = c.hallOnly.length
    ? c.hallOnly.map(x => '<li>' + esc(label(x.code, x.name)) + '</li>').join('')
    : '<li>' + esc(t('none')) + '</li>';
  document.body.dataset.ready = 'true';
}

$('login-form').addEventListener('submit', async ev => {
  ev.preventDefault();
  show($('login-error'), null);
  try {
    const r = await api('/api/v1/auth/login', { username: $('username').value.trim(), password: $('password').value });
    token = r.token;
    sessionStorage.setItem(KEY, token);
    await start();
  } catch (e) {
    show($('login-error'), e);
  }
});
$('logout').addEventListener('click', signedOut);
$('matter').addEventListener('change', () => draw(false).catch(e => show($('error'), e)));
$('mode').addEventListener('change', () => draw(false).catch(e => show($('error'), e)));

if (token) { start(); } else { signedOut(); }
