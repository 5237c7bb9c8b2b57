// The managers' dashboard: what /api/reports/dashboard counts, drawn for Cockpit's dashboard.
import { duration, h, label, loadLabels, stylesheet, t, when } from './ticket-view.js';

/** The Tickets page showing the tickets behind a figure. */
function tickets(filters) {
  return `#/tickets?${new URLSearchParams(filters)}`;
}

/** A figure; with filters, a link to the tickets it counts. */
function figure(name, value, label, filters) {
  const shown = filters ? h('a', { class: 'tf-value', href: tickets(filters) }, value) : h('div', { class: 'tf-value' }, value);
  return h('div', { class: 'tf-figure', 'data-figure': name }, shown, h('div', { class: 'tf-label' }, label));
}

function openTable(open) {
  const states = [...new Set(open.map((o) => o.state))];
  const queues = [...new Set(open.map((o) => o.queue))];
  const count = (queue, state) => open.filter((o) => o.queue === queue && o.state === state).reduce((s, o) => s + o.tickets, 0);
  return h('table', { class: 'tf-grid', 'data-table': 'open' },
    h('thead', {}, h('tr', {}, h('th', {}, t('Queue')), states.map((s) => h('th', {}, label('states', s))), h('th', {}, t('All')))),
    h('tbody', {}, queues.map((q) => h('tr', { 'data-queue': q }, h('th', {}, q),
      states.map((s) => h('td', { 'data-state': s }, count(q, s) ? h('a', { href: tickets({ queue: q, state: s }) }, count(q, s)) : '')),
      h('td', { 'data-state': 'all' }, h('a', { href: tickets({ queue: q, active: true }) }, states.reduce((sum, s) => sum + count(q, s), 0)))))));
}

function dayChart(days) {
  const top = Math.max(1, ...days.flatMap((d) => [d.created, d.closed]));
  const bar = (kind, value) => h('div', { class: `tf-bar-${kind}`, title: `${value} ${kind === 'created' ? t('created') : t('closed')}`, style: `height:${Math.round((value / top) * 100)}px` });
  return h('div', {},
    h('div', { class: 'tf-bars', 'data-chart': 'days' }, days.map((d) => h('div', { class: 'tf-day', 'data-day': d.date, 'data-created': d.created, 'data-closed': d.closed },
      h('div', { class: 'tf-pair' }, bar('created', d.created), bar('closed', d.closed)),
      h('div', {}, d.date.substring(5)), h('div', {}, `${d.created}/${d.closed}`)))),
    h('div', { class: 'tf-legend' }, h('span', {}, '■ ', t('created (blue)')), h('span', {}, '■ ', t('closed (green)'))));
}

function workloadTable(workload) {
  return h('table', { class: 'tf-grid', 'data-table': 'workload' },
    h('thead', {}, h('tr', {}, h('th', {}, t('Agent')), h('th', {}, t('Open tickets')), h('th', {}, t('Unanswered')))),
    h('tbody', {}, workload.map((w) => h('tr', { 'data-agent': w.agent }, h('td', {}, w.agent), h('td', {}, w.tickets), h('td', {}, w.unanswered)))));
}

/** Minutes agents entered in the period, per queue or per agent. */
function timeTable(kind, title, rows) {
  return h('table', { class: 'tf-grid', 'data-table': `time-per-${kind}` },
    h('thead', {}, h('tr', {}, h('th', {}, title), h('th', {}, t('Minutes')))),
    h('tbody', {}, rows.length === 0 ? h('tr', {}, h('td', { colspan: 2 }, t('No time entered.')))
      : rows.map((r) => h('tr', { 'data-name': r.name }, h('td', {}, r.name), h('td', {}, r.minutes)))));
}

