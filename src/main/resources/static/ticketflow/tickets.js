// Lists of tickets: a filtered, sorted, paged table; a ticket opens read-only with its whole conversation and history
// (what the help desk keeps forever). Cockpit's Tickets page browses every ticket, closed ones included; Tasklist's
// Tickets view is the agents' queue view, where a ticket opens with the task its reader has on it.
import { age, h, label, loadLabels, renderTicket, stylesheet, t, when } from './ticket-view.js';

/** The columns, each with the sort the list asks the server for (none: not sortable). */
const COLUMNS = () => [
  [t('Number'), null], [t('Title'), 'title'], [t('State'), 'state'], [t('Age'), 'created'], [t('Queue'), null],
  [t('Customer'), null], [t('Owner'), 'owner'], [t('Responsible'), 'responsible'], [t('Priority'), 'priority'],
  [t('Answered'), 'answered'], [t('Changed'), 'changed'],
];

/** The agents' ways to narrow the list: their own tickets, those of their queues, all they may see. */
const SCOPES = () => [['mine', t('My tickets'), { mine: true }], ['queues', t('My queues'), { myQueues: true }],
  ['all', t('All I may see'), {}]];

/**
 * The snippet of a ticket found by a text: the server sends it HTML-escaped with the matched words in <mark>; only
 * its text and those marks are shown.
 */
function snippet(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
  return h('div', { class: 'tf-snippet' }, [...parsed.childNodes].map((part) =>
    (part.nodeName === 'MARK' ? h('mark', {}, part.textContent) : part.textContent)));
}

/**
 * Draws a ticket list into the node. Options: scopes (the agents' scopes over active tickets instead of the
 * state/queue/customer filters), open (what a click on a ticket does; by default it opens read-only below),
 * text (words to look for at once: the list is then best match first, each ticket with its matched words).
 */
