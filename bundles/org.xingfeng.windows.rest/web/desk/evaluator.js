/* 评价器: the tablet at a window. When the window closes a record (the hall's live stream says so), it shows the
   evaluation page for that record; back to the welcome after the evaluation or when nobody touches it. */
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  const windowId = Number(document.body.dataset.window);
  const hallId = document.body.dataset.hall;
  const params = new URLSearchParams(location.search);
  const idleSeconds = Math.max(10, Number(params.get('timeout')) || 180);
  let left = 0;
  let timer = null;
  let source = null;

  function idle(thanks) {
    clearInterval(timer);
    timer = null;
    $('form').hidden = true;
    $('frame').removeAttribute('src');
    $('idle').hidden = false;
    $('thanks').hidden = !thanks;
    document.body.dataset.state = 'idle';
  }

  function touch() { left = idleSeconds; }

  async function show(recordId) {
    const r = await api('GET', '/api/v1/windows/records/' + encodeURIComponent(recordId));
    if (!r.evaluationTicket || r.windowId !== windowId) return;
    $('frame').src = '/evaluate?at=window&t=' + encodeURIComponent(r.evaluationTicket) + '&lang=' + (LANG === 'en' ? 'en' : 'zh');
    $('idle').hidden = true;
    $('form').hidden = false;
    document.body.dataset.state = 'record';
    document.body.dataset.record = r.number;
    touch();
    clearInterval(timer);
    timer = setInterval(() => {
      left--;
      $('countdown').textContent = t('resetIn', left);
      if (left <= 0) idle(false);
    }, 1000);
  }

  window.addEventListener('message', ev => {
    if (ev.origin !== location.origin || !ev.data) return;
    if (ev.data.type === 'xingfeng.evaluated') setTimeout(() => idle(true), 3000);
    if (ev.data.type === 'xingfeng.touch') touch();
  });

  async function start() {
    await api('GET', '/api/v1/windows/windows/' + windowId);
    idle(false);
    if (source) source.close();
    source = new EventSource('/api/v1/windows/public/calls/' + hallId);
    source.addEventListener('closed', ev => {
      const d = JSON.parse(ev.data);
      if (d.windowId === windowId) show(d.recordId).catch(e => showError($('error'), e));
    });
    source.addEventListener('open', () => { document.body.dataset.live = 'yes'; });
  }

  signedIn(start);
})();
