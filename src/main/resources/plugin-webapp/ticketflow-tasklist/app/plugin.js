// Tasklist shows tasks; these plugins show the ticket behind each: a line on every task card, and a "Ticket" tab
// with the whole ticket, where a note, a reply or the customer's call can be added without completing the task.
// "New ticket" in the header opens a ticket taken by phone.
// The shared code lives beside the help desk's API (/ticketflow/ticket-view.js); this file is served from
// <camunda>/api/tasklist/plugin/ticketflow-tasklist/static/app/plugin.js.
import { Api, cardLine, h, loadLabels, named, rememberLanguage, renderTicket, stylesheet, t } from '../../../../../../../ticketflow/ticket-view.js';
import { renderNewTicket } from '../../../../../../../ticketflow/new-ticket.js';
import { renderTicketBrowser } from '../../../../../../../ticketflow/tickets.js';

let me = null;

/** What the signed-in user may be offered (GET /api/me), asked once per page. */
function signedIn(client) {
  me ??= client.get('me').catch(() => ({ user: null, mayOpenTickets: false, worksTickets: false }));
  return me;
}

/**
 * The agents' queue view: the active tickets that are theirs, of their queues or all they may see, sorted and
 * paged; and the search box beside it, which opens the view with the tickets that match, closed ones included. A
 * ticket opens with the task its reader has on it, or one they may take; otherwise read only.
 */
function ticketsView(node, client) {
  let panel = null;
  const close = () => {
    panel?.remove();
    panel = null;
  };
  const open = async (number, readOnly) => {
    const [details, person] = await Promise.all([client.get(`tickets/${number}`), signedIn(client)]);
    const task = details.openTasks.find((t) => t.assignee === person.user)
      ?? (person.worksTickets ? details.openTasks.find((t) => !t.assignee) : undefined);
    if (!task) {
      readOnly();
      return;
    }
    close();
    window.location.hash = `#/?task=${task.id}`;
  };
  const show = (text) => {
    close();
    const list = h('div');
    panel = h('div', { class: 'tf-dialog tf-tickets-panel', role: 'dialog', 'aria-label': t('Tickets') },
      h('button', { type: 'button', class: 'close tf-tickets-close', 'aria-label': t('Close'), onclick: close }, '×'), list);
    document.body.append(panel);
    renderTicketBrowser(list, client, { scopes: true, open, text });
  };
  const link = h('a', { href: '', class: 'tf-tickets-view', onclick: (event) => {
    event.preventDefault();
    if (panel) {
      close();
      return;
    }
    show('');
  } }, t('Tickets'));
  const words = h('input', { type: 'search', class: 'form-control', placeholder: t('Search tickets'), maxlength: 200,
    'aria-label': t('Search tickets') });
  const box = h('form', { class: 'tf-header-search', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    if (words.value.trim()) {
      show(words.value.trim());
    }
  } }, words);
  node.replaceChildren(box, link);
}

/**
 * Tasklist offers Claim to whoever sees a task; the help desk offers it to whoever may take that task (the engine
 * refuses the others anyway). Until the server has answered for the task shown, Claim stays hidden.
 */
function offerClaim(client) {
  let asked = null;
  const check = async () => {
    const task = shownTask();
    if (task === asked) {
      return;
    }
    asked = task;
    document.body.classList.toggle('tf-no-claim', task !== null);
    if (task === null) {
      return;
    }
    try {
      const rights = await client.get(`tasks/${task}/rights`);
      if (asked === task) {
        document.body.classList.toggle('tf-no-claim', !rights.claim);
      }
    } catch {
      // a task that is gone or not the reader's: nothing to claim
    }
  };
  window.addEventListener('hashchange', check);
  check();
}

