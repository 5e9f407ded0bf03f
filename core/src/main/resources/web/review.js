// Review of machine claims by an analyst: accept, reject or correct an event or a control claim, with a reason.
// Posting needs the server's write token, asked once and kept for this browser tab only (sessionStorage); the
// reviewer's name is remembered (localStorage). The review is stored beside the machine's claim, never over it.
// Uses el() from common.js; every string from the API reaches the page as text.
'use strict';
window.sitrepReview = (() => {
  const FIELDS = { event: ['type', 'actor', 'target', 'place', 'date'], control: ['controller', 'side', 'status', 'date'] };

  /** The fact's present value of a correctable field, to start the correction from. */
  function current(fact, field) {
    return field === 'date' ? fact.from : field === 'side' ? fact.controllerSide : fact[field];
  }

  function describe(review) {
    return `${review.verdict === 'accept' ? 'accepted' : review.verdict === 'reject' ? 'rejected' : 'corrected'}`
      + ` by ${review.reviewer} on ${String(review.at).slice(0, 10)}: ${review.reason}`;
  }

  async function post(body) {
    const token = sessionStorage.getItem('sitrep-token');
    const response = await fetch('/api/reviews', { method: 'POST', body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` } });
    const answer = await response.json().catch(() => ({}));
    if (response.status === 401) sessionStorage.removeItem('sitrep-token');
    if (!response.ok) throw new Error(answer.message || `review refused (${response.status})`);
    return answer;
  }

  /** The form for one verdict: reason always, the correctable fields for a correction. */
  function form(kind, id, verdict, fact, onDone) {
    const fields = verdict === 'correct' ? FIELDS[kind] : [];
    const inputs = {};
    const box = el('form', { class: 'review-form', 'data-verdict': verdict });
    if (!sessionStorage.getItem('sitrep-token')) {
      inputs.token = el('input', { name: 'token', type: 'password', required: 'required', autocomplete: 'off' });
      box.append(el('label', {}, 'Write token ', inputs.token));
    }
    inputs.reviewer = el('input', { name: 'reviewer', required: 'required', size: '10',
      value: localStorage.getItem('sitrep-reviewer') || '' });
    box.append(el('label', {}, 'Your name ', inputs.reviewer));
    for (const field of fields) {
      inputs[field] = el('input', { name: field, size: '12', value: current(fact, field) || '' });
      box.append(el('label', {}, `${field} `, inputs[field]));
    }
    inputs.reason = el('input', { name: 'reason', size: '24', required: verdict === 'accept' ? null : 'required' });
    const message = el('span', { class: 'review-message', role: 'status' });
    box.append(el('label', {}, 'Why ', inputs.reason), el('button', { type: 'submit' }, verdict), message);
    box.addEventListener('submit', async e => {
      e.preventDefault();
      if (inputs.token) sessionStorage.setItem('sitrep-token', inputs.token.value);
      localStorage.setItem('sitrep-reviewer', inputs.reviewer.value);
      const corrections = {};
      for (const field of fields) {
        const value = inputs[field].value.trim();
        if (value && value !== current(fact, field)) corrections[field] = value;
      }
      try {
        await post({ targetKind: kind, targetId: id, verdict, corrections, reviewer: inputs.reviewer.value,
          reason: inputs.reason.value });
        message.textContent = 'saved';
        onDone();
      } catch (error) {
        message.textContent = error.message;
      }
    });
    return box;
  }

  /** Fills {@code box} with the fact's review status and the Accept / Reject / Correct buttons. */
  function controls(box, kind, id, fact, onDone) {
    box.replaceChildren();
    if (fact.reviewed) box.append(el('p', { class: 'reviewed' }, `✓ ${describe(fact.reviewed)}`));
    const slot = el('div');
    const buttons = el('p', { class: 'review-buttons' }, 'Review: ');
    for (const verdict of ['accept', 'reject', 'correct']) {
      const button = el('button', { type: 'button', 'data-verdict': verdict }, verdict);
      button.addEventListener('click', () => slot.replaceChildren(form(kind, id, verdict, fact, onDone)));
      buttons.append(button);
    }
    box.append(buttons, slot);
  }

  return { controls };
})();
