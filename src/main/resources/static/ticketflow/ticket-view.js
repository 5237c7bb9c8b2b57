// The help desk's ticket, drawn in plain DOM for the Tasklist and Cockpit plugins. It talks to the help desk's API
// with the webapps' session; changes carry the webapps' CSRF token, as the webapps' own requests do.

export const API = new URL('../api/', import.meta.url).href;

const PAGE = 25;

/** The words for the ticket's codes, from the server (GET /api/labels); the code itself until they came. */
let LABELS = null;

export async function loadLabels(api) {
  LABELS = LABELS || await api.get('labels');
  return LABELS;
}

export function label(group, code) {
  return (LABELS && LABELS[group] && LABELS[group][code]) || code;
}

/**
 * An English text of these pages in the reader's language (GET /api/labels, its "screens": English text to words),
 * with {0}, {1}… filled in; the English itself where the language has no words for it, or before they came.
 */
export function t(english, ...values) {
  return named(english).replace(/\{(\d+)\}/g, (whole, i) => String(values[i] ?? whole));
}

/** A name the engine gives (a Tasklist filter's) in the reader's language, where the language has words for it. */
export function named(name) {
  return (LABELS && LABELS.screens && LABELS.screens[name]) || name;
}

export class Api {
  constructor(csrfToken) {
    this.csrfToken = csrfToken;
  }

  async get(path) {
    return this.call('GET', path);
  }

  async post(path, body) {
    return this.call('POST', path, body);
  }

  /** A multipart form, e.g. an article with files. */
  async postForm(path, form) {
    return this.call('POST', path, form);
  }

