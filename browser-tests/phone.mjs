// The secretary takes a call in Tasklist: "New ticket" registers the new customer and opens the ticket, which
// then waits under "To triage". A special agent, who never writes to customers, is not offered it. An agent who
// takes the same customer's next call finds them as they type, and keeps the ticket. Claiming work shows the
// ticket as it is now, not as the form found it before the claim.
// Arguments: base URL, the caller's e-mail address, a work task nobody has claimed. Prints "opened <number>".
import { browser, done, scenarioArguments, Tasklist } from './tasklist.mjs';

const [base, caller, workTask] = scenarioArguments();
// long enough to take two lines on a card, in Russian as many of the help desk's customers write
const TITLE = 'Сканер на втором этаже зажёвывает каждую страницу, а запасного сканера у нас нет';
const chromium = await browser();

// every field is found by its label: the labels name their inputs
async function openTicket(tasklist, { queue = '', name = 'Paula Phone' } = {}) {
  const page = tasklist.page;
  await page.click('.tf-new-ticket');
  await page.getByLabel('Customer e-mail').fill(caller);
  await page.getByLabel('Customer name').fill(name);
  await page.getByLabel('Title').fill(TITLE);
  await page.getByLabel('What the customer said').fill('The scanner on floor 2 jams on every page.');
  await page.getByLabel('Queue').selectOption(queue);
  await page.getByLabel('Priority').selectOption('4');
  await page.click('.tf-new-open');
  await page.waitForFunction(() => !document.querySelector('.tf-dialog .tf-compose-status').textContent.startsWith('Opening'),
    null, { timeout: 20000 });
  await tasklist.shot('new-ticket');
  return page.locator('.tf-dialog .tf-compose-status');
}

try {
  // a special agent never writes to customers: Tasklist does not offer them a new ticket (and the server refuses)
  const specialist = await Tasklist.as(chromium, base, 'specialist', 'phone');
  await specialist.home();
  await specialist.page.waitForSelector('[data-tf-new-ticket="hidden"]', { state: 'attached', timeout: 20000 });
  if (await specialist.page.locator('.tf-new-ticket').count() > 0) {
    throw new Error('the special agent is offered a new ticket');
  }

  // this one person goes through Tasklist's login form; the other scenarios log in over HTTP
  const secretary = await Tasklist.as(chromium, base, 'secretary', 'phone', { form: true });
  // the secretary is shown the filters of a dispatcher's job, not the reviews, reminders or authorizations
  const filters = await secretary.page.locator('[cam-tasklist-filters]').innerText();
  for (const other of ['Replies to review', 'Awaiting my authorization', 'Pending reminders due', 'My queues']) {
    if (filters.includes(other) || !filters.includes('To triage')) {
      throw new Error(`the secretary's filters are not a dispatcher's: ${filters}`);
    }
  }
  // every filter shows how many tasks it holds, not only the selected one
  await secretary.page.waitForFunction(() => {
    const filters = document.querySelectorAll('.task-filter');
    return filters.length > 0 && [...filters].every((f) => /^\d+$/.test(f.querySelector('.tf-filter-count')?.textContent ?? ''));
  }, null, { timeout: 20000 });
  const status = await openTicket(secretary);
  const number = await status.getAttribute('data-opened');
  if (!number) {
    throw new Error(`no ticket was opened: ${await status.innerText()}`);
  }
  await secretary.page.click('.tf-new-close');
  const card = await secretary.card('To triage', number);
  if (!card.includes(TITLE) || !card.includes(caller) || !card.includes('priority 4') || !card.includes('unanswered')) {
    throw new Error(`the new ticket's card is wrong: ${card}`);
  }
  console.log(`opened ${number}`);

  // an agent of the queue is offered Claim on work nobody has taken (GET /api/tasks/{id}/rights says so)
  // an agent takes the same customer's next call: typing part of the address offers the known customer, and the
  // ticket opened in a queue the agent works is the agent's, its number a link to the agent's task
  const agent = await Tasklist.as(chromium, base, 'agent', 'phone');
  await agent.open(workTask);
  await agent.page.waitForSelector('body:not(.tf-no-claim)', { state: 'attached', timeout: 20000 });
  await agent.page.locator('[ng-click="claim()"]').waitFor({ timeout: 20000 });
  if (!(await agent.text()).includes('not claimed yet')) {
    throw new Error(`the unclaimed work does not say so: ${await agent.text()}`);
  }
  // once claimed, the form's header is the ticket's as it is now: the agent owns it, nothing says "not claimed"
  await agent.claim();
  await agent.page.waitForFunction(() => {
    const form = document.querySelector('.fjs-container')?.innerText ?? '';
    return form.includes('Owner agent') && !form.includes('not claimed yet');
  }, null, { timeout: 20000 }).catch(async () => {
    throw new Error(`after the claim the form still shows: ${await agent.text()}`);
  });
  await agent.home();
  await agent.page.click('.tf-new-ticket');
  await agent.page.getByLabel('Customer e-mail').pressSequentially(caller.substring(0, 6));
  await agent.page.waitForFunction((address) => [...document.querySelectorAll('#tf-new-customers option')]
    .some((option) => option.value === address), caller, { timeout: 20000 });
  await agent.page.click('.tf-new-close');
  const taken = await openTicket(agent, { queue: 'Support', name: '' });
  const link = taken.locator('a.tf-new-opened');
  const second = await taken.getAttribute('data-opened');
  await link.click();
  await agent.page.waitForSelector('.fjs-container', { timeout: 30000 });
  const form = await agent.text();
  if (!form.includes(`Ticket#${second}`) || !form.includes('Owner agent') || !form.includes('Responsible agent')) {
    throw new Error(`the agent who took the call does not have the ticket: ${form}`);
  }
  console.log(`agent took ${second}`);
} finally {
  await done(chromium);
}
