// Service levels as people see them: the agent finds a ticket past its first-response deadline in the Escalated
// filter, its card says so and its Ticket tab shows the deadline overdue; the manager sees the service-level
// figures on Cockpit's dashboard. Arguments: base URL, number of an escalated ticket, its queue, the number of
// tickets escalated now.
import { browser, done, scenarioArguments, Tasklist, taskId } from './tasklist.mjs';

const [base, ticket, queue, escalatedNow] = scenarioArguments();
const chromium = await browser();
try {
  const agent = await Tasklist.as(chromium, base, 'agent', 'escalation');
  const card = await agent.card('Escalated', ticket);
  if (!/escalated \d+ (min|h)/.test(card)) {
    throw new Error(`the card of an escalated ticket does not say so: ${card}`);
  }
  await agent.open(await taskId(base, 'agent', ticket, 'Task_Work'));
  await agent.ticketTab();
  const deadlines = await agent.page.locator('.tf-service-level').innerText();
  if (!deadlines.includes('First response') || !deadlines.includes('overdue by')) {
    throw new Error(`the Ticket tab does not show the overdue deadline: ${deadlines}`);
  }
  await agent.shot('service-level');

  const context = await chromium.newContext({ viewport: { width: 1400, height: 2200 } });
  const cockpit = new Tasklist(await context.newPage(), base, 'escalation-manager');
  const page = cockpit.page;
  await page.goto(`${base}/camunda/app/cockpit/`);
  await page.fill('input[ng-model="username"]', 'manager');
  await page.fill('input[type=password]', 'demo');
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-dashboard="help-desk"] [data-table="service-levels"]', { timeout: 30000 });
  const shown = (await page.locator('[data-figure="escalated-now"] .tf-value').innerText()).trim();
  if (Number(shown) !== Number(escalatedNow)) {
    throw new Error(`the dashboard shows ${shown} tickets escalated now, the help desk counts ${escalatedNow}`);
  }
  const firstResponse = await page.locator(`[data-table="service-levels"] tr[data-queue="${queue}"] [data-deadline="first-response"]`)
    .innerText();
  if (!firstResponse.includes('%')) {
    throw new Error(`the dashboard shows no first-response share for ${queue}: ${firstResponse}`);
  }
  await page.locator('[data-table="service-levels"]').scrollIntoViewIfNeeded();
  await cockpit.shot('service-levels');
  console.log(`agent saw ${ticket} escalated; manager saw ${shown} escalated now, ${queue}: ${firstResponse}`);
} finally {
  await done(chromium);
}