  async call(method, path, body) {
    const headers = { Accept: 'application/json' };
    const form = body instanceof FormData;
    if (body !== undefined) {
      if (!form) {
        headers['Content-Type'] = 'application/json';
      }
      headers['X-XSRF-TOKEN'] = this.csrfToken || '';
    }
    const response = await fetch(API + path, {
      method, headers, credentials: 'same-origin', body: body === undefined || form ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const problem = json || {};
      throw new Error(problem.detail || problem.title || `${response.status} ${response.statusText}`);
    }
    return json;
  }
}

/**
 * The help desk's mails to the signed-in person follow the language the webapps speak to them: the browser's first
 * language where the help desk writes it, English otherwise (GET /api/me says which it writes and which it uses).
 */
export async function rememberLanguage(api, me) {
  const primary = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en').split('-')[0].toLowerCase();
  const language = (me.languages ?? []).includes(primary) ? primary : 'en';
  if (me.user && me.language !== language) {
    await api.call('PUT', 'me/language', { language });
  }
}

/** A DOM element; children may be strings (as text, never as HTML), elements, or null. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick' || name === 'onchange' || name === 'onsubmit' || name === 'ontoggle') {
      element.addEventListener(name.substring(2), value);
    } else if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return element;
}

/** A moment as the reader reads one: in their browser's language and time zone, the zone named. */
const MOMENT = new Intl.DateTimeFormat(navigator.language || 'en', {
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
});

export function when(instant) {
  if (!instant) {
    return '';
  }
  return MOMENT.format(new Date(instant));
}

/** Seconds as "3 d 4 h", "2 h 5 min" or "40 s". */
export function duration(seconds) {
  if (seconds === null || seconds === undefined) {
    return '–';
  }
  const d = Math.floor(seconds / 86400);
  const hrs = Math.floor((seconds % 86400) / 3600);
  const min = Math.floor((seconds % 3600) / 60);
  if (d > 0) return t('{0} d {1} h', d, hrs);
  if (hrs > 0) return t('{0} h {1} min', hrs, min);
  if (min > 0) return t('{0} min', min);
  return t('{0} s', seconds);
}

export function stylesheet() {
  if (!document.getElementById('ticketflow-style')) {
    document.head.append(h('link', { id: 'ticketflow-style', rel: 'stylesheet', href: new URL('ticket-view.css', import.meta.url).href }));
  }
}

/** How long ago the ticket was opened, in the largest whole unit: the ticket's age, not the task's. */
export function age(created, now = Date.now()) {
  const minutes = Math.max(0, Math.floor((now - new Date(created).getTime()) / 60000));
  if (minutes < 1) {
    return t('opened just now');
  }
  if (minutes < 60) {
    return t('opened {0} min ago', minutes);
  }
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? t('opened {0} h ago', hours) : t('opened {0} days ago', Math.floor(hours / 24));
}

/**
 * The ticket on a task card: number and title (wrapped, never hiding the rest), then customer, queue, state,
 * priority, answered, owner (and the responsible agent when it is someone else) and the ticket's age.
 */
/** How the ticket stands against its next deadline, in a few words; nothing while none runs or the clock stands. */
export function escalationNote(escalation, now = Date.now()) {
  if (!escalation || !escalation.next || escalation.paused) {
    return null;
  }
  const seconds = Math.round((Date.parse(escalation.next) - now) / 1000);
  return seconds < 0
    ? h('span', { class: 'tf-escalated', title: when(escalation.next) }, t('escalated {0} ago', duration(-seconds)))
    : h('span', { class: seconds < 3600 ? 'tf-escalating tf-soon' : 'tf-escalating', title: when(escalation.next) },
      t('escalates in {0}', duration(seconds)));
}

const DEADLINES = () => ({ FIRST_RESPONSE: t('First response'), UPDATE: t('Update'), SOLUTION: t('Solution') });

/** The ticket's service level and each of its deadlines: due when, met when, how much is left or overdue. */
function serviceLevel(escalation) {
  if (!escalation || !escalation.serviceLevel) {
    return null;
  }
  const state = (d) => {
    if (d.metAt) {
      return d.breached ? t('met {0} (late)', when(d.metAt)) : t('met {0}', when(d.metAt));
    }
    if (escalation.paused) {
      return t('clock stands while pending');
    }
    return d.secondsLeft < 0 ? t('overdue by {0}', duration(-d.secondsLeft)) : t('{0} left', duration(d.secondsLeft));
  };
  return h('table', { class: 'tf-grid tf-service-level', 'data-service-level': escalation.serviceLevel },
    h('caption', {}, t('Service level {0}', escalation.serviceLevel), ' ', escalationNote(escalation)),
    h('thead', {}, h('tr', {}, h('th', {}, t('Deadline')), h('th', {}, t('Warning')), h('th', {}, t('Due')), h('th', {}, t('Now')))),
    h('tbody', {}, escalation.deadlines.map((d) => h('tr', { 'data-deadline': d.kind, class: d.breached ? 'tf-breached' : '' },
      h('th', {}, DEADLINES()[d.kind] ?? d.kind), h('td', {}, when(d.warnAt)), h('td', {}, when(d.dueAt)), h('td', {}, state(d))))));
}

/** The one line a task card shows about its ticket. */
export function cardLine(ticket) {
  const people = ticket.owner
    ? [h('span', { class: 'tf-owner' }, t('owner {0}', ticket.owner)),
      ticket.responsible && ticket.responsible !== ticket.owner
        ? [' · ', h('span', { class: 'tf-responsible' }, t('responsible {0}', ticket.responsible))] : null, ' · ']
    : [];
  return h('div', { class: 'tf-card' },
    h('div', { class: 'tf-card-title' },
      h('span', { class: 'tf-number' }, `#${ticket.number}`), ' ',
      h('span', { class: 'tf-title' }, ticket.title)),
    h('div', { class: 'tf-card-facts' },
      ticket.sensitiveCustomer ? [h('span', { class: 'tf-sensitive' }, t('sensitive customer')), ' '] : null,
      h('span', { class: 'tf-customer' }, ticket.customer), ' · ',
      h('span', { class: 'tf-queue' }, ticket.queue), ' · ',
      h('span', { class: 'tf-state' }, label('states', ticket.state)), ' · ',
      h('span', { class: 'tf-priority' }, t('priority {0}', ticket.priority)), ' · ',
      h('span', { class: ticket.answered ? 'tf-answered' : 'tf-unanswered' }, ticket.answered ? t('answered') : t('unanswered')), ' · ',
      people,
      h('span', { class: 'tf-age', title: when(ticket.created) }, age(ticket.created)),
      escalationNote(ticket.escalation) ? [' · ', escalationNote(ticket.escalation)] : null));
}

function articleView(number, article, split) {
  // an article of a ticket merged into this one is shown here, marked, and its files are that ticket's
  const owner = article.mergedFrom ?? number;
  return h('li', { class: `tf-article tf-${article.kind}${article.mergedFrom ? ' tf-merged' : ''}`, 'data-article': article.id },
    h('div', { class: 'tf-article-head' },
      h('span', { class: 'tf-kind' }, label('articleKinds', article.kind)), ' ',
      h('span', { class: 'tf-from' }, article.author || article.from || ''), ' ',
      article.enteredBy ? h('span', { class: 'tf-entered-by' }, t('(entered by {0})', article.enteredBy)) : null, ' ',
      article.reviewedBy ? h('span', { class: 'tf-reviewed-by' }, t('(reviewed by {0})', article.reviewedBy)) : null, ' ',
      h('span', { class: 'tf-when' }, when(article.created)), ' ',
      h('span', { class: 'tf-channel' }, article.channel),
      article.mergedFrom ? [' ', h('span', { class: 'tf-merged-from' }, t('from merged ticket #{0}', article.mergedFrom))] : null,
      split && !article.mergedFrom ? [' ', split(article)] : null),
    article.subject ? h('div', { class: 'tf-subject' }, article.subject) : null,
    h('div', { class: 'tf-body' }, article.body),
    article.attachments.length === 0 ? null : h('ul', { class: 'tf-attachments' },
      article.attachments.map((file) => h('li', {},
        h('a', { href: `${API}tickets/${owner}/attachments/${file.id}`, target: '_blank', rel: 'noopener' }, file.filename),
        t(' ({0}, {1} bytes)', file.contentType, file.size)))));
}

function properties(ticket) {
  const row = (name, words, value) => h('tr', {}, h('th', {}, words), h('td', { 'data-property': name }, value === null || value === undefined || value === '' ? '–' : value));
  return h('table', { class: 'tf-properties' }, h('tbody', {},
    row('Number', t('Number'), ticket.number), row('Title', t('Title'), ticket.title), row('State', t('State'), label('states', ticket.state)),
    row('Priority', t('Priority'), ticket.priority), row('Queue', t('Queue'), ticket.queue), row('Type', t('Type'), label('ticketTypes', ticket.type)),
    row('Customer', t('Customer'), [ticket.customer, ticket.sensitiveCustomer ? [' ', h('span', { class: 'tf-sensitive' }, t('sensitive'))] : null]),
    row('Owner', t('Owner'), ticket.owner), row('Responsible', t('Responsible'), ticket.responsible),
    row('Answered', t('Answered'), ticket.answered ? t('yes') : t('no')), row('Pending until', t('Pending until'), when(ticket.pendingUntil)),
    row('Merged into', t('Merged into'), ticket.mergedInto), row('Time spent', t('Time spent'), ticket.minutesSpent ? t('{0} min', ticket.minutesSpent) : null),
    row('Created', t('Created'), when(ticket.created)), row('Changed', t('Changed'), when(ticket.changed))));
}

/** A line of the ticket's history shown in the conversation: a state change, a transfer, a consultation… */
function eventView(entry) {
  return h('li', { class: 'tf-event' },
    h('span', { class: 'tf-when' }, when(entry.created)), ' · ',
    h('span', { class: 'tf-event-type' }, label('historyTypes', entry.type)), ' · ', entry.actor,
    entry.detail ? ` · ${entry.detail}` : '');
}

/**
 * The conversation, newest page first; "Show earlier" fetches the page before. Oldest at the top, with the
 * system's events (from the history, articles aside) between the articles of the same time, unless hidden.
 */
async function conversation(api, number, events, split) {
  const list = h('ol', { class: 'tf-conversation' });
  const more = h('button', { type: 'button', class: 'btn btn-default btn-sm tf-earlier' }, t('Show earlier articles'));
  const count = h('div', { class: 'tf-count' });
  const showEvents = h('input', { type: 'checkbox', class: 'tf-show-events', checked: true });
  const articles = [];
  let page = 0;
  let all = false;
  const render = () => {
    const oldest = articles.length > 0 ? Date.parse(articles[0].created) : 0;
    const items = articles.map((a) => ({ at: Date.parse(a.created), rank: 0, node: () => articleView(number, a, split) }));
    if (showEvents.checked) {
      // at the same moment the ticket's creation comes before its first article, other events after the article
      events.filter((e) => e.type !== 'article_added' && (all || Date.parse(e.created) >= oldest))
        .forEach((e) => items.push({ at: Date.parse(e.created), rank: e.type === 'created' ? -1 : 1, node: () => eventView(e) }));
    }
    items.sort((x, y) => x.at - y.at || x.rank - y.rank);
    list.replaceChildren(...items.map((item) => item.node()));
  };
  const load = async () => {
    const slice = await api.get(`tickets/${number}/articles?page=${page}&size=${PAGE}`);
    articles.unshift(...slice.content.slice().reverse());
    count.textContent = t('{0} of {1} articles', articles.length, slice.totalElements);
    page += 1;
    all = page >= slice.totalPages;
    more.style.display = all ? 'none' : '';
    render();
  };
  more.addEventListener('click', () => load().catch((error) => count.append(` – ${error.message}`)));
  showEvents.addEventListener('change', render);
  await load();
  return h('section', { class: 'tf-section' }, h('h4', {}, t('Conversation')), count,
    h('label', { class: 'tf-label' }, showEvents, ' ', t('show system events')), ' ', more, list);
}

/** A collapsed table; its rows are made when it is first opened. */
function collapsedTable(className, summary, headings, rows) {
  const body = h('tbody');
  const details = h('details', { class: className }, h('summary', {}, summary),
    h('table', { class: 'table table-condensed' }, h('thead', {}, h('tr', {}, headings.map((t) => h('th', {}, t)))), body));
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    body.append(...(await rows()));
  });
  return details;
}

