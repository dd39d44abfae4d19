/* The trainee's sign-in: the session the code stands for, then staff number and name, once. */
'use strict';
(function () {
  const T = JSON.parse(document.getElementById('texts').textContent);
  const CODE = document.body.dataset.code;
  const LANG = document.documentElement.lang;
  const API = '/api/v1/training/public/signin';
  const $ = id => document.getElementById(id);

  function t(key, ...args) {
    let s = T[key] === undefined ? key : T[key];
    args.forEach((a, i) => { s = s.split('{' + i + '}').join(String(a)); });
    return s;
  }

  function hm(iso) {
    return new Intl.DateTimeFormat('zh-CN', { timeZone: T.zone, hour: '2-digit', minute: '2-digit', hour12: false })
      .format(new Date(iso));
  }

  async function call(method, url, body) {
    const headers = { 'Accept': 'application/json', 'Accept-Language': LANG };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const r = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
    if (!r.ok) {
      const e = new Error((data && data.message) || t('failed'));
      e.status = r.status;
      e.code = data && data.error;
      e.details = (data && data.details) || [];
      throw e;
    }
    return data;
  }

  function status(text, info) {
    $('status').textContent = text || '';
    $('status').className = info ? 'status info' : 'status';
    $('status').hidden = !text;
  }

  function show(s) {
    $('session').hidden = false;
    $('course').textContent = s.courseTitle;
    $('unit').textContent = s.unitName || '';
    $('when').textContent = s.day + ' ' + s.startsAt.substring(0, 5) + '–' + s.endsAt.substring(0, 5);
    $('place').textContent = s.place || (s.topic || '');
    $('window').textContent = hm(s.opensAt) + '–' + hm(s.closesAt);
    document.title = s.courseTitle + ' · ' + t('title');
    if (s.state === 'OPEN') {
      $('form').hidden = false;
      status('');
    } else if (s.state === 'NOT_YET') {
      status(t('notYet', hm(s.opensAt)), true);
    } else {
      status(t('closed'));
    }
  }

  async function load() {
    try {
      show(await call('GET', API + '?code=' + encodeURIComponent(CODE)));
    } catch (e) {
      status(e.code === 'signin_code_invalid' ? t('badCode') : e.message);
    }
  }

  $('form').addEventListener('submit', async ev => {
    ev.preventDefault();
    const staffNumber = $('staffNumber').value.trim();
    const name = $('name').value.trim();
    $('err-staffNumber').textContent = staffNumber ? '' : t('required');
    $('err-name').textContent = name ? '' : t('required');
    $('error').hidden = true;
    if (!staffNumber || !name) return;
    $('submit').disabled = true;
    try {
      const r = await call('POST', API, { code: CODE, staffNumber, name });
      $('form').hidden = true;
      $('done').hidden = false;
      $('doneText').textContent = t('done', r.staffName);
      $('doneMeta').textContent = t('doneAt', hm(r.signedInAt), r.hours)
        + (r.minutesLate > 0 ? ' · ' + t('late', r.minutesLate) : '');
    } catch (e) {
      const field = e.details.find(d => d.field === 'staffNumber' || d.field === 'name');
      if (field && e.code !== 'signin_staff_unknown') {
        $('err-' + field.field).textContent = field.message;
      } else {
        $('error').textContent = e.message;
        $('error').hidden = false;
      }
      if (e.code === 'signin_closed' || e.code === 'signin_code_invalid') $('form').hidden = true;
    } finally {
      $('submit').disabled = false;
    }
  });

  load();
})();
