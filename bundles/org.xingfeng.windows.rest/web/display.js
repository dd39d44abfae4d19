/*
 * 叫号大屏: the last calls and the waiting counts, live by server-sent events (no polling); each call is announced aloud
 * in Chinese by the browser's speech synthesis ("请 A012 号到 3 号窗口办理"). Browsers speak only after a first touch of
 * the page (or with the hall screen's browser started with --autoplay-policy=no-user-gesture-required).
 */
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  const speech = 'speechSynthesis' in window ? window.speechSynthesis : null;
  let pending = null;
  let source = null;
  window.announcements = [];

  tickClock($('clock'), true);

  function render(live) {
    const last = live.lastCalls[0];
    $('now-number').textContent = last ? last.number : '—';
    $('now-window').textContent = last ? t('toWindow', last.windowNumber) : '';
    $('now-matter').textContent = last ? (last.matterName || '') : '';
    $('calls').replaceChildren(...live.lastCalls.slice(0, 8).map(c => el('tr', { 'data-number': c.number },
      el('td', {}, c.number), el('td', {}, t('toWindow', c.windowNumber)), el('td', {}, c.matterName || ''),
      el('td', { class: 'num' }, clock(c.calledAt, false)))));
    $('waiting').replaceChildren(...live.waitingByMatter.map(m => el('tr', {}, el('td', {}, m.label),
      el('td', { class: 'num' }, t('people', m.count)))));
    if (live.waitingByMatter.length === 0) $('waiting').replaceChildren(el('tr', {}, el('td', {}, t('nobody'))));
    $('totals').replaceChildren(el('span', {}, t('waitingTotal'), ' ', el('b', { id: 'waiting-total' }, live.waiting)),
      '　', el('span', {}, t('windowsOpen', live.windowsOpen)), '　',
      el('span', {}, t('longestWait', Math.round(live.longestWaitSeconds / 60))));
  }

  async function refresh() {
    pending = null;
    try {
      render(await api('GET', 'halls/' + HALL + '/live'));
    } catch (e) {
      $('totals').textContent = e.message;
    }
  }

  function later() {
    if (!pending) pending = setTimeout(refresh, 200);
  }

  function announce(call) {
    const text = t('announce', call.number, call.windowNumber);
    window.announcements.push(text);
    $('now-number').textContent = call.number;
    $('now-window').textContent = t('toWindow', call.windowNumber);
    const row = el('tr', { 'data-number': call.number }, el('td', {}, call.number), el('td', {}, t('toWindow', call.windowNumber)),
      el('td', {}, ''), el('td', { class: 'num' }, clock(call.at, false)));
    $('calls').prepend(row);
    const now = $('now');
    now.classList.remove('flash');
    void now.offsetWidth;
    now.classList.add('flash');
    if (speech) {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = 'zh-CN';
      u.rate = 0.9;
      const voice = speech.getVoices().find(v => v.lang && v.lang.replace('_', '-').toLowerCase().startsWith('zh'));
      if (voice) u.voice = voice;
      speech.speak(u);
      speech.speak(Object.assign(new SpeechSynthesisUtterance(text), { lang: 'zh-CN', rate: 0.9, voice: u.voice }));
    }
  }

  function connect() {
    source = new EventSource(PUBLIC + 'calls/' + HALL);
    source.addEventListener('call', ev => {
      announce(JSON.parse(ev.data));
      later();
    });
    source.addEventListener('changed', later);
    source.onerror = () => {
      // the browser reconnects by itself; read the state again once it has
      later();
    };
  }

  if (speech) {
    const button = $('speech');
    button.hidden = false;
    button.addEventListener('click', () => {
      speech.speak(Object.assign(new SpeechSynthesisUtterance(t('speechOn')), { lang: 'zh-CN' }));
      button.hidden = true;
    });
  }
  refresh();
  connect();
})();
