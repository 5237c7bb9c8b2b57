// The manager opens Cockpit: the dashboard shows the help desk's figures as they are after what just happened,
// and the Tickets page finds the ticket just closed, with its whole conversation, history and process steps.
// Arguments: base URL, number of a ticket closed just now, then the expected figures as JSON
// ({"open":…, "unanswered":…, "createdToday":…, "closedToday":…}).
import { browser, done, scenarioArguments, Tasklist } from './tasklist.mjs';

const [base, ticket, expectedJson] = scenarioArguments();
const expected = JSON.parse(expectedJson);
const chromium = await browser();
try {
  const context = await chromium.newContext({ viewport: { width: 1400, height: 2200 } });
  const cockpit = new Tasklist(await context.newPage(), base, 'manager');
  const page = cockpit.page;
  await page.goto(`${base}/camunda/app/cockpit/`);
  await page.fill('input[ng-model="username"]', 'manager');
  await page.fill('input[type=password]', 'demo');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-dashboard="help-desk"]', { timeout: 30000 });
  await page.locator('[data-dashboard="help-desk"]').scrollIntoViewIfNeeded();
  await cockpit.shot('dashboard');

  const figure = async (name) => (await page.locator(`[data-figure="${name}"] .tf-value`).innerText()).trim();
  const today = page.locator('[data-chart="days"] .tf-day').last();
  const shown = {
    open: Number(await figure('open')),
    unanswered: Number(await figure('unanswered')),
    createdToday: Number(await today.getAttribute('data-created')),
    closedToday: Number(await today.getAttribute('data-closed')),
  };
  for (const [name, value] of Object.entries(expected)) {
    if (shown[name] !== value) {
      throw new Error(`the dashboard shows ${name} = ${shown[name]}, the help desk counts ${value}`);
    }
  }
  for (const name of ['median-first-response', 'median-close', 'oldest-unanswered']) {
    if ((await figure(name)) === '') {
      throw new Error(`the dashboard shows no ${name}`);
    }
  }
  if (await page.locator('[data-table="workload"] tr[data-agent="agent"]').count() !== 1) {
    throw new Error("the dashboard shows no workload for the agent");
  }

  // the help desk's figures come first, above Cockpit's own
  const [helpDesk, camunda] = await Promise.all([page.locator('[data-dashboard="help-desk"]').boundingBox(),
    page.locator('section.actual').first().boundingBox()]);
  if (!camunda || helpDesk.y > camunda.y) {
    throw new Error('the help desk\'s figures are not the first thing on the dashboard');
  }
  // each figure leads to the tickets it counts
  await page.click('[data-figure="unanswered"] a');
  await page.waitForFunction((count) => document.querySelector('.tf-tickets .tf-ticket-count')?.textContent === `${count} tickets`,
    expected.unanswered, { timeout: 20000 });
  if (await page.locator('.tf-ticket-list tbody tr').count() !== Math.min(20, expected.unanswered)) {
    throw new Error('the unanswered figure does not lead to the unanswered tickets');
  }
  await cockpit.shot('unanswered-tickets');

  await page.locator('a:visible', { hasText: /^\s*Tickets\s*$/ }).first().click();
  await page.waitForSelector('.tf-ticket-list', { timeout: 20000 });
  await page.fill('.tf-filter-number', ticket);
  await page.click('.tf-search');
  await page.waitForSelector(`.tf-ticket[data-ticket="${ticket}"] .tf-article`, { timeout: 20000 });
  if (await page.locator('.tf-compose').count() !== 0) {
    throw new Error('Cockpit offers to write to the ticket');
  }
  await page.click('.tf-history summary');
  await page.waitForSelector('.tf-history tbody tr', { timeout: 20000 });
  const history = await page.locator('.tf-history').innerText();
  if (!history.includes('closed') || !history.includes('open -> closed_successful')) {
    throw new Error(`the closed ticket's history is not shown: ${history}`);
  }
  await page.click('.tf-process-steps summary');
  await page.waitForSelector('.tf-process-steps tr[data-step="Task_Close"]', { timeout: 20000 });
  const steps = await page.locator('.tf-process-steps').innerText();
  if (!steps.includes('Work on the ticket') || steps.includes('waiting')) {
    throw new Error(`the closed ticket's process steps are not shown: ${steps}`);
  }
  await cockpit.shot('closed-ticket-history');
  console.log(`manager saw ${JSON.stringify(shown)} and the history of ${ticket}`);
} finally {
  await done(chromium);
}
