// The webapps speak the browser's language: a Russian browser gets Tasklist's login and task list in Russian, an
// English one in English, the cards' relative times and the filters' names included; the help desk's own lists show times in the browser's
// time zone (Moscow, UTC) and the
// ticket's states in the browser's language, as the server words them (GET /api/labels). Argument:
// base URL; an open ticket of the Support queue exists.
import { browser, done, scenarioArguments, Tasklist } from './tasklist.mjs';

const [base] = scenarioArguments();
const chromium = await browser();

try {
  for (const [locale, timezoneId, zone, login, sortBy, state, ago, allOpen] of [
    ['ru-RU', 'Europe/Moscow', /MSK|GMT\+3/, 'Войти', 'Сортировать по', /^(новая|открыта)$/, / назад$/, 'Все открытые заявки'],
    ['en-US', 'UTC', /UTC/, 'Log in', 'Sort by', /^(new|open)$/, / ago$/, 'All open tickets']]) {
    const agent = await Tasklist.as(chromium, base, 'agent', `language-${locale}`, { form: true, locale, timezoneId });
    await agent.page.goto(`${base}/camunda/app/tasklist/default/`);
    // the task list's own words, as Camunda's template names them
    await agent.page.locator('[translate="SORT_BY"]', { hasText: sortBy }).first().waitFor({ state: 'attached', timeout: 60000 });
    // and the cards' relative times ("несколько секунд назад", "a few seconds ago")
    await agent.page.locator('.task-filter h4.name a', { hasText: allOpen }).first().click();
    await agent.page.locator('li.task .creation-date [am-time-ago]', { hasText: ago }).first().waitFor({ timeout: 30000 });
    await agent.shot('task-list');
    await agent.page.click('.tf-tickets-view');
    await agent.page.click('.tf-tickets-panel .tf-scopes li[data-scope="all"] a');
    await agent.page.locator('.tf-tickets-panel .tf-ticket-list tbody tr td', { hasText: zone }).first()
      .waitFor({ timeout: 30000 });
    await agent.page.locator('.tf-tickets-panel .tf-ticket-list tbody tr td', { hasText: state }).first()
      .waitFor({ timeout: 30000 });
    await agent.shot('tickets-in-local-time');
    await agent.page.context().clearCookies();
    await agent.page.goto(`${base}/camunda/app/tasklist/`);
    await agent.page.locator('button[type=submit]', { hasText: login }).waitFor({ timeout: 60000 });
    await agent.shot('login');
  }
  console.log('languages: ru, en');
} finally {
  await done(chromium);
}