/** The task Tasklist shows, from its address (null: none). */
function shownTask() {
  return new URLSearchParams(window.location.hash.replace(/^#\/?\??/, '')).get('task');
}

/**
 * Tasklist keeps the form it loaded for a task, and with it the ticket's header as it was before the claim ("not
 * claimed yet", no owner). When the task shown gets its assignee, it is opened anew, so that its form and the
 * ticket's header are read again from the server.
 */
function freshFormAfterClaim() {
  let offered = null;
  const reopen = (task) => {
    const address = window.location.hash;
    const params = new URLSearchParams(address.replace(/^#\/?\??/, ''));
    params.delete('task');
    window.addEventListener('hashchange', () => {
      // Tasklist has let go of the task: show it again, as if it were picked from the list
      setTimeout(() => {
        if (shownTask() === null) {
          window.location.hash = address;
        }
      });
    }, { once: true });
    window.location.hash = `#/?${params}`;
  };
  new MutationObserver(() => {
    const task = shownTask();
    if (document.querySelector('.assignee [ng-click="claim()"]')) {
      offered = task;
    } else if (task !== null && task === offered && document.querySelector('li.assignee:not(.set-value)')) {
      offered = null;
      reopen(task);
    }
  }).observe(document.body, { childList: true, subtree: true });
}

/**
 * The engine's name of the filter a link shows; the link itself shows it in the reader's language. Tasklist writes
 * the name as the link's first text, and writes it again only when the filter's name changes.
 */
function filterName(link) {
  const text = link.firstChild;
  if (!link.dataset.tfName || (text && text.textContent.trim() !== named(link.dataset.tfName))) {
    link.dataset.tfName = text?.textContent.trim() ?? '';
  }
  const words = named(link.dataset.tfName);
  if (text && text.nodeType === Node.TEXT_NODE && text.textContent.trim() !== words) {
    text.textContent = ` ${words} `;
  }
  return link.dataset.tfName;
}

/** How often the filters' counts follow the work that moves through them. */
const RECOUNT = 15000;

/** How long the counts wait after Tasklist has drawn its list anew, and how long they are fresh after a count. */
const SETTLE = 1000;
const FRESH = 5000;

/**
 * Tasklist counts only the filter one looks at. Each filter shows its count here, asked of the engine every
 * RECOUNT milliseconds and a moment after Tasklist has drawn its list anew (a claim, a completed task). The counts
 * are asked one after another and after the list, never beside it: a count of thousands of tasks costs the database
 * as much as the list the agent waits for. When Tasklist draws its filters again, the counts known are shown at once.
 * Each count is of the active tasks, as Tasklist lists them: a suspended ticket is not counted where it is not
 * listed, and the server keeps one count for both (KeptFilterCounts).
 */
function countFilters(engineApi, csrfToken) {
  const counts = new Map();
  let pending = false;
  let counted = 0;
  let scheduled = null;
  const call = (path, init = {}) => fetch(`${engineApi}${path}`, { credentials: 'same-origin', ...init,
    headers: { Accept: 'application/json', ...init.headers } })
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(response.statusText))));
  const countActive = (filter) => call(`/filter/${filter.id}/count`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken || '' },
    body: JSON.stringify({ active: true }),
  });
  const show = () => {
    for (const link of document.querySelectorAll('.task-filter h4.name a')) {
      const name = filterName(link);
      if (!counts.has(name)) {
        continue;
      }
      let badge = link.querySelector('.tf-filter-count');
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'counter tf-filter-count';
        link.append(badge);
      }
      if (badge.textContent !== String(counts.get(name))) {
        badge.textContent = String(counts.get(name));
      }
    }
  };
  const recount = async () => {
    if (pending || document.hidden || !document.querySelector('.task-filter')) {
      return;
    }
    pending = true;
    try {
      for (const filter of await call('/filter?resourceType=Task')) {
        const { count } = await countActive(filter);
        counts.set(filter.name, count);
        show();
      }
      counted = Date.now();
    } catch {
      // the counts are a help; Tasklist works without them
    } finally {
      pending = false;
    }
  };
  const soon = () => {
    clearTimeout(scheduled);
    scheduled = setTimeout(() => {
      if (Date.now() - counted > FRESH) {
        recount();
      }
    }, SETTLE);
  };
  new MutationObserver(() => {
    if (document.querySelector('.task-filter h4.name a:not(:has(.tf-filter-count))')) {
      show();
      soon();
    }
  }).observe(document.body, { childList: true, subtree: true });
  document.addEventListener('visibilitychange', () => soon());
  setInterval(recount, RECOUNT);
  soon();
}

export default [
  {
    id: 'ticketflow.new-ticket',
    pluginPoint: 'tasklist.navbar.action',
    priority: 100,
    // the header is on every page: it learns once what the signed-in user may be offered
    render: async (node, { api }) => {
      const client = new Api(api.CSRFToken);
      const [me] = await Promise.all([signedIn(client), loadLabels(client).catch(() => null)]);
      // those who work no tickets are not offered Tasklist's Claim (the engine refuses their claim anyway)
      document.body.classList.toggle('tf-reader', !me.worksTickets);
      renderNewTicket(node, client, me);
      rememberLanguage(client, me).catch(() => {});
      countFilters(api.engineApi, api.CSRFToken);
      offerClaim(client);
      freshFormAfterClaim();
    },
  },
  {
    id: 'ticketflow.tickets',
    pluginPoint: 'tasklist.navbar.action',
    priority: 110,
    render: async (node, { api }) => {
      const client = new Api(api.CSRFToken);
      await loadLabels(client).catch(() => null);
      ticketsView(node, client);
    },
  },
  {
    id: 'ticketflow.card',
    pluginPoint: 'tasklist.card',
    priority: 10,
    render: (node, { taskId, api }) => {
      stylesheet();
      const client = new Api(api.CSRFToken);
      Promise.all([client.get(`tasks/${taskId}/ticket`), loadLabels(client)])
        .then(([ticket]) => node.replaceChildren(cardLine(ticket)))
        .catch(() => node.replaceChildren());
    },
  },
  {
    id: 'ticketflow.ticket',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    properties: { label: 'Ticket' },
    render: (node, { taskId, api }) => {
      const client = new Api(api.CSRFToken);
      loadLabels(client).catch(() => null).then(() => {
        node.textContent = t('Loading the ticket…');
        return client.get(`tasks/${taskId}/ticket`);
      })
        .then((ticket) => renderTicket(node, client, ticket.number))
        .catch((error) => { node.textContent = t('The ticket cannot be shown: {0}', error.message); });
    },
  },
];