/** The ticket's whole history, the same lines the conversation shows as events. */
function history(entries) {
  return collapsedTable('tf-history', t('History'), [t('When'), t('What'), t('Who'), t('Detail')], async () => entries.map((e) =>
    h('tr', {}, h('td', {}, when(e.created)), h('td', {}, label('historyTypes', e.type)), h('td', {}, e.actor),
      h('td', {}, e.detail))));
}

/** The steps the ticket's processes went through, from the engine's history, for running and finished tickets. */
function processSteps(api, number) {
  return collapsedTable('tf-process-steps', t('Process steps'), [t('Started'), t('Step'), t('Kind'), t('Who'), t('Ended')], async () =>
    (await api.get(`tickets/${number}/process-history`)).map((step) => h('tr', { 'data-step': step.step },
      h('td', {}, when(step.started)), h('td', {}, step.name || step.step), h('td', {}, step.type),
      h('td', {}, step.assignee || ''), h('td', {}, step.ended ? when(step.ended) : t('waiting')))));
}

/**
 * Adding a note, a reply or what the customer said on the phone, without completing the task. Only what the person
 * may write is offered (the ticket's mayWrite); the server checks each write again. The customer's call is a
 * follow-up like a mail.
 */
function compose(api, number, refresh, message, may, responses = [], draft = null) {
  const text = h('textarea', { class: 'form-control tf-compose-text', rows: 4, placeholder: t('Write a note or a reply…') });
  const files = h('input', { type: 'file', multiple: true, class: 'tf-compose-files', 'aria-label': t('Files') });
  const minutes = h('input', { type: 'number', min: 1, max: 1440, class: 'form-control input-sm tf-compose-minutes',
    'aria-label': t('Minutes spent'), placeholder: t('minutes') });
  // a reply's addressing, as the server prepared it (to the customer, the others of the quoted mail in copy)
  const to = h('input', { type: 'text', class: 'form-control input-sm tf-compose-to', 'aria-label': t('To'),
    placeholder: t('To: the customer, or other addresses, comma-separated'), maxlength: 3300 });
  const cc = h('input', { type: 'text', class: 'form-control input-sm tf-compose-cc', 'aria-label': t('Cc'),
    placeholder: t('Cc: other addresses, comma-separated'), maxlength: 3300 });
  const subject = h('input', { type: 'text', class: 'form-control input-sm tf-compose-subject', 'aria-label': t('Subject'),
    placeholder: t('Subject'), maxlength: 200 });
  // OTRS's next state: the reply and the ticket's next step go together, or neither
  const until = h('input', { type: 'datetime-local', class: 'form-control input-sm tf-pending-until', 'aria-label': t('Pending until') });
  const next = h('select', { class: 'form-control input-sm tf-next-state', 'aria-label': t('Then'),
    onchange: () => { until.style.display = next.value.startsWith('pending') ? '' : 'none'; } },
  [['open', t('then leave the ticket open')], ['closedSuccessful', t('then close it (successful)')],
    ['closedUnsuccessful', t('then close it (unsuccessful)')], ['pendingReminder', t('then set it pending with a reminder')],
    ['pendingAutoClose', t('then set it pending, closing on its own')]].map(([value, name]) => h('option', { value }, name)));
  until.style.display = 'none';
  let quote = '';
  const address = (reply, quoting) => {
    if (!reply) return;
    to.value = reply.to.join(', ');
    cc.value = reply.cc.join(', ');
    subject.value = reply.subject;
    quote = quoting ? reply.body : '';
    if (quoting) {
      text.value = quote ? `\n\n${quote}` : text.value;
      text.focus();
      text.setSelectionRange(0, 0);
    }
  };
  address(draft, false);
  // a reply may start from a standard response, filled in by the server for this ticket, its customer and the agent
  const start = h('select', { class: 'form-control input-sm tf-standard-response', 'aria-label': t('Start from a standard response'),
    onchange: async () => {
      if (!start.value) return;
      try {
        const response = (await api.get(`tickets/${number}/standard-responses/${encodeURIComponent(start.value)}`)).text;
        text.value = quote ? `${response}\n\n${quote}` : response;
      } catch (error) {
        status.textContent = error.message;
      }
    } }, h('option', { value: '' }, t('Start from a standard response…')),
  responses.map((name) => h('option', { value: name }, name.replace(/_/g, ' '))));
  const status = h('div', { class: 'tf-compose-status', role: 'status' }, message);
  const list = (input) => input.value.split(',').map((a) => a.trim()).filter((a) => a);
  const send = (kind) => async () => {
    status.textContent = '';
    status.className = 'tf-compose-status';
    try {
      let article;
      // a reply that waits for review goes to the customer under the ticket's subject and leaves the state alone
      const reply = kind === 'reply' && !may.replyReviewed ? {
        to: list(to), cc: list(cc), subject: subject.value.trim() || undefined,
        nextState: next.value === 'open' ? undefined : next.value,
        pendingUntil: next.value.startsWith('pending') && until.value ? new Date(until.value).toISOString() : undefined,
      } : {};
      if (files.files.length > 0 && kind !== 'customer') {
        // a note's or a reply's files go with it; a reply's mail carries them
        const form = new FormData();
        form.append('kind', kind);
        form.append('body', text.value);
        if (minutes.value) form.append('minutes', minutes.value);
        Object.entries(reply).forEach(([name, value]) => [].concat(value ?? []).forEach((v) => form.append(name, v)));
        [...files.files].forEach((file) => form.append('files', file, file.name));
        article = await api.postForm(`tickets/${number}/articles`, form);
      } else {
        const spent = kind !== 'customer' && minutes.value ? { minutes: Number(minutes.value) } : {};
        article = await api.post(`tickets/${number}/articles`, { kind, body: text.value, ...spent, ...reply });
      }
      text.value = '';
      files.value = '';
      minutes.value = '';
      address(draft, false);
      // a trainee's reply is kept as an internal draft until a senior agent reviews it
      const held = kind === 'reply' && !article.visibleForCustomer;
      const then = { closedSuccessful: t('Reply sent. The ticket is closed.'), closedUnsuccessful: t('Reply sent. The ticket is closed.'),
        pendingReminder: t('Reply sent. The ticket is pending.'), pendingAutoClose: t('Reply sent. The ticket is pending.') };
      const done = { note: t('Note added.'), reply: then[next.value] ?? t('Reply sent.'), customer: t("The customer's call is on the ticket.") };
      await refresh(held ? t("Reply held for a senior agent's review.") : done[kind]);
    } catch (error) {
      status.textContent = error.message;
      status.className = 'tf-compose-status tf-error';
    }
  };
  if (!may.note && !may.reply && !may.call) {
    return h('section', { class: 'tf-section tf-compose tf-read-only' },
      h('div', { class: 'tf-compose-status', role: 'status' }, t('You may read this ticket; writing on it is not part of your work.')));
  }
  const button = (allowed, kind, css, label) =>
    (allowed ? [h('button', { type: 'button', class: `btn ${css}`, onclick: send(kind) }, label), ' '] : []);
  const section = h('section', { class: 'tf-section tf-compose' },
    may.reply && !may.replyReviewed ? h('div', { class: 'tf-compose-addressing' },
      [[t('To'), to], [t('Cc'), cc], [t('Subject'), subject]].map(([name, input]) => h('label', { class: 'tf-address' }, h('span', {}, name), input))) : null,
    may.reply && responses.length ? start : null,
    text,
    may.note || may.reply ? h('div', { class: 'tf-compose-extras' },
      h('label', { class: 'tf-label tf-files' }, may.replyReviewed ? t('Files (with a note, 10 MB each):')
        : t('Files (with a note or a reply, 10 MB each):'), ' ', files),
      h('label', { class: 'tf-label' }, t('Time spent:'), ' ', minutes, ' ', t('min'))) : null,
    h('div', { class: 'tf-compose-actions' },
      button(may.note, 'note', 'btn-default tf-add-note', t('Add internal note')),
      button(may.reply, 'reply', 'btn-primary tf-send-reply',
        may.replyReviewed ? t('Send reply for review') : t('Send reply to customer')),
      may.reply && !may.replyReviewed ? [next, ' ', until, ' '] : null,
      button(may.call, 'customer', 'btn-default tf-customer-called', t('The customer called'))),
    status);
  /** Starts a reply to one article: its addressing, and the article quoted below the cursor. */
  section.replyTo = async (article) => {
    try {
      address(await api.get(`tickets/${number}/articles/reply-draft?article=${article}`), true);
      section.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      status.textContent = error.message;
      status.className = 'tf-compose-status tf-error';
    }
  };
  return section;
}

