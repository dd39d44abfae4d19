/* 网上预约: a matter, a working day and a slot with room; the booking's reference is checked in at the kiosk. */
'use strict';
(function () {
  const $ = id => document.getElementById(id);
  let slot = null;
  let booking = null;

  async function loadMatters() {
    try {
      const matters = await api('GET', 'halls/' + HALL + '/matters');
      $('matter').replaceChildren(...matters.map(m => el('option', { value: m.code }, m.name)));
      await loadSlots();
    } catch (e) {
      showError($('error'), e);
    }
  }

  async function loadSlots() {
    slot = null;
    $('slots').replaceChildren();
    showError($('error'), null);
    if (!$('matter').value || !$('date').value) return;
    try {
      const slots = await api('GET', 'slots?hallId=' + HALL + '&matterCode=' + encodeURIComponent($('matter').value)
        + '&date=' + $('date').value);
      $('slots').replaceChildren(...slots.map(s => el('button', { type: 'button', 'data-start': s.start,
        disabled: s.available <= 0, onclick: ev => {
          slot = s;
          $('slots').querySelectorAll('button').forEach(b => b.classList.toggle('on', b === ev.currentTarget));
        } }, s.start.substring(0, 5) + '–' + s.end.substring(0, 5), el('small', {}, t('left', s.available)))));
      $('no-slots').hidden = slots.length > 0;
    } catch (e) {
      showError($('error'), e);
    }
  }

  async function submit(ev) {
    ev.preventDefault();
    showError($('error'), null);
    if (!slot) {
      showError($('error'), new Error(t('chooseSlot')));
      return;
    }
    try {
      booking = await api('POST', 'appointments', { hallId: Number(HALL), matterCode: $('matter').value,
        date: $('date').value, start: slot.start, citizenName: $('name').value.trim(), citizenPhone: $('phone').value.trim() });
      $('reference').textContent = booking.reference;
      $('what').textContent = t('what', booking.date, booking.start.substring(0, 5), booking.end.substring(0, 5),
        booking.matterName || booking.matterCode);
      $('form').hidden = true;
      $('booked').hidden = false;
    } catch (e) {
      showError($('error'), e);
    }
  }

  async function cancel() {
    try {
      await api('POST', 'appointments/' + booking.id + '/cancel', { reference: booking.reference });
      $('what').textContent = t('cancelled');
      $('cancel').disabled = true;
    } catch (e) {
      showError($('cancel-error'), e);
    }
  }

  const day = today();
  $('date').value = day;
  $('date').min = day;
  $('matter').addEventListener('change', loadSlots);
  $('date').addEventListener('change', loadSlots);
  $('form').addEventListener('submit', submit);
  $('cancel').addEventListener('click', cancel);
  $('again').addEventListener('click', () => { location.reload(); });
  loadMatters();
})();
