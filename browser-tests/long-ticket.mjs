// A ticket with hundreds of articles: the Ticket tab shows the newest page at once and fetches earlier pages on
// request. Arguments: base URL, ticket number, number of articles the ticket has.
import { browser, done, scenarioArguments, Tasklist, taskId } from './tasklist.mjs';

const [base, ticket, total] = scenarioArguments();
const chromium = await browser();
try {
  const agent = await Tasklist.as(chromium, base, 'agent', 'long-ticket');
  await agent.open(await taskId(base, 'agent', ticket, 'Task_Work'));
  await agent.ticketTab();
  const count = agent.page.locator('.tf-count');
  const articles = agent.page.locator('.tf-conversation > .tf-article');
  if ((await count.innerText()) !== `25 of ${total} articles` || (await articles.count()) !== 25) {
    throw new Error(`the first page is not the newest 25: ${await count.innerText()}`);
  }
  if (!(await articles.last().innerText()).includes(`Note ${total - 1}`)) {
    throw new Error('the newest article is not at the bottom');
  }
  await agent.page.click('.tf-earlier');
  await agent.page.waitForFunction((expected) => document.querySelector('.tf-count').textContent === expected,
    `50 of ${total} articles`, { timeout: 20000 });
  if (!(await articles.first().innerText()).includes(`Note ${total - 50}`)) {
    throw new Error('the earlier page is not above the newer one');
  }
  await agent.shot('earlier-page');
  console.log(`a ticket of ${total} articles shown a page at a time`);
} finally {
  await done(chromium);
}