/** Who watches the ticket, and for those who work it a button to start or stop watching it themselves. */
async function watching(api, number, refresh, user) {
  const watchers = await api.get(`tickets/${number}/watchers`);
  const section = h('section', { class: 'tf-section tf-watchers' }, h('span', { class: 'tf-label' }, t('Watched by:'), ' '),
    h('span', { class: 'tf-watcher-list' }, watchers.length ? watchers.join(', ') : t('nobody')));
  if (user) {
    const on = !watchers.includes(user);
    section.append(' ', h('button', { type: 'button', class: `btn btn-default btn-xs ${on ? 'tf-watch' : 'tf-unwatch'}`,
      onclick: async () => {
        await api.call('PUT', `tickets/${number}/watch`, { watching: on });
        await refresh(on ? t("You watch this ticket: its customer's messages and changes of state reach you by mail.")
          : t('You no longer watch this ticket.'));
      } }, on ? t('Watch') : t('Stop watching')));
  }
  return section;
}

/**
 * The seed's explosive customer: those who work the ticket mark its customer sensitive, or take the mark away (the
 * server decides who may).
 */
function sensitivity(api, ticket, refresh) {
  const on = !ticket.sensitiveCustomer;
  return h('section', { class: 'tf-section tf-sensitivity' },
    h('button', { type: 'button', class: `btn btn-default btn-xs ${on ? 'tf-mark-sensitive' : 'tf-unmark-sensitive'}`,
      onclick: async () => {
        try {
          await api.call('PUT', `customers/sensitive?email=${encodeURIComponent(ticket.customer)}`, { sensitive: on });
          await refresh(on ? t("The customer is marked sensitive: priority 4 at least, and replies from anyone but a senior agent wait for a senior's review.")
            : t('The customer is no longer marked sensitive.'));
        } catch (error) {
          await refresh(t('The mark was not changed: {0}', error.message));
        }
      } }, on ? t('Mark the customer sensitive') : t('Take away the sensitive mark')));
}