export async function renderTicketBrowser(node, api, { scopes = false, open, text = '' } = {}) {
  stylesheet();
  // the words of the page and of the states come from the server; without them the page is English and the codes show
  const labels = await loadLabels(api).catch(() => ({ states: {} }));
  const words = h('input', { type: 'search', class: 'form-control tf-filter-text', placeholder: t('words, number, customer, file…'),
    'aria-label': t('Search tickets'), maxlength: 200 });
  const state = h('select', { class: 'form-control tf-filter-state', 'aria-label': t('State') }, h('option', { value: '' }, t('any state')));
  const queue = h('input', { class: 'form-control tf-filter-queue', placeholder: t('queue'), 'aria-label': t('Queue') });
  const customer = h('input', { class: 'form-control tf-filter-customer', placeholder: t('customer e-mail'), 'aria-label': t('Customer') });
  const number = h('input', { class: 'form-control tf-filter-number', placeholder: t('ticket number'), 'aria-label': t('Ticket number') });
  const head = h('tr');
  const rows = h('tbody');
  const status = h('div', { class: 'tf-label tf-ticket-count', role: 'status' });
  const detail = h('div', { class: 'tf-ticket-detail' });
  const pager = h('div', { class: 'tf-pager' });
  let page = 0;
  // no sort chosen: the server's order, best match first when words are looked for, otherwise the newest first
  let sort = null;
  let direction = 'desc';
  // words from the header look among all the tickets the agent may see
  let scope = scopes ? (text ? 'all' : 'mine') : null;
  // the dashboard's figures link here with the filters of the tickets they count
  const given = new URLSearchParams(scopes ? '' : (window.location.hash.split('?')[1] ?? ''));
  queue.value = given.get('queue') ?? '';
  customer.value = given.get('customer') ?? '';
  number.value = given.get('number') ?? '';
  words.value = text || (given.get('q') ?? '');
  const flags = {};
  for (const flag of ['unanswered', 'active']) {
    if (given.has(flag)) {
      flags[flag] = given.get(flag);
    }
  }
  const flagNote = h('span', { class: 'tf-label tf-filter-flags' },
    Object.keys(flags).map((flag) => ({ unanswered: t('unanswered only'), active: t('new, open and pending only') }[flag])).join(', '));

  const readOnly = (ticketNumber) => {
    detail.textContent = t('Loading…');
    renderTicket(detail, api, ticketNumber, { readOnly: true }).then(() => detail.scrollIntoView());
  };
  const show = open ? (ticketNumber) => open(ticketNumber, () => readOnly(ticketNumber)) : readOnly;

  const query = () => {
    const params = new URLSearchParams({ page, size: 20, direction });
    if (sort) params.set('sort', sort);
    if (words.value.trim()) params.set('q', words.value.trim());
    if (scopes) {
      // the queue view shows the active tickets; a search finds closed ones too
      if (!params.has('q')) params.set('active', 'true');
      Object.entries(SCOPES().find(([key]) => key === scope)[2]).forEach(([name, value]) => params.set(name, value));
      return params;
    }
    if (state.value) params.set('state', state.value);
    if (queue.value.trim()) params.set('queue', queue.value.trim());
    if (customer.value.trim()) params.set('customer', customer.value.trim());
    Object.entries(flags).forEach(([flag, value]) => params.set(flag, value));
    return params;
  };

  // the agents' view selects tickets for an action on all of them at once
  const selected = new Set();
  const bulkResult = h('div', { class: 'tf-bulk-result', role: 'status' });
  const headings = () => head.replaceChildren(...(scopes ? [h('th', {}, '')] : []), ...COLUMNS().map(([title, key]) => {
    if (!key) {
      return h('th', {}, title);
    }
    const current = key === (sort ?? (words.value.trim() ? null : 'created'));
    const arrow = current ? (direction === 'asc' ? ' ▲' : ' ▼') : '';
    return h('th', { 'data-sort': key, 'aria-sort': current ? `${direction}ending` : 'none' },
      h('a', { href: '', class: 'tf-sort', onclick: (event) => {
        event.preventDefault();
        direction = current && direction === 'desc' ? 'asc' : 'desc';
        sort = key;
        page = 0;
        search();
      } }, title + arrow));
  }));

  const search = async () => {
    if (!scopes && number.value.trim()) {
      show(number.value.trim());
      return;
    }
    headings();
    try {
      const result = await api.get(`tickets?${query()}`);
      const now = Date.now();
      rows.replaceChildren(...result.content.map((ticket) => h('tr', { 'data-ticket': ticket.number, 'data-state': ticket.state },
        scopes ? h('td', {}, h('input', { type: 'checkbox', class: 'tf-select', 'aria-label': t('Select {0}', ticket.number),
          checked: selected.has(ticket.number),
          onchange: (event) => (event.target.checked ? selected.add(ticket.number) : selected.delete(ticket.number)) })) : null,
        h('td', {}, h('a', { href: '', class: 'tf-ticket-link', onclick: (event) => { event.preventDefault(); show(ticket.number); } }, ticket.number)),
        h('td', {}, ticket.title, ticket.snippet ? snippet(ticket.snippet) : null), h('td', {}, label('states', ticket.state)), h('td', { title: when(ticket.created) }, age(ticket.created, now)),
        h('td', {}, ticket.queue), h('td', {}, ticket.customer), h('td', {}, ticket.owner ?? '–'), h('td', {}, ticket.responsible ?? '–'),
        h('td', { 'data-column': 'priority' }, ticket.priority), h('td', {}, ticket.answered ? t('yes') : h('strong', {}, t('no'))), h('td', {}, when(ticket.changed)))));
      const found = words.value.trim();
      status.textContent = [t('{0} tickets', result.totalElements), found && scopes ? t('closed ones included') : null,
        found && !sort ? t('best match first') : null].filter(Boolean).join(', ');
      pager.replaceChildren(
        h('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: page === 0, onclick: () => { page -= 1; search(); } }, t('‹ previous')), ' ',
        t('page {0} of {1}', result.page + 1, Math.max(1, result.totalPages)), ' ',
        h('button', { type: 'button', class: 'btn btn-default btn-sm', disabled: page + 1 >= result.totalPages, onclick: () => { page += 1; search(); } }, t('next ›')));
    } catch (error) {
      status.textContent = error.message;
    }
  };

  const scopeTabs = h('ul', { class: 'nav nav-tabs tf-scopes' }, SCOPES().map(([key, title]) =>
    h('li', { class: key === scope ? 'active' : '', 'data-scope': key },
      h('a', { href: '', onclick: (event) => {
        event.preventDefault();
        scope = key;
        page = 0;
        scopeTabs.querySelectorAll('li').forEach((li) => li.classList.toggle('active', li.dataset.scope === key));
        search();
      } }, title))));

  const find = (event) => {
    event.preventDefault();
    page = 0;
    sort = null;
    direction = 'desc';
    search();
  };
  const action = h('select', { class: 'form-control input-sm tf-bulk-action', 'aria-label': t('Action on the selected tickets') },
    h('option', { value: 'note' }, t('Add an internal note')), h('option', { value: 'transfer' }, t('Move to the queue')),
    [5, 4, 3, 2, 1].map((p) => h('option', { value: `priority-${p}` }, t('Set priority {0}', p))),
    h('option', { value: 'merge' }, t('Merge into the ticket')),
    h('option', { value: 'close' }, t('Close successfully')),
    h('option', { value: 'close-unsuccessful' }, t('Close unsuccessfully')));
  const note = h('input', { class: 'form-control input-sm tf-bulk-note', placeholder: t('note'), 'aria-label': t('Note'), maxlength: 2000 });
  const target = h('select', { class: 'form-control input-sm tf-bulk-queue', 'aria-label': t('Queue to move to') });
  const into = h('input', { class: 'form-control input-sm tf-bulk-into', placeholder: t('merge into ticket number'),
    'aria-label': t('Ticket to merge into'), maxlength: 16 });
  if (scopes) {
    api.get('queues').then((queues) => target.replaceChildren(...queues.map((q) => h('option', { value: q.name }, q.name))))
      .catch(() => {});
  }
  const bulk = h('form', { class: 'tf-bulk form-inline', onsubmit: async (event) => {
    event.preventDefault();
    const chosen = action.value;
    try {
      const result = await api.post('tickets/bulk', {
        tickets: [...selected],
        action: chosen.startsWith('close') ? 'close' : chosen.startsWith('priority') ? 'priority' : chosen,
        ...(chosen.startsWith('priority') ? { priority: Number(chosen.substring(9)) } : {}),
        ...(chosen === 'merge' ? { into: into.value.trim() } : {}),
        ...(chosen === 'note' ? { body: note.value } : {}),
        ...(chosen === 'transfer' ? { queue: target.value } : {}),
        ...(chosen.startsWith('close') ? { resolution: chosen === 'close' ? 'successful' : 'unsuccessful' } : {}),
      });
      const refused = result.tickets.filter((r) => !r.done);
      bulkResult.replaceChildren(t('{0} of {1} done.', result.done, result.tickets.length),
        ...refused.map((r) => h('div', { class: 'tf-error', 'data-refused': r.ticket }, `#${r.ticket}: ${r.problem}`)));
      selected.clear();
      note.value = '';
      search();
    } catch (error) {
      bulkResult.replaceChildren(h('div', { class: 'tf-error' }, error.message));
    }
  } }, t('Selected tickets:'), ' ', action, ' ', note, ' ', target, ' ', into, ' ',
  h('button', { type: 'submit', class: 'btn btn-default btn-sm tf-bulk-apply' }, t('Apply')));
  const filters = scopes
    ? h('div', {}, h('form', { class: 'tf-tickets-filter', onsubmit: find }, words,
      h('button', { type: 'submit', class: 'btn btn-primary tf-search' }, t('Search'))), scopeTabs, bulk, bulkResult)
    : h('form', { class: 'tf-tickets-filter', onsubmit: find },
      words, state, queue, customer, number, h('button', { type: 'submit', class: 'btn btn-primary tf-search' }, t('Search')), ' ', flagNote);
  node.replaceChildren(h('div', { class: 'tf-tickets container-fluid' },
    h('h2', {}, t('Tickets')), filters, status,
    h('table', { class: 'table table-condensed tf-ticket-list' }, h('thead', {}, head), rows),
    pager, detail));
  state.append(...Object.entries(labels.states).map(([code, words]) =>
    h('option', { value: code, selected: given.size === 0 ? code === 'closed_successful' : code === given.get('state') }, words)));
  search();
}
