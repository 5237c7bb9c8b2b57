// The seed's approval scenario as people click it: the agent consults a specialist, who passes the ticket to a
// second specialist; each returns it one step; the agent asks an authorizer, who approves; the agent replies and
// closes. Arguments: base URL, ticket number.
import { browser, done, scenarioArguments, Tasklist, taskId } from './tasklist.mjs';

const [base, ticket] = scenarioArguments();
const chromium = await browser();

async function work(user, task, fill) {
  const person = await Tasklist.as(chromium, base, user, 'consultation');
  await person.open(await taskId(base, user, ticket, task));
  if (await person.page.locator('[ng-click="claim()"]').count() > 0) {
    await person.claim();
  }
  await fill(person);
  await person.complete();
}

try {
  await work('agent', 'Task_Work', async (agent) => {
    await agent.select('What next?', 'Consult a specialist');
    const offered = await agent.pick('Consult whom', 'specialist');
    if (offered.some((person) => person.endsWith('(agent)')) || !offered.some((p) => p.endsWith('(specialist2)'))) {
      throw new Error(`the consultant picker offers the wrong people: ${offered.join(', ')}`);
    }
    await agent.fill('Text', 'Is the power supply the culprit?');
  });
  await work('specialist', 'Task_Consult', async (specialist) => {
    await specialist.fill('Internal note', 'Looks electrical, asking a colleague.');
    await specialist.select('Then', 'Pass on to another agent');
    await specialist.pick('Pass to whom', 'specialist2');
  });
  await work('specialist2', 'Task_Consult', async (second) => {
    await second.fill('Internal note', 'The capacitor is blown; replace the power supply.');
    await second.select('Then', 'Return to the previous agent');
  });
  await work('specialist', 'Task_Consult', async (specialist) => {
    await specialist.fill('Internal note', 'Confirmed by my colleague: replace the power supply.');
    await specialist.select('Then', 'Return to the previous agent');
  });
  await work('agent', 'Task_Work', async (agent) => {
    await agent.select('What next?', 'Ask for authorization');
    await agent.fill('What is to be authorized', 'Replace the power supply under warranty (120 EUR).');
  });
  await work('authorizer', 'Task_Authorize', async (authorizer) => {
    await authorizer.choose('Decision', 'Approve');
    await authorizer.fill('Reason', 'Within the warranty budget.');
  });
  await work('agent', 'Task_Work', async (agent) => {
    await agent.select('What next?', 'Reply to the customer');
    await agent.fill('Text', 'We will replace your power supply free of charge.');
  });
  await work('agent', 'Task_Work', async (agent) => {
    await agent.select('What next?', 'Close');
    await agent.select('Resolution', 'Closed successfully');
  });
  console.log('consultation scenario clicked through');
} finally {
  await done(chromium);
}
