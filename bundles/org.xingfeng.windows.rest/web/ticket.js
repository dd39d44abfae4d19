/* A citizen's ticket: people ahead while it waits, the window once it is called; follows the hall's live events. */
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  const id = location.pathname.split('/').filter(Boolean).pop();
  const number = new URLSearchParams(location.search).get('n') || '';
  let source = null;
  let pending = null;

  tickClock($('clock'), false);

  function render(s) {
    $('card').hidden = false;
    $('hall').textContent = s.hallName;
    $('number').textContent = s.number;
    $('matter').textContent = s.matterName || s.matterCode;
    const called = s.state === 'CALLED' || s.state === 'SERVING';
    $('called').hidden = !called;
    $('called').textContent = called ? t('goTo', s.windowNumber) : '';
    $('state').textContent = s.state === 'WAITING' ? t('ahead', s.ahead) : stateText(s.state);
    $('times').textContent = t('takenAt', clock(s.takenAt, false)) + (s.calledAt ? ' · ' + t('calledAt', clock(s.calledAt, false)) : '');
    document.title = s.number + ' · ' + stateText(s.state);
    if ((s.state === 'FINISHED' || s.state === 'NO_SHOW') && source) {
      source.close();
      source = null;
    }
    if (!source && s.state !== 'FINISHED' && s.state !== 'NO_SHOW') {
      source = new EventSource(PUBLIC + 'calls/' + s.hallId);
      source.addEventListener('call', later);
      source.addEventListener('changed', later);
    }
  }

  function later() {
    if (!pending) pending = setTimeout(load, 300 + Math.random() * 700);
  }

  async function load() {
    pending = null;
    try {
      render(await api('GET', 'tickets/' + encodeURIComponent(id) + '?number=' + encodeURIComponent(number)));
      showError($('error'), null);
    } catch (e) {
      showError($('error'), e.status === 404 ? new Error(t('notFound')) : e);
    }
  }

  load();
})();
