// "New ticket" in Tasklist's header: the secretary (or an agent) takes a customer's call and opens a ticket
// without leaving Tasklist. A customer not known yet is registered first. The server decides who may.
import { h, loadLabels, stylesheet, t } from './ticket-view.js';

const PRIORITIES = () => [['1', t('1 very low')], ['2', t('2 low')], ['3', t('3 normal')], ['4', t('4 high')],
  ['5', t('5 very high')]];

async function customerKnown(api, email) {
  try {
    await api.get(`customers?email=${encodeURIComponent(email)}`);
    return true;
  } catch (error) {
    return false;
  }
}

function dialog(api, close) {
  // each label names its input, for screen readers and for a click on the label
  const field = (label, input) => {
    input.id = `${input.classList[1]}-input`;
    return h('div', { class: 'form-group' }, h('label', { for: input.id }, label), input);
  };
  const known = h('datalist', { id: 'tf-new-customers' });
  const email = h('input', { class: 'form-control tf-new-customer', type: 'email', required: true,
    list: known.id, autocomplete: 'off' });
  const name = h('input', { class: 'form-control tf-new-name', placeholder: t('only for a new customer') });
  const company = h('input', { class: 'form-control tf-new-company', placeholder: t('only for a new customer') });
  const title = h('input', { class: 'form-control tf-new-title', required: true, maxlength: 255 });
  const body = h('textarea', { class: 'form-control tf-new-body', rows: 5, required: true });
  const queue = h('select', { class: 'form-control tf-new-queue' }, h('option', { value: '' }, t('none – a dispatcher triages it')));
  const priority = h('select', { class: 'form-control tf-new-priority' },
    PRIORITIES().map(([value, label]) => h('option', { value, selected: value === '3' }, label)));
  const status = h('div', { class: 'tf-compose-status', role: 'status' });
  api.get('queues').then((queues) => queue.append(...queues.filter((q) => !q.triage)
    .map((q) => h('option', { value: q.name }, q.name)))).catch(() => {});
  // the caller is looked up as the address or name is typed; a known customer needs no name or company
  let asked = '';
  email.addEventListener('input', async () => {
    const text = email.value.trim();
    if (text.length < 2 || text === asked) {
      return;
    }
    asked = text;
    try {
      const found = await api.get(`customers/suggestions?q=${encodeURIComponent(text)}`);
      if (asked === text) {
        known.replaceChildren(...found.map((c) => h('option', { value: c.email },
          [c.name, c.company].filter(Boolean).join(', ') || c.email)));
      }
    } catch {
      known.replaceChildren();
    }
  });

  const submit = async (event) => {
    event.preventDefault();
    status.className = 'tf-compose-status';
    status.textContent = t('Opening…');
    try {
      if (!(await customerKnown(api, email.value.trim()))) {
        await api.post('customers', { email: email.value.trim(), name: name.value.trim() || null, company: company.value.trim() || null });
      }
      const ticket = await api.post('tickets', {
        customer: email.value.trim(), title: title.value, body: body.value, queue: queue.value || null,
        priority: Number(priority.value), channel: 'phone',
      });
      // the new ticket is a link to its task: the agent who took the call works it, a dispatcher triages it
      const details = await api.get(`tickets/${ticket.number}`).catch(() => ({ openTasks: [] }));
      const task = details.openTasks[0];
      status.replaceChildren(task
        ? h('a', { href: `#/?task=${task.id}`, class: 'tf-new-opened', onclick: (event) => {
          event.preventDefault();
          close();
          window.location.hash = `#/?task=${task.id}`;
        } }, `Ticket#${ticket.number}`)
        : `Ticket#${ticket.number}`, ' ', t('opened.'));
      status.setAttribute('data-opened', ticket.number);
      title.value = '';
      body.value = '';
    } catch (error) {
      status.textContent = error.message;
      status.className = 'tf-compose-status tf-error';
    }
  };

  return h('div', { class: 'tf-dialog', role: 'dialog', 'aria-label': t('New ticket') },
    h('form', { onsubmit: submit },
      h('h3', {}, t('New ticket (taken by phone)')),
      field(t('Customer e-mail'), email), field(t('Customer name'), name), field(t('Company'), company),
      field(t('Title'), title), field(t('What the customer said'), body), field(t('Queue'), queue),
      field(t('Priority'), priority),
      known,
      h('div', { class: 'tf-compose-actions' },
        h('button', { type: 'submit', class: 'btn btn-primary tf-new-open' }, t('Open ticket')), ' ',
        h('button', { type: 'button', class: 'btn btn-default tf-new-close', onclick: close }, t('Close'))),
      status));
}

/**
 * The header entry, for those who may open tickets for customers (me: GET /api/me); the dialog opens over
 * Tasklist. The node says what was decided (data-tf-new-ticket: shown or hidden).
 */
export async function renderNewTicket(node, api, me) {
  stylesheet();
  await loadLabels(api).catch(() => null);
  node.dataset.tfNewTicket = me.mayOpenTickets ? 'shown' : 'hidden';
  if (!me.mayOpenTickets) {
    node.replaceChildren();
    return;
  }
  let open = null;
  const close = () => {
    open?.remove();
    open = null;
  };
  const link = h('a', { href: '', class: 'tf-new-ticket', onclick: (event) => {
    event.preventDefault();
    if (!open) {
      open = dialog(api, close);
      document.body.append(open);
    }
  } }, t('+ New ticket'));
  node.replaceChildren(link);
}