/** Those who answer the customer set the ticket's priority here (the server checks again). */
function priorityPicker(api, ticket, refresh) {
  const names = { 1: t('1 very low'), 2: t('2 low'), 3: t('3 normal'), 4: t('4 high'), 5: t('5 very high') };
  const select = h('select', { class: 'form-control input-sm tf-priority-picker', 'aria-label': t('Priority'),
    onchange: async () => {
      try {
        await api.call('PUT', `tickets/${ticket.number}/priority`, { priority: Number(select.value) });
        await refresh(t('Priority set to {0}.', names[select.value]));
      } catch (error) {
        await refresh(t('The priority was not changed: {0}', error.message));
      }
    } }, Object.entries(names).map(([value, name]) => h('option', { value, selected: Number(value) === ticket.priority }, name)));
  return h('section', { class: 'tf-section tf-priority' }, h('span', { class: 'tf-label' }, t('Priority:'), ' '), select);
}

/** What a linked ticket is to this one, as the list of links says it. */
const LINK_KINDS = () => [['related', t('related to this')], ['parent', t('parent of this')], ['child', t('child of this')]];

/**
 * The tickets linked to this one, both ways (parent, child, related), and, for those who may, a form that links
 * another one by its number.
 */
async function linked(api, number, refresh, mayLink) {
  const links = await api.get(`tickets/${number}/links`);
  const list = h('ul', { class: 'tf-links' }, links.length === 0 ? h('li', { class: 'tf-label' }, t('No linked tickets.'))
    : links.map((link) => h('li', { 'data-link': link.ticket, 'data-kind': link.kind },
      h('span', { class: 'tf-link-kind' }, LINK_KINDS().find(([kind]) => kind === link.kind)[1]), ': ',
      h('strong', {}, `#${link.ticket}`), ` ${link.title} (${label('states', link.state)})`)));
  const section = h('section', { class: 'tf-section tf-linked' }, h('h4', {}, t('Linked tickets')), list);
  if (mayLink) {
    const other = h('input', { class: 'form-control tf-link-number', placeholder: t('ticket number'), 'aria-label': t('Ticket to link'), maxlength: 16 });
    const kind = h('select', { class: 'form-control tf-link-kind-choice', 'aria-label': t('What it is to this ticket') },
      LINK_KINDS().map(([value, words]) => h('option', { value }, words)));
    const status = h('span', { class: 'tf-link-status', role: 'status' });
    section.append(h('form', { class: 'tf-link-form form-inline', onsubmit: async (event) => {
      event.preventDefault();
      try {
        await api.post(`tickets/${number}/links`, { ticket: other.value.trim(), kind: kind.value });
        await refresh(t('Linked.'));
      } catch (error) {
        status.textContent = error.message;
        status.className = 'tf-link-status tf-error';
      }
    } }, other, ' ', kind, ' ', h('button', { type: 'submit', class: 'btn btn-default tf-link' }, t('Link')), ' ', status));
  }
  return section;
}

