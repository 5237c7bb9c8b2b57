// The observer sees a ticket's task with the whole ticket in it, and Tasklist offers nothing to change it.
// Arguments: base URL, ticket number.
import { browser, done, scenarioArguments, Tasklist, taskId } from './tasklist.mjs';

const [base, ticket] = scenarioArguments();
const chromium = await browser();
try {
  const observer = await Tasklist.as(chromium, base, 'observer', 'observer');
  await observer.open(await taskId(base, 'observer', ticket, 'Task_Work'));
  if (!(await observer.text()).includes(ticket)) {
    throw new Error('the observer does not see the ticket');
  }
  // none of Camunda's chrome that means nothing to an agent
  const page = await observer.page.locator('body').innerText();
  for (const chrome of ['Create task', 'Start process', 'Add Comment', 'Diagram', 'Description', 'migrate to Camunda 8']) {
    if (page.includes(chrome)) {
      throw new Error(`Tasklist still shows "${chrome}"`);
    }
  }
  if (await observer.page.locator('.ce-eol-banner').isVisible()) {
    throw new Error('the end-of-life banner is shown');
  }
  // Tasklist offers "Claim" to everybody who sees a task; not to an observer (the engine refuses it anyway:
  // EngineDoorsTests, EngineRestSurfaceTests)
  await observer.page.waitForSelector('body.tf-reader', { state: 'attached', timeout: 20000 });
  if (await observer.page.locator('[ng-click="claim()"]').isVisible()) {
    throw new Error('the observer is offered Claim');
  }
  await observer.shot('no-claim');
  // the Ticket tab shows everything and offers nothing to write (the server refuses it anyway: PersonaLimitsTests)
  const tab = await observer.ticketTab();
  if (!tab.includes(ticket) || !tab.includes('writing on it is not part of your work')) {
    throw new Error(`the Ticket tab does not show the ticket read only: ${tab}`);
  }
  if (await observer.page.locator('.tf-compose-text, .tf-add-note, .tf-send-reply, .tf-customer-called').count() > 0) {
    throw new Error('the observer is offered to write on the ticket');
  }
  await observer.formTab();
  const complete = observer.page.locator('button:has-text("Complete")');
  if (await complete.first().isEnabled()) {
    throw new Error('the observer may complete the task');
  }
  // the filter's count in the sidebar is the number of tasks its list holds: a suspended ticket (the test
  // suspended one) is in neither
  const counts = () => observer.page.evaluate(() => {
    const focused = document.querySelector('.task-filter.active');
    return {
      listed: focused?.querySelector('.counter:not(.tf-filter-count)')?.textContent.trim(),
      counted: focused?.querySelector('.tf-filter-count')?.textContent.trim(),
    };
  });
  try {
    await observer.page.waitForFunction(() => {
      const focused = document.querySelector('.task-filter.active');
      const listed = focused?.querySelector('.counter:not(.tf-filter-count)')?.textContent.trim() ?? '';
      return /^\d+$/.test(listed) && listed === focused.querySelector('.tf-filter-count')?.textContent.trim();
    }, null, { timeout: 30000 });
  } catch (error) {
    throw new Error(`the sidebar's count is not the list's: ${JSON.stringify(await counts())}`);
  }
  // nor is a new ticket offered
  await observer.page.waitForSelector('[data-tf-new-ticket="hidden"]', { state: 'attached', timeout: 20000 });
  console.log('observer saw the ticket and was offered nothing to change');
} finally {
  await done(chromium);
}
