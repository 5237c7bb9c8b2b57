// The seed's universal scenario as people click it: the secretary triages the customer's mail, the agent
// finds it among the unanswered tickets, notes something for colleagues from the Ticket tab, replies, and after
// the customer's answer closes the ticket. Arguments: base URL, ticket number, then
// "reply" or "close" for the step to play (the customer's answer comes by mail in between), then the browser's
// language (en-US when none): the people click through the webapps in that language, with a customer who writes it.
import { browser, done, scenarioArguments, Tasklist, taskId } from './tasklist.mjs';

/** What the people read and write, in each language. */
const SCENARIO = {
  en: {
    triage: ['Decision', 'Route to a queue', 'Queue', 'Priority', '4 high', 'Type', 'Incident'],
    unansweredFilter: 'Unanswered',
    myTickets: 'My tickets',
    card: ['Internet down', 'priority 4', 'unanswered', 'Support'],
    age: /opened (just now|\d+ min ago)/,
    owner: 'owner agent',
    mail: 'Since this morning nothing loads.',
    queueChanged: 'queue changed',
    note: 'Asked the network team whether the line is down.',
    noteAdded: 'Note added.',
    internal: 'not visible to the customer',
    whatNext: 'What next?',
    transfer: 'Transfer to another queue or agent',
    agent: 'Agent',
    agent2: 'Bea Agent (agent2) · Billing',
    reply: 'Reply to the customer',
    text: 'Text',
    replyText: 'Please restart the router and tell us if it helps.',
    answer: 'It works again',
    close: 'Close',
    resolution: 'Resolution',
    successful: 'Closed successfully',
  },
  ru: {
    triage: ['Решение', 'Направить в очередь', 'Очередь', 'Приоритет', '4 высокий', 'Тип', 'Инцидент'],
    unansweredFilter: 'Без ответа',
    myTickets: 'Мои заявки',
    card: ['Не работает интернет', 'приоритет 4', 'без ответа', 'Support'],
    age: /открыта (только что|\d+ мин назад)/,
    owner: 'владелец agent',
    mail: 'С утра ничего не грузится.',
    queueChanged: 'очередь изменена',
    note: 'Спросил сетевиков, не упала ли линия.',
    noteAdded: 'Заметка добавлена.',
    internal: 'клиент её не видит',
    whatNext: 'Что дальше?',
    transfer: 'Передать в другую очередь или агенту',
    agent: 'Агент',
    agent2: 'Bea Agent (agent2) · Billing',
    reply: 'Ответить клиенту',
    text: 'Текст',
    replyText: 'Перезагрузите, пожалуйста, роутер и напишите, помогло ли.',
    answer: 'Всё снова работает',
    close: 'Закрыть',
    resolution: 'Итог',
    successful: 'Закрыта успешно',
  },
};

const [base, ticket, step, locale = 'en-US'] = scenarioArguments();
const words = SCENARIO[locale.split('-')[0]];
const language = { locale, timezoneId: locale.startsWith('ru') ? 'Europe/Moscow' : 'UTC' };
const scenario = `universal-${locale}`;
const chromium = await browser();
try {
  if (step === 'reply') {
    const secretary = await Tasklist.as(chromium, base, 'secretary', scenario, language);
    await secretary.open(await taskId(base, 'secretary', ticket, 'Task_Triage'));
    await secretary.claim();
    const [decision, route, queue, priority, high, type, incident] = words.triage;
    await secretary.select(decision, route);
    await secretary.select(queue, 'Support');
    await secretary.select(priority, high);
    await secretary.select(type, incident);
    await secretary.complete();

    const agent = await Tasklist.as(chromium, base, 'agent', scenario, language);
    const card = await agent.card(words.unansweredFilter, ticket);
    if (!words.card.every((fact) => card.includes(fact)) || !words.age.test(card)) {
      throw new Error(`the task card does not tell the ticket: ${card}`);
    }
    await agent.open(await taskId(base, 'agent', ticket, 'Task_Work'));
    await agent.claim();
    // a note for colleagues, from the whole ticket, without completing the task
    if (!(await agent.ticketTab()).includes(words.mail)) {
      throw new Error("the Ticket tab does not show the customer's mail");
    }
    // the system's events stand between the articles: the triage moved the ticket to Support
    if (await agent.page.locator('.tf-conversation .tf-event', { hasText: words.queueChanged }).count() !== 1) {
      throw new Error("the triage's queue change is not in the conversation");
    }
    await agent.page.uncheck('.tf-show-events');
    if (await agent.page.locator('.tf-conversation .tf-event').count() !== 0) {
      throw new Error('the system events do not hide');
    }
    await agent.page.check('.tf-show-events');
    if ((await agent.note(words.note)) !== words.noteAdded) {
      throw new Error('the note was not confirmed');
    }
    const internal = agent.page.locator('.tf-article.tf-internal', { hasText: words.note });
    if (!(await internal.innerText()).includes(words.internal)) {
      throw new Error('the note is not marked as internal');
    }
    await agent.formTab();
    // a transfer offers the people who work tickets, with their queues, and nobody else
    await agent.select(words.whatNext, words.transfer);
    const offered = await agent.pick(words.agent, 'agent2');
    if (!offered.includes(words.agent2) || offered.some((a) => a.includes('(observer)'))) {
      throw new Error(`the transfer offers the wrong agents: ${offered.join('; ')}`);
    }
    // the agent thinks better of it and starts the form afresh
    await agent.page.reload();
    await agent.page.waitForSelector('.fjs-container');
    await agent.select(words.whatNext, words.reply);
    await agent.fill(words.text, words.replyText);
    await agent.complete();
  } else {
    const agent = await Tasklist.as(chromium, base, 'agent', `${scenario}-close`, language);
    const mine = await agent.card(words.myTickets, ticket);
    if (!mine.includes(words.card[2]) || !mine.includes(words.owner)) {
      throw new Error(`the customer's answer did not make the ticket unanswered again, or the card has no owner: ${mine}`);
    }
    await agent.open(await taskId(base, 'agent', ticket, 'Task_Work'));
    if (!(await agent.ticketTab()).includes(words.answer)) {
      throw new Error("the Ticket tab does not show the customer's answer");
    }
    await agent.formTab();
    await agent.select(words.whatNext, words.close);
    await agent.select(words.resolution, words.successful);
    await agent.complete();
  }
  console.log(`universal scenario: ${step} clicked through in ${locale}`);
} finally {
  await done(chromium);
}