/**
 * "Split" on an article, for those who may: the article becomes a ticket of its own in the queue chosen, related to
 * this one; the article stays here too.
 */
function splitter(api, number, refresh, queues) {
  return (article) => {
    const button = h('button', { type: 'button', class: 'btn btn-link btn-xs tf-split' }, t('Split into a new ticket'));
    button.addEventListener('click', () => {
      const queue = h('select', { class: 'form-control input-sm tf-split-queue', 'aria-label': t('Queue of the new ticket') },
        queues.map((q) => h('option', { value: q.name }, q.name)));
      const title = h('input', { class: 'form-control input-sm tf-split-title', placeholder: t('title (the subject when empty)'),
        'aria-label': t('Title of the new ticket'), maxlength: 255 });
      const status = h('span', { role: 'status' });
      button.replaceWith(h('form', { class: 'tf-split-form form-inline', onsubmit: async (event) => {
        event.preventDefault();
        try {
          const created = await api.post(`tickets/${number}/articles/${article.id}/split`,
            { queue: queue.value, title: title.value });
          await refresh(t('Split into ticket #{0}.', created.number));
        } catch (error) {
          status.textContent = error.message;
          status.className = 'tf-error';
        }
      } }, queue, ' ', title, ' ', h('button', { type: 'submit', class: 'btn btn-default btn-sm' }, t('Split')), ' ', status));
    });
    return button;
  };
}

