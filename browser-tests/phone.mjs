// The secretary takes a call in Tasklist: "New ticket" registers the new customer and opens the ticket, which
// then waits under "To triage". A special agent, who never writes to customers, is not offered it.
// Arguments: base URL, the caller's e-mail address. Prints "opened <number>".
import { browser, done, scenarioArguments, Tasklist } from './tasklist.mjs';

const [base, caller] = scenarioArguments();
// long enough to take two lines on a card, in Russian as many of the help desk's customers write
const TITLE = 'Сканер на втором этаже зажёвывает каждую страницу, а запасного сканера у нас нет';
const chromium = await browser();

async function openTicket(tasklist) {
  await tasklist.page.click('.tf-new-ticket');
  await tasklist.page.fill('.tf-new-customer', caller);
  await tasklist.page.fill('.tf-new-name', 'Paula Phone');
  await tasklist.page.fill('.tf-new-title', TITLE);
  await tasklist.page.fill('.tf-new-body', 'The scanner on floor 2 jams on every page.');
  await tasklist.page.selectOption('.tf-new-priority', '4');
  await tasklist.page.click('.tf-new-open');
  await tasklist.page.waitForFunction(() => !document.querySelector('.tf-dialog .tf-compose-status').textContent.startsWith('Opening'),
    null, { timeout: 20000 });
  await tasklist.shot('new-ticket');
  return tasklist.page.locator('.tf-dialog .tf-compose-status');
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
    return filters.length > 0 && [...filters].every((f) => /^\d+$/.test(f.querySelector('.tf-count')?.textContent ?? ''));
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
} finally {
  await done(chromium);
}
