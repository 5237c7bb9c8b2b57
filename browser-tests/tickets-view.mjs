// The agents' queue view in Tasklist: the tickets that are theirs, pending ones too, sorted as they choose, a
// ticket opening with its task; the header's search box finding a ticket by a word of its mail, which is then linked
// to another, split, watched and answered — quoting the mail — from a standard response with a file in the Ticket
// tab; two tickets closed
// at once. Arguments: base URL,
// then the numbers of the agent's tickets: priority 2, priority 5, pending; then the ticket of a Russian mail that
// says "Накладные за ноябрь так и не пришли".
import { browser, done, scenarioArguments, Tasklist } from './tasklist.mjs';

const [base, low, high, pending, mailed] = scenarioArguments();
const chromium = await browser();

async function priorities(page) {
  return (await page.locator('.tf-tickets-panel .tf-ticket-list tbody tr td[data-column="priority"]').allInnerTexts()).map(Number);
}

try {
  const agent = await Tasklist.as(chromium, base, 'agent2', 'tickets-view');
  await agent.home();
  const page = agent.page;
  await page.click('.tf-tickets-view');
  const list = page.locator('.tf-tickets-panel .tf-ticket-list');
  for (const ticket of [low, high, pending]) {
    await list.locator(`tr[data-ticket="${ticket}"]`).waitFor({ timeout: 20000 });
  }
  if (await list.locator(`tr[data-ticket="${pending}"][data-state="pending_reminder"]`).count() !== 1) {
    throw new Error('the pending ticket is not listed as pending');
  }
  const mine = Number((await page.locator('.tf-tickets-panel .tf-ticket-count').innerText()).split(' ')[0]);
  await agent.shot('my-tickets');

  // sorting by priority, the highest first, then the lowest first
  await page.click('.tf-tickets-panel th[data-sort="priority"] a');
  await page.waitForSelector('.tf-tickets-panel th[data-sort="priority"][aria-sort="descending"]');
  await page.waitForFunction(() => {
    const first = document.querySelector('.tf-tickets-panel .tf-ticket-list tbody tr td[data-column="priority"]');
    return first && Number(first.textContent) >= 5;
  }, null, { timeout: 20000 });
  const descending = await priorities(page);
  await page.click('.tf-tickets-panel th[data-sort="priority"] a');
  await page.waitForSelector('.tf-tickets-panel th[data-sort="priority"][aria-sort="ascending"]');
  await page.waitForFunction(() => {
    const first = document.querySelector('.tf-tickets-panel .tf-ticket-list tbody tr td[data-column="priority"]');
    return first && Number(first.textContent) <= 2;
  }, null, { timeout: 20000 });
  const ascending = await priorities(page);
  const sorted = (values, order) => values.every((v, i) => i === 0 || order * (v - values[i - 1]) >= 0);
  if (!sorted(descending, -1) || !sorted(ascending, 1) || descending[0] !== 5) {
    throw new Error(`not sorted by priority: ${descending} / ${ascending}`);
  }
  await agent.shot('by-priority');

  // all the tickets the agent may see are at least the agent's own
  await page.click('.tf-tickets-panel .tf-scopes li[data-scope="all"] a');
  await page.waitForFunction((count) => {
    const shown = document.querySelector('.tf-tickets-panel .tf-ticket-count')?.textContent ?? '';
    return /^\d+ tickets$/.test(shown) && Number(shown.split(' ')[0]) >= count
      && document.querySelector('.tf-scopes li[data-scope="all"]').classList.contains('active');
  }, mine, { timeout: 20000 });

  // a ticket opens with the agent's task on it
  await page.click('.tf-tickets-panel .tf-scopes li[data-scope="mine"] a');
  await list.locator(`tr[data-ticket="${high}"] a.tf-ticket-link`).click();
  await page.waitForSelector('.fjs-container', { timeout: 30000 });
  if (!(await agent.text()).includes(`Ticket#${high}`)) {
    throw new Error('the ticket did not open with its task');
  }
  await agent.shot('opened-with-task');

  // the search box in the header: another form of a word of the mail finds it, the word marked in its context
  await page.fill('.tf-header-search input', 'накладных');
  await page.press('.tf-header-search input', 'Enter');
  const hit = page.locator(`.tf-tickets-panel tr[data-ticket="${mailed}"]`);
  await hit.waitFor({ timeout: 20000 });
  const marked = await hit.locator('.tf-snippet mark').allInnerTexts();
  if (!marked.some((word) => /^накладн/i.test(word))) {
    throw new Error(`the word found is not marked: ${marked}`);
  }
  await page.locator('.tf-tickets-panel .tf-ticket-count', { hasText: 'best match first' }).waitFor();
  await agent.shot('found-by-a-word');
  await hit.locator('a.tf-ticket-link').click();
  await page.waitForFunction((number) => document.body.innerText.includes(`Ticket#${number}`), mailed, { timeout: 30000 });
  await agent.shot('found-ticket-opened');

  // in its Ticket tab the agent links it to another of theirs and splits its mail off into a ticket of its own
  await agent.ticketTab();
  await page.fill('.tf-link-number', high);
  await page.selectOption('.tf-link-kind-choice', 'related');
  await page.click('.tf-link-form button[type=submit]');
  await page.locator(`.tf-links li[data-link="${high}"][data-kind="related"]`).waitFor({ timeout: 20000 });
  await page.locator('.tf-article .tf-split').first().click();
  await page.selectOption('.tf-split-queue', 'Billing');
  await page.fill('.tf-split-title', 'Накладные за ноябрь');
  await page.click('.tf-split-form button[type=submit]');
  await page.locator('.tf-compose-status', { hasText: 'Split into ticket #' }).waitFor({ timeout: 20000 });
  const links = await page.locator('.tf-links li').count();
  if (links !== 2) {
    throw new Error(`the ticket shows ${links} linked tickets instead of the one linked and the one split off`);
  }
  await agent.shot('linked-and-split');
  await page.click('.tf-watchers .tf-watch');
  await page.locator('.tf-watcher-list', { hasText: 'agent2' }).waitFor({ timeout: 20000 });
  await agent.shot('watching');

  // Reply on the customer's mail: addressed to the customer under the ticket's subject, the mail quoted in Russian
  await page.locator('.tf-article.tf-customer .tf-reply-to').first().click();
  await page.waitForFunction(() => /пишет:\n> Добрый день!/.test(document.querySelector('.tf-compose-text')?.value ?? ''),
    null, { timeout: 20000 });
  const to = await page.inputValue('.tf-compose-to');
  const subject = await page.inputValue('.tf-compose-subject');
  if (!/^[^,\s]+@[^,\s]+$/.test(to) || subject !== `[Ticket#${mailed}] Документы за ноябрь`) {
    throw new Error(`the reply is not addressed to the customer under the ticket's subject: ${to} / ${subject}`);
  }
  // it starts from a standard response, in the customer's language, signed with the agent's name, the quote below
  await page.selectOption('.tf-standard-response', 'in_progress');
  await page.waitForFunction(() => document.querySelector('.tf-compose-text')?.value.startsWith('Здравствуйте'), null,
    { timeout: 20000 });
  const reply = await page.inputValue('.tf-compose-text');
  if (!reply.includes(mailed) || !reply.includes('Bea Agent') || reply.includes('agent2')
    || !reply.includes('> Добрый день! Накладные за ноябрь так и не пришли.')) {
    throw new Error(`the standard response is not filled in for the ticket and the agent above the quote: ${reply}`);
  }
  await agent.shot('reply-composed');
  await page.setInputFiles('.tf-compose-files',
    { name: 'nakladnaya.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 waybill') });
  // the reply closes the ticket in the same step
  await page.selectOption('.tf-next-state', 'closedSuccessful');
  if ((await agent.write('reply', reply)).trim() !== 'Reply sent. The ticket is closed.') {
    throw new Error('the reply did not say that it closed the ticket');
  }

  // two tickets closed at once from the Tickets view
  await page.click('.tf-tickets-view');
  const bulkList = page.locator('.tf-tickets-panel .tf-ticket-list');
  await bulkList.locator(`tr[data-ticket="${low}"]`).waitFor({ timeout: 20000 });
  await bulkList.locator(`tr[data-ticket="${low}"] .tf-select`).check();
  await bulkList.locator(`tr[data-ticket="${high}"] .tf-select`).check();
  await page.selectOption('.tf-bulk-action', 'close');
  await page.click('.tf-bulk-apply');
  await page.locator('.tf-bulk-result', { hasText: '2 of 2 done.' }).waitFor({ timeout: 30000 });
  await agent.shot('closed-two-at-once');
  console.log(`tickets view: ${mine} of mine`);
} finally {
  await done(chromium);
}