/** Forward an article, with its files, by mail to other addresses (the server decides who may). */
function forwarder(api, number, refresh) {
  return (article) => {
    const button = h('button', { type: 'button', class: 'btn btn-link btn-xs tf-forward' }, t('Forward'));
    button.addEventListener('click', () => {
      const to = h('input', { class: 'form-control input-sm tf-forward-to', placeholder: t('to: addresses, comma-separated'),
        'aria-label': t('Forward to'), maxlength: 3300 });
      const text = h('input', { class: 'form-control input-sm tf-forward-text', placeholder: t('a few words above it'),
        'aria-label': t('Text above the forwarded article'), maxlength: 2000 });
      const status = h('span', { role: 'status' });
      button.replaceWith(h('form', { class: 'tf-forward-form form-inline', onsubmit: async (event) => {
        event.preventDefault();
        try {
          const addresses = to.value.split(',').map((a) => a.trim()).filter((a) => a);
          await api.post(`tickets/${number}/articles/${article.id}/forward`, { to: addresses, body: text.value });
          await refresh(t('Forwarded to {0}.', addresses.join(', ')));
        } catch (error) {
          status.textContent = error.message;
          status.className = 'tf-error';
        }
      } }, to, ' ', text, ' ', h('button', { type: 'submit', class: 'btn btn-default btn-sm' }, t('Forward')), ' ', status));
    });
    return button;
  };
}

