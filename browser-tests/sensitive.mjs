// The seed's explosive customer: a trainee's and a junior agent's replies to a customer marked sensitive wait for a
// senior's review; the card and the Ticket tab show the mark. Arguments: base URL, a Support ticket of the customer
// (the trainee's queue), a Billing ticket of the customer (agent2's, a junior agent).
import { browser, done, scenarioArguments, Tasklist, taskId } from './tasklist.mjs';

const [base, support, billing] = scenarioArguments();
const chromium = await browser();
try {
  const trainee = await Tasklist.as(chromium, base, 'trainee', 'sensitive-trainee');
  const card = await trainee.card('My queues', support);
  if (!card.includes('sensitive customer') || !card.includes('priority 4')) {
    throw new Error(`the card does not show the sensitive customer: ${card}`);
  }
  for (const [person, ticket] of [[trainee, support],
    [await Tasklist.as(chromium, base, 'agent2', 'sensitive-junior'), billing]]) {
    await person.open(await taskId(base, person === trainee ? 'trainee' : 'agent2', ticket, 'Task_Work'));
    await person.claim();
    await person.ticketTab();
    const customer = await person.page.locator('.tf-properties [data-property="Customer"]').innerText();
    if (!/@example\.com sensitive$/.test(customer.trim())) {
      throw new Error(`the Ticket tab does not show the sensitive customer: ${customer}`);
    }
    const held = await person.write('reply', 'We are sorry — it is being fixed today.');
    if (held !== "Reply held for a senior agent's review.") {
      throw new Error(`a reply to the sensitive customer went out without review: ${held}`);
    }
  }
  console.log(`the trainee's reply on ${support} and the junior agent's on ${billing} wait for review`);
} finally {
  await done(chromium);
}
