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
  // Tasklist offers "Claim" to everybody who sees a task; the engine must refuse it for an observer.
  await observer.page.click('[ng-click="claim()"]');
  await observer.page.getByText('An error happened while claiming').first().waitFor({ timeout: 20000 })
    .catch(() => { throw new Error('Tasklist did not report the refused claim'); });
  await observer.shot('claim-refused');
  // the Ticket tab shows everything; the help desk refuses the observer's note
  if (!(await observer.ticketTab()).includes(ticket)) {
    throw new Error('the Ticket tab does not show the ticket');
  }
  const refusal = await observer.note('I should not be able to write this.');
  if (!refusal.includes('may look but not change anything')) {
    throw new Error(`the observer's note was not refused: ${refusal}`);
  }
  await observer.formTab();
  const complete = observer.page.locator('button:has-text("Complete")');
  if (await complete.first().isEnabled()) {
    throw new Error('the observer may complete the task');
  }
  console.log('observer saw the ticket; the claim was refused');
} finally {
  await done(chromium);
}