/** The whole ticket into a node: properties, a composer (unless read only), conversation and history. */
export async function renderTicket(node, api, number, { readOnly = false } = {}) {
  stylesheet();
  const draw = async (message) => {
    await loadLabels(api);
    const ticket = await api.get(`tickets/${number}`);
    const parts = [h('h3', { class: 'tf-heading' }, t('Ticket #{0} – {1}', ticket.number, ticket.title)), properties(ticket),
      serviceLevel(ticket.escalation)];
    let composer = null;
    if (!readOnly) {
      const responses = ticket.mayWrite.reply ? await api.get('standard-responses') : [];
      const draft = ticket.mayWrite.reply ? await api.get(`tickets/${number}/articles/reply-draft`) : null;
      composer = compose(api, number, draw, message, ticket.mayWrite, responses, draft);
      parts.push(composer);
    }
    const me = readOnly ? null : await api.get('me');
    // linking and splitting are for those who work the ticket and take tickets (the server checks again)
    const relate = !readOnly && ticket.mayWrite.note && me.mayOpenTickets;
    parts.push(await watching(api, number, draw, readOnly || !ticket.mayWrite.note ? null : me.user));
    if (!readOnly && ticket.mayWrite.note) {
      parts.push(sensitivity(api, ticket, draw));
    }
    if (!readOnly && ticket.mayWrite.reply) {
      parts.push(priorityPicker(api, ticket, draw));
    }
    parts.push(await linked(api, number, draw, relate));
    const splitting = relate ? splitter(api, number, draw, await api.get('queues')) : null;
    const forwarding = !readOnly && ticket.mayWrite.reply ? forwarder(api, number, draw) : null;
    // a reply quotes what the customer saw
    const replying = !readOnly && ticket.mayWrite.reply
      ? (article) => (['customer', 'reply'].includes(article.kind) && !article.mergedFrom ? h('a', { href: '#', class: 'tf-reply-to',
        onclick: (event) => { event.preventDefault(); composer.replyTo(article.id); } }, t('Reply')) : null) : null;
    // the links under each article: reply to it, split it into a new ticket, forward it
    const split = replying || splitting || forwarding
      ? (article) => [replying ? replying(article) : null, ' ', splitting ? splitting(article) : null, ' ',
        forwarding ? forwarding(article) : null] : null;
    const entries = await api.get(`tickets/${number}/history`);
    parts.push(await conversation(api, number, entries, split), history(entries), processSteps(api, number));
    node.replaceChildren(h('div', { class: 'tf-ticket', 'data-ticket': number }, parts));
  };
  try {
    await draw();
  } catch (error) {
    node.replaceChildren(h('div', { class: 'tf-error' }, t('The ticket cannot be shown: {0}', error.message)));
  }
}