/** Per queue, how many first responses and solutions came in time, and the share. */
function serviceLevelTable(perQueue) {
  const share = (inTime, late, percent) => (percent == null ? '–' : t('{0} % ({1} of {2})', percent, inTime, inTime + late));
  return h('table', { class: 'tf-grid', 'data-table': 'service-levels' },
    h('thead', {}, h('tr', {}, h('th', {}, t('Queue')), h('th', {}, t('First response in time')), h('th', {}, t('Solution in time')))),
    h('tbody', {}, perQueue.length === 0 ? h('tr', {}, h('td', { colspan: 3 }, t('No deadline decided yet.')))
      : perQueue.map((q) => h('tr', { 'data-queue': q.queue }, h('th', {}, q.queue),
        h('td', { 'data-deadline': 'first-response' }, share(q.firstResponseInTime, q.firstResponseLate, q.firstResponsePercent)),
        h('td', { 'data-deadline': 'solution' }, share(q.solutionInTime, q.solutionLate, q.solutionPercent))))));
}

/** Cockpit draws its own dashboard first and its plugins below: the help desk's figures go to the top. */
function first(node) {
  const section = node.closest('section.deprecate');
  const dashboard = section?.closest('.dashboard');
  if (section && dashboard && dashboard.firstElementChild !== section) {
    dashboard.prepend(section);
  }
}

export async function renderFigures(node, api) {
  stylesheet();
  await loadLabels(api).catch(() => null);
  node.replaceChildren(h('div', { class: 'tf-figures' }, t('Loading the help desk’s figures…')));
  try {
    const [f, sla] = await Promise.all([api.get('reports/dashboard?days=14'), api.get('reports/service-levels?days=14')]);
    const overdue = sla.longestOverdue
      ? `${duration(sla.longestOverdue.overdueSeconds)} (#${sla.longestOverdue.number})` : '–';
    const oldest = f.oldestUnansweredSince
      ? `${duration(Math.round((Date.parse(f.at) - Date.parse(f.oldestUnansweredSince)) / 1000))} (#${f.oldestUnansweredTicket})`
      : '–';
    node.replaceChildren(h('div', { class: 'tf-figures', 'data-dashboard': 'help-desk' },
      h('h3', {}, t('Help desk')),
      h('div', { class: 'tf-figure-row' },
        figure('open', f.open.reduce((s, o) => s + o.tickets, 0), t('open tickets'), { active: true }),
        figure('unanswered', f.unanswered, t('unanswered tickets'), { unanswered: true }),
        figure('oldest-unanswered', oldest, t('longest wait for an answer'),
          f.oldestUnansweredTicket ? { number: f.oldestUnansweredTicket } : undefined),
        figure('median-first-response', duration(f.medianFirstResponseSeconds), t('median time to first reply (14 days)')),
        figure('median-close', duration(f.medianCloseSeconds), t('median time to close (14 days)'))),
      h('h4', {}, t('Service levels, last 14 days')), h('div', { class: 'tf-figure-row' },
        figure('escalated-now', sla.escalatedNow, t('tickets escalated now')),
        figure('longest-overdue', overdue, t('longest overdue'),
          sla.longestOverdue ? { number: sla.longestOverdue.number } : undefined)),
      serviceLevelTable(sla.perQueue),
      h('h4', {}, t('Open tickets by queue and state')), openTable(f.open),
      h('h4', {}, t('Created and closed per day, last 14 days')), dayChart(f.days),
      h('h4', {}, t('Workload per agent')), workloadTable(f.workload),
      h('h4', {}, t('Time spent, last 14 days')), h('div', { class: 'tf-figure-row' },
        timeTable('queue', t('Queue'), f.timePerQueue), timeTable('agent', t('Agent'), f.timePerAgent)),
      h('p', { class: 'tf-label' }, t('As of {0}.', when(f.at)), ' ', h('a', { href: '#/tickets' }, t('Browse tickets')))));
    first(node);
  } catch (error) {
    node.replaceChildren(h('div', { class: 'tf-error' }, t('The help desk’s figures cannot be shown: {0}', error.message)));
  }
}
