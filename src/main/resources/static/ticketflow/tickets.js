// Browsing tickets from Cockpit, closed ones included: a filtered, paged list; a ticket opens read-only with its
// whole conversation and history (what the help desk keeps forever).
import { h, label, loadLabels, renderTicket, stylesheet, when } from './ticket-view.js';

export function renderTicketBrowser(node, api) {
  stylesheet();
  const state = h('select', { class: 'form-control tf-filter-state' }, h('option', { value: '' }, 'any state'));
  const queue = h('input', { class: 'form-control tf-filter-queue', placeholder: 'queue' });
  const customer = h('input', { class: 'form-control tf-filter-customer', placeholder: 'customer e-mail' });
  const number = h('input', { class: 'form-control tf-filter-number', placeholder: 'ticket number' });
  const rows = h('tbody');
  const status = h('div', { class: 'tf-label tf-ticket-count' });
  const detail = h('div', { class: 'tf-ticket-detail' });
  const pager = h('div', { class: 'tf-pager' });
  let page = 0;
  // the dashboard's figures link here with the filters of the tickets they count
  const given = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  queue.value = given.get('queue') ?? '';
  customer.value = given.get('customer') ?? '';
  number.value = given.get('number') ?? '';
  const flags = {};
  for (const flag of ['unanswered', 'active']) {
    if (given.has(flag)) {
      flags[flag] = given.get(flag);
    }
  }
  const flagNote = h('span', { class: 'tf-label tf-filter-flags' },
    Object.keys(flags).map((flag) => ({ unanswered: 'unanswered only', active: 'new, open and pending only' }[flag])).join(', '));

  const open = (ticketNumber) => {
    detail.textContent = 'Loading…';
    renderTicket(detail, api, ticketNumber, { readOnly: true }).then(() => detail.scrollIntoView());
  };

  const search = async () => {
    if (number.value.trim()) {
      open(number.value.trim());
      return;
    }
    const query = new URLSearchParams({ page, size: 20 });
    if (state.value) query.set('state', state.value);
    if (queue.value.trim()) query.set('queue', queue.value.trim());
    if (customer.value.trim()) query.set('customer', customer.value.trim());
    Object.entries(flags).forEach(([flag, value]) => query.set(flag, value));
    try {
      const result = await api.get(`tickets?${query}`);
      rows.replaceChildren(...result.content.map((t) => h('tr', { 'data-ticket': t.number },
        h('td', {}, h('a', { class: 'tf-ticket-link', onclick: () => open(t.number) }, t.number)),
        h('td', {}, t.title), h('td', {}, label('states', t.state)), h('td', {}, t.queue),
        h('td', {}, t.customer), h('td', {}, when(t.changed)))));
      status.textContent = `${result.totalElements} tickets`;
      pager.replaceChildren(
        h('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: page === 0, onclick: () => { page -= 1; search(); } }, '‹ newer'), ' ',
        `page ${result.page + 1} of ${Math.max(1, result.totalPages)}`, ' ',
        h('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: page + 1 >= result.totalPages, onclick: () => { page += 1; search(); } }, 'older ›'));
    } catch (error) {
      status.textContent = error.message;
    }
  };

  node.replaceChildren(h('div', { class: 'tf-tickets container-fluid' },
    h('h2', {}, 'Tickets'),
    h('form', { class: 'tf-tickets-filter', onsubmit: (event) => { event.preventDefault(); page = 0; search(); } },
      state, queue, customer, number, h('button', { type: 'submit', class: 'btn btn-primary tf-search' }, 'Search'), ' ', flagNote),
    status,
    h('table', { class: 'table table-condensed tf-ticket-list' },
      h('thead', {}, h('tr', {}, ['Number', 'Title', 'State', 'Queue', 'Customer', 'Changed'].map((c) => h('th', {}, c)))),
      rows),
    pager,
    detail));
  // the states and their words come from the server
  loadLabels(api).then((labels) => {
    state.append(...Object.entries(labels.states).map(([code, words]) =>
      h('option', { value: code, selected: given.size === 0 ? code === 'closed_successful' : code === given.get('state') }, words)));
  }).catch((error) => { status.textContent = error.message; }).then(search);
}
