// A trainee's reply waits for a senior's review. Arguments: base URL, ticket number, then "reply" (the trainee
// writes) or "review" (the agent edits and approves; the reply then names its reviewer).
import { browser, done, scenarioArguments, Tasklist, taskId } from './tasklist.mjs';

const [base, ticket, step] = scenarioArguments();
const chromium = await browser();
try {
  if (step === 'reply') {
    const trainee = await Tasklist.as(chromium, base, 'trainee', 'trainee');
    await trainee.open(await taskId(base, 'trainee', ticket, 'Task_Work'));
    await trainee.claim();
    // a quick word from the Ticket tab is held for review as well
    await trainee.ticketTab();
    // a reply held for review goes to the customer under the ticket's subject and leaves the state alone: the tab
    // offers neither addresses nor a next state
    for (const control of ['.tf-compose-to', '.tf-compose-cc', '.tf-compose-subject', '.tf-next-state']) {
      if (await trainee.page.locator(control).count() !== 0) {
        throw new Error(`the trainee is offered ${control}, which a reviewed reply cannot carry`);
      }
    }
    if (!(await trainee.page.locator('.tf-send-reply').innerText()).includes('for review')) {
      throw new Error('the trainee\'s reply button does not say the reply goes for review');
    }
    const held = await trainee.write('reply', 'We are looking into it.');
    if (held !== "Reply held for a senior agent's review.") {
      throw new Error(`the trainee's reply from the Ticket tab was not held: ${held}`);
    }
    await trainee.formTab();
    await trainee.select('What next?', 'Reply to the customer');
    await trainee.fill('Text', 'just restart it lol');
    await trainee.complete();
  } else {
    const agent = await Tasklist.as(chromium, base, 'agent', 'trainee-review');
    await agent.open(await taskId(base, 'agent', ticket, 'Task_Review'));
    await agent.claim();
    await agent.fill('Reply to the customer', 'Please restart the device; it clears the fault.');
    await agent.select('Decision', 'Approve and send');
    await agent.complete();
    // the reply that went out names its reviewer beside the trainee
    await agent.open(await taskId(base, 'agent', ticket, 'Task_Work'));
    await agent.ticketTab();
    const sent = agent.page.locator('.tf-article.tf-reply', { hasText: 'clears the fault' });
    if (!(await sent.innerText()).includes('(reviewed by agent)')) {
      throw new Error(`the reply does not name its reviewer: ${await sent.innerText()}`);
    }
  }
  console.log(`trainee scenario: ${step} clicked through`);
} finally {
  await done(chromium);
}
