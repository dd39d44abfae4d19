/* 办件回执: the record's receipt with the QR code of its evaluation page; printed on the window's 58 mm printer. */
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  const id = document.body.dataset.record;
  const auto = new URLSearchParams(location.search).get('print') === 'auto';

  async function load() {
    const r = await api('GET', '/api/v1/windows/records/' + encodeURIComponent(id));
    $('number').textContent = r.number;
    $('matter').textContent = r.matterName || r.matterCode || '';
    $('citizen').textContent = maskName(r.citizenName);
    $('window').textContent = r.windowNumber || t('channel.' + r.channel);
    $('staff').textContent = r.staffName || '';
    $('opened').textContent = day(r.openedAt);
    $('accepted').textContent = r.acceptedOn || '—';
    $('due').textContent = r.dueDate || (r.timeLimitDays === 0 ? t('onTheSpot') : '—');
    $('closed').textContent = r.closedAt ? day(r.closedAt) : '—';
    $('state').textContent = t('state.' + r.state);
    $('ticket').hidden = false;
    document.title = r.number;
    if (r.evaluationTicket) {
      $('evaluate').hidden = false;
      const img = $('qr');
      img.onload = () => { if (auto) window.print(); };
      img.src = '/hall/desk/qr.svg?t=' + encodeURIComponent(r.evaluationTicket);
      $('expires').textContent = t('evaluateBy');
    } else if (auto) {
      window.print();
    }
  }

  $('print').addEventListener('click', () => window.print());
  signedIn(load);
})();
