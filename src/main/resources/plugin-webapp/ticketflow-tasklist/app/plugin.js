// Tasklist shows tasks; these plugins show the ticket behind each: a line on every task card, and a "Ticket" tab
// with the whole ticket, where a note, a reply or the customer's call can be added without completing the task.
// "New ticket" in the header opens a ticket taken by phone.
// The shared code lives beside the help desk's API (/ticketflow/ticket-view.js); this file is served from
// <camunda>/api/tasklist/plugin/ticketflow-tasklist/static/app/plugin.js.
import { Api, cardLine, loadLabels, renderTicket, stylesheet } from '../../../../../../../ticketflow/ticket-view.js';
import { renderNewTicket } from '../../../../../../../ticketflow/new-ticket.js';

export default [
  {
    id: 'ticketflow.new-ticket',
    pluginPoint: 'tasklist.navbar.action',
    priority: 100,
    // the header is on every page: it learns once what the signed-in user may be offered
    render: async (node, { api }) => {
      const client = new Api(api.CSRFToken);
      const me = await client.get('me').catch(() => ({ mayOpenTickets: false, worksTickets: false }));
      // those who work no tickets are not offered Tasklist's Claim (the engine refuses their claim anyway)
      document.body.classList.toggle('tf-reader', !me.worksTickets);
      renderNewTicket(node, client, me);
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
      node.textContent = 'Loading the ticket…';
      client.get(`tasks/${taskId}/ticket`)
        .then((ticket) => renderTicket(node, client, ticket.number))
        .catch((error) => { node.textContent = `The ticket cannot be shown: ${error.message}`; });
    },
  },
];
