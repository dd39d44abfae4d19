/* 好差评: the citizen rates one handling with the ticket from the receipt's QR code or the window's tablet. */
'use strict';
(function () {
  const T = JSON.parse(document.getElementById('texts').textContent);
  const $ = id => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const ticket = params.get('t') || '';
  const atWindow = params.get('at') === 'window';
  const LANG = document.documentElement.lang;
  const LEVELS = [5, 4, 3, 2, 1];
  const MOUTHS = { 5: 'M8 15 Q12 20 16 15', 4: 'M8.5 15 Q12 17.5 15.5 15', 3: 'M8.5 16 L15.5 16',
    2: 'M8.5 17 Q12 14.5 15.5 17', 1: 'M8 18 Q12 13 16 18' };
  const state = { level: null, indicators: {}, tags: new Set(), channel: 'WEB' };

  function t(key, ...args) {
    let s = T[key] === undefined ? key : T[key];
    args.forEach((a, i) => { s = s.split('{' + i + '}').join(String(a)); });
    return s;
  }

  /** A face drawn as SVG (no emoji font needed): the mouth follows the level. */
  function face(n) {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('class', 'face');
    svg.setAttribute('aria-hidden', 'true');
    const add = (tag, attrs) => {
      const e = document.createElementNS(ns, tag);
      Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
      svg.append(e);
    };
    add('circle', { cx: 12, cy: 12, r: 10.5, fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6 });
    add('circle', { cx: 8.5, cy: 9.5, r: 1.3, fill: 'currentColor' });
    add('circle', { cx: 15.5, cy: 9.5, r: 1.3, fill: 'currentColor' });
    add('path', { d: MOUTHS[n], fill: 'none', stroke: 'currentColor', 'stroke-width': 1.6, 'stroke-linecap': 'round' });
    return svg;
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

  async function call(method, path, body) {
    const headers = { 'Accept': 'application/json', 'Accept-Language': LANG };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const r = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!r.ok) {
      const e = new Error((data && data.message) || (r.status + ' ' + r.statusText));
      e.status = r.status;
      e.code = data && data.error;
      throw e;
    }
    return data;
  }

  /** A ticket that cannot be used: the reason in plain words, nothing else on the page. */
  function problem(kind, detail) {
    $('what').hidden = kind !== 'used';
    $('form').hidden = true;
    $('problem').hidden = false;
    $('problem-icon').className = kind === 'used' ? 'icon used' : 'icon';
    $('problem-icon').textContent = kind === 'used' ? '✓' : '!';
    $('problem-title').textContent = t('problem.' + kind);
    $('problem-text').textContent = t('problem.' + kind + '.text') + (detail ? ' (' + detail + ')' : '');
    document.body.dataset.state = kind;
  }

  function failure(e) {
    if (e.code === 'ticket_expired') return problem('expired');
    if (e.code === 'ticket_invalid' || e.code === 'ticket_mismatch') return problem('invalid');
    if (e.code === 'ticket_required') return problem('missing');
    if (e.status === 409) return problem('used');
    return null;
  }

  function show(v) {
    state.channel = v.channel;
    $('unit').textContent = v.unitName || '';
    $('record').textContent = v.recordNo;
    // the matter's name (from the matters module) with its code beside; the code alone without a name
    $('matter').replaceChildren(...(v.matterName
      ? [el('span', { class: 'matter-name' }, v.matterName), el('span', { class: 'matter-code' }, v.matterCode)]
      : [v.matterCode || '']));
    $('matter').hidden = $('matter-label').hidden = !v.matterCode;
    $('window').textContent = v.windowNo || '';
    $('window').hidden = $('window-label').hidden = !v.windowNo;
    $('staff').textContent = [v.staffName, v.staffNumber ? t('staffNo', v.staffNumber) : null].filter(Boolean).join(' ');
    $('staff').hidden = $('staff-label').hidden = !v.staffNumber;
    $('what').hidden = false;
    if (v.evaluated) return problem('used');
    LEVELS.forEach(n => $('levels').append(el('button', { type: 'button', 'data-level': n, role: 'radio',
      class: n <= 2 ? 'bad' : null, onclick: () => pickLevel(n) },
      face(n), el('span', {}, t('level.' + n)))));
    v.indicators.forEach(i => {
      const stars = el('div', { class: 'stars', role: 'radiogroup', 'aria-label': i.nameZh });
      for (let n = 1; n <= 5; n++) {
        stars.append(el('button', { type: 'button', 'data-score': n, 'aria-label': n + '/5',
          onclick: () => pickIndicator(i.id, n, stars) }, '★'));
      }
      $('indicators').append(el('div', { class: 'indicator', 'data-indicator': i.id },
        el('span', {}, LANG === 'en' ? t('indicator.' + i.id) : i.nameZh), stars));
    });
    renderTags();
    $('form').hidden = false;
    document.body.dataset.state = 'form';
  }

  function pickLevel(n) {
    state.level = n;
    $('error').hidden = true;
    $('levels').querySelectorAll('button').forEach(b => {
      b.classList.toggle('on', Number(b.dataset.level) === n);
      b.setAttribute('aria-checked', Number(b.dataset.level) === n);
    });
    if (!Object.keys(state.indicators).length) { // a start the citizen may change star by star
      document.querySelectorAll('.indicator').forEach(row => pickIndicator(row.dataset.indicator, n, row.querySelector('.stars')));
    }
    state.tags.clear();
    renderTags();
    touch();
  }

  function pickIndicator(id, n, stars) {
    state.indicators[id] = n;
    stars.querySelectorAll('button').forEach(b => b.classList.toggle('on', Number(b.dataset.score) <= n));
    touch();
  }

  function renderTags() {
    const good = state.level === null || state.level >= 3;
    const list = t(good ? 'tags.good' : 'tags.bad').split('|');
    $('tags').replaceChildren(...list.map(tag => el('button', { type: 'button', class: state.tags.has(tag) ? 'on' : null,
      onclick: ev => {
        if (state.tags.has(tag)) state.tags.delete(tag); else state.tags.add(tag);
        ev.currentTarget.classList.toggle('on');
        touch();
      } }, tag)));
  }

  function touch() {
    if (window.parent !== window) window.parent.postMessage({ type: 'xingfeng.touch' }, location.origin);
  }

  async function submit(ev) {
    ev.preventDefault();
    $('error').hidden = true;
    if (state.level === null) {
      $('error').textContent = t('chooseLevel');
      $('error').hidden = false;
      return;
    }
    $('submit').disabled = true;
    try {
      const comment = $('comment').value.trim();
      await call('POST', '/api/v1/evaluations/submissions', { ticket, level: state.level, channel: state.channel,
        indicators: state.indicators, tags: Array.from(state.tags), comment: comment || null });
      $('form').hidden = true;
      $('done').hidden = false;
      $('done-text').textContent = t(state.level <= 2 ? 'done.bad' : 'done.good');
      document.body.dataset.state = 'done';
      if (window.parent !== window) window.parent.postMessage({ type: 'xingfeng.evaluated' }, location.origin);
    } catch (e) {
      if (failure(e) === null) {
        $('error').textContent = e.message;
        $('error').hidden = false;
      }
    } finally {
      $('submit').disabled = false;
    }
  }

  $('form').addEventListener('submit', submit);
  $('comment').addEventListener('input', touch);
  const other = new URLSearchParams(location.search);
  other.set('lang', LANG === 'en' ? 'zh' : 'en');
  $('lang').href = '?' + other.toString();

  if (!ticket) {
    problem('missing');
    return;
  }
  call('GET', '/api/v1/evaluations/public/ticket?t=' + encodeURIComponent(ticket) + (atWindow ? '&at=window' : ''))
    .then(show)
    .catch(e => {
      if (failure(e) === null) problem('error', e.message);
    });
})();
