// The FAQ customer's scenario as people click it: the secretary triages the mail, the agent sees the suggested
// FAQ entry in the work form and answers with it. Arguments: base URL, ticket number, FAQ entry id.
import { browser, done, scenarioArguments, Tasklist, taskId } from './tasklist.mjs';

const [base, ticket, faq] = scenarioArguments();
const chromium = await browser();
try {
  const secretary = await Tasklist.as(chromium, base, 'secretary', 'faq');
  await secretary.open(await taskId(base, 'secretary', ticket, 'Task_Triage'));
  if (!(await secretary.text()).includes(ticket)) {
    throw new Error('the triage form does not show the ticket');
  }
  await secretary.claim();
  await secretary.select('Decision', 'Route to a queue');
  await secretary.select('Queue', 'Support');
  await secretary.select('Priority', '3 normal');
  await secretary.select('Type', 'Question');
  await secretary.complete();

  const agent = await Tasklist.as(chromium, base, 'agent', 'faq');
  await agent.open(await taskId(base, 'agent', ticket, 'Task_Work'));
  const form = await agent.text();
  if (!form.includes('How do I unlock my locked account?')) {
    throw new Error('the work form does not suggest the FAQ entry');
  }
  await agent.claim();
  await agent.select('What next?', 'Answer with an FAQ entry (then pending auto close)');
  await agent.pick('FAQ entry', `FAQ#${faq}`);
  await agent.page.locator('.fjs-container', { hasText: 'What the customer will read' }).waitFor();
  await agent.complete();
  console.log('faq scenario clicked through');
} finally {
  await done(chromium);
}
