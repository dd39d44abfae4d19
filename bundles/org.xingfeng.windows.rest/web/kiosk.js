/* 取号机: choose a matter (searchable), or check in an appointment; the ticket is shown and printed as a narrow receipt. */
'use strict';
(function () {
  const params = new URLSearchParams(location.search);
  const lobbyMode = params.has('lobby');
  const autoPrint = params.get('print') === 'auto';
  const $ = id => document.getElementById(id);
  let matters = [];
  let token = sessionStorage.getItem('xingfeng.lobby.token');
  let priorityClass = null;
  let back = null;
  let busy = false;

  tickClock($('clock'), false);

  function show(section) {
    ['choose', 'checkin', 'ticket'].forEach(id => { $(id).hidden = id !== section; });
    $('lobby').hidden = !lobbyMode || section === 'ticket';
    if (back) { clearTimeout(back); back = null; }
    if (section === 'ticket') back = setTimeout(() => reset(), 45000);
  }

  function reset() {
    $('search').value = '';
    $('reference').value = '';
    showError($('error'), null);
    showError($('checkin-error'), null);
    render();
    show('choose');
  }

  function render() {
    const q = $('search').value.trim().toLowerCase();
    const shown = matters.filter(m => !q || m.name.toLowerCase().includes(q) || m.code.toLowerCase().includes(q));
    $('matters').replaceChildren(...shown.map(m => el('button', { class: 'matter', type: 'button', 'data-code': m.code,
      onclick: () => take(m) }, m.name, m.name !== m.code ? el('small', {}, m.code) : null)));
    $('empty').hidden = shown.length > 0;
  }

  async function load() {
    try {
      matters = await api('GET', 'halls/' + HALL + '/matters');
      render();
    } catch (e) {
      showError($('error'), e);
    }
  }

  async function take(m) {
    if (busy) return;
    busy = true;
    showError($('error'), null);
    try {
      let status;
      if (lobbyMode && token) {
        const ticket = await api('POST', '/api/v1/windows/tickets', { hallId: Number(HALL), matterCode: m.code,
          priorityClass: priorityClass, source: 'KIOSK' }, token);
        status = await api('GET', 'tickets/' + ticket.id + '?number=' + encodeURIComponent(ticket.number));
      } else {
        status = await api('POST', 'tickets', { hallId: Number(HALL), matterCode: m.code, source: 'KIOSK' });
      }
      receipt(status);
    } catch (e) {
      if (e.status === 401) signOut();
      showError($('error'), e);
    } finally {
      busy = false;
    }
  }

  function receipt(s) {
    const url = location.origin + '/hall/ticket/' + s.id + '?n=' + encodeURIComponent(s.number);
    $('r-hall').textContent = s.hallName;
    $('r-number').textContent = s.number;
    $('r-matter').textContent = s.matterName || s.matterCode;
    $('r-ahead').textContent = t('ahead', s.ahead);
    $('r-time').textContent = t('takenAt', clock(s.takenAt, false));
    $('r-url').textContent = url;
    $('receipt').dataset.ticketId = s.id;
    const img = $('r-qr');
    img.onload = () => { if (autoPrint) window.print(); };
    img.src = '/hall/ticket/' + s.id + '/qr.svg?n=' + encodeURIComponent(s.number);
    show('ticket');
  }

  async function checkIn(ev) {
    ev.preventDefault();
    if (busy) return;
    busy = true;
    showError($('checkin-error'), null);
    try {
      const reference = $('reference').value.trim().toUpperCase();
      receipt(await api('POST', 'check-in', { hallId: Number(HALL), reference }));
    } catch (e) {
      showError($('checkin-error'), e);
    } finally {
      busy = false;
    }
  }

  async function signIn(ev) {
    ev.preventDefault();
    showError($('lobby-error'), null);
    try {
      const r = await api('POST', '/api/v1/auth/login', { username: $('username').value.trim(), password: $('password').value });
      token = r.token;
      sessionStorage.setItem('xingfeng.lobby.token', token);
      $('password').value = '';
      await lobby(r.user && (r.user.displayName || r.user.username));
    } catch (e) {
      showError($('lobby-error'), e);
    }
  }

  function signOut() {
    token = null;
    priorityClass = null;
    sessionStorage.removeItem('xingfeng.lobby.token');
    $('login').hidden = false;
    $('classes-box').hidden = true;
  }

  async function lobby(who) {
    const classes = await api('GET', '/api/v1/windows/tickets/priority-classes', undefined, token);
    const name = c => LANG === 'en' ? c.nameEn : c.nameZh;
    const buttons = [{ code: null, label: t('normal') }].concat(classes.map(c => ({ code: c.code, label: name(c) })))
      .map(c => el('button', { type: 'button', 'data-class': c.code || '', class: c.code === priorityClass ? 'on' : null,
        onclick: ev => {
          priorityClass = c.code;
          $('classes').querySelectorAll('button').forEach(b => b.classList.toggle('on', b === ev.currentTarget));
        } }, c.label));
    if (priorityClass === null) buttons[0].classList.add('on');
    $('classes').replaceChildren(...buttons);
    $('lobby-user').textContent = who || '';
    $('login').hidden = true;
    $('classes-box').hidden = false;
  }

  $('search').addEventListener('input', render);
  $('checkin-open').addEventListener('click', () => { show('checkin'); $('reference').focus(); });
  $('checkin-back').addEventListener('click', reset);
  $('checkin-form').addEventListener('submit', checkIn);
  $('print').addEventListener('click', () => window.print());
  $('done').addEventListener('click', reset);
  $('login').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', signOut);
  show('choose');
  load();
  if (lobbyMode && token) lobby().catch(() => signOut());
})();
