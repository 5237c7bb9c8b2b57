// Cockpit for the help desk's managers: the help desk's figures on the dashboard, and a "Tickets" page to browse
// every ticket, closed ones included, with its whole conversation and history.
// The shared code lives beside the help desk's API (/ticketflow/*.js); this file is served from
// <camunda>/api/cockpit/plugin/ticketflow-cockpit/static/app/plugin.js.
import { Api, loadLabels, rememberLanguage, t } from '../../../../../../../ticketflow/ticket-view.js';
import { renderFigures } from '../../../../../../../ticketflow/figures.js';
import { renderTicketBrowser } from '../../../../../../../ticketflow/tickets.js';

export default [
  {
    id: 'ticketflow.dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node, { api }) => renderFigures(node, new Api(api.CSRFToken)),
  },
  {
    id: 'ticketflow.tickets.navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: '/tickets' },
    // the navigation is on every page: the help desk's mails to the manager follow the language Cockpit speaks
    render: async (node, { api }) => {
      const client = new Api(api.CSRFToken);
      client.get('me').then((me) => rememberLanguage(client, me)).catch(() => {});
      await loadLabels(client).catch(() => null);
      const link = document.createElement('a');
      link.href = '#/tickets';
      link.textContent = t('Tickets');
      node.replaceChildren(link);
    },
  },
  {
    id: 'ticketflow.tickets',
    pluginPoint: 'cockpit.route',
    properties: { path: '/tickets' },
    render: (node, { api }) => renderTicketBrowser(node, new Api(api.CSRFToken)),
  },
];
