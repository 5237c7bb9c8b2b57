// The seed's universal scenario as people click it: the secretary triages the customer's mail, the agent
// finds it among the unanswered tickets, notes something for colleagues from the Ticket tab, replies, and after
// the customer's answer closes the ticket. Arguments: base URL, ticket number, then
// "reply" or "close" for the step to play (the customer's answer comes by mail in between).
import { browser, done, scenarioArguments, Tasklist, taskId } from './tasklist.mjs';

const [base, ticket, step] = scenarioArguments();
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
    const card = await agent.card('Unanswered', ticket);
    if (!['Internet down', 'priority 4', 'unanswered', 'Support', 'opened '].every((fact) => card.includes(fact))) {
      throw new Error(`the task card does not tell the ticket: ${card}`);
    }
    await agent.open(await taskId(base, 'agent', ticket, 'Task_Work'));
    await agent.claim();
    // a note for colleagues, from the whole ticket, without completing the task
    if (!(await agent.ticketTab()).includes('Since this morning nothing loads.')) {
      throw new Error("the Ticket tab does not show the customer's mail");
    }
    // the system's events stand between the articles: the triage moved the ticket to Support
    if (await agent.page.locator('.tf-conversation .tf-event', { hasText: 'queue changed' }).count() !== 1) {
      throw new Error("the triage's queue change is not in the conversation");
    }
    await agent.page.uncheck('.tf-show-events');
    if (await agent.page.locator('.tf-conversation .tf-event').count() !== 0) {
      throw new Error('the system events do not hide');
    }
    await agent.page.check('.tf-show-events');
    if ((await agent.note('Asked the network team whether the line is down.')) !== 'Note added.') {
      throw new Error('the note was not confirmed');
    }
    const internal = agent.page.locator('.tf-article.tf-internal', { hasText: 'Asked the network team' });
    if (!(await internal.innerText()).includes('not visible to the customer')) {
      throw new Error('the note is not marked as internal');
    }
    await agent.formTab();
    // a transfer offers the people who work tickets, with their queues, and nobody else
    await agent.select('What next?', 'Transfer to another queue or agent');
    const offered = await agent.pick('Agent', 'agent2');
    if (!offered.includes('Bea Agent (agent2) · Billing') || offered.some((a) => a.includes('(observer)'))) {
      throw new Error(`the transfer offers the wrong agents: ${offered.join('; ')}`);
    }
    // the agent thinks better of it and starts the form afresh
    await agent.page.reload();
    await agent.page.waitForSelector('.fjs-container');
    await agent.select('What next?', 'Reply to the customer');
    await agent.fill('Text', 'Please restart the router and tell us if it helps.');
    await agent.complete();
  } else {
    const agent = await Tasklist.as(chromium, base, 'agent', 'universal-close');
    const mine = await agent.card('My tickets', ticket);
    if (!mine.includes('unanswered') || !mine.includes('owner agent')) {
      throw new Error(`the customer's answer did not make the ticket unanswered again, or the card has no owner: ${mine}`);
    }
    await agent.open(await taskId(base, 'agent', ticket, 'Task_Work'));
    if (!(await agent.ticketTab()).includes('It works again')) {
      throw new Error("the Ticket tab does not show the customer's answer");
    }
    await agent.formTab();
    await agent.select('What next?', 'Close');
    await agent.select('Resolution', 'Closed successfully');
    await agent.complete();
  }
  console.log(`universal scenario: ${step} clicked through`);
} finally {
  await done(chromium);
}
