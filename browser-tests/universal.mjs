// The seed's universal scenario as people click it: the secretary triages the customer's mail, the agent
// replies, and after the customer's answer closes the ticket. Arguments: base URL, ticket number, then
// "reply" or "close" for the step to play (the customer's answer comes by mail in between).
import { browser, Tasklist, taskId } from './tasklist.mjs';

const [base, ticket, step] = process.argv.slice(2);
const chromium = await browser();
try {
  if (step === 'reply') {
    const secretary = await Tasklist.as(chromium, base, 'secretary', 'universal');
    await secretary.open(await taskId(base, 'secretary', ticket, 'Task_Triage'));
    await secretary.claim();
    await secretary.select('Decision', 'Route to a queue');
    await secretary.select('Queue', 'Support');
    await secretary.select('Priority', '4 high');
    await secretary.select('Type', 'Incident');
    await secretary.complete();

    const agent = await Tasklist.as(chromium, base, 'agent', 'universal');
    await agent.open(await taskId(base, 'agent', ticket, 'Task_Work'));
    await agent.claim();
    await agent.select('What next?', 'Reply to the customer');
    await agent.fill('Text', 'Please restart the router and tell us if it helps.');
    await agent.complete();
  } else {
    const agent = await Tasklist.as(chromium, base, 'agent', 'universal-close');
    await agent.open(await taskId(base, 'agent', ticket, 'Task_Work'));
    if (!(await agent.text()).includes('It works again')) {
      throw new Error("the work form does not show the customer's answer");
    }
    await agent.select('What next?', 'Close');
    await agent.select('Resolution', 'Closed successfully');
    await agent.complete();
  }
  console.log(`universal scenario: ${step} clicked through`);
} finally {
  await chromium.close();
}
