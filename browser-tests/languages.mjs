// The webapps speak the browser's language: a Russian browser gets Tasklist's login and task list in Russian, an
// English one in English. Argument: base URL.
import { browser, done, scenarioArguments, Tasklist } from './tasklist.mjs';

const [base] = scenarioArguments();
const chromium = await browser();

try {
  for (const [locale, login, sortBy] of [['ru-RU', 'Войти', 'Сортировать по'], ['en-US', 'Log in', 'Sort by']]) {
    const agent = await Tasklist.as(chromium, base, 'agent', `language-${locale}`, { form: true, locale });
    await agent.page.goto(`${base}/camunda/app/tasklist/default/`);
    // the task list's own words, as Camunda's template names them
    await agent.page.locator('[translate="SORT_BY"]', { hasText: sortBy }).first().waitFor({ state: 'attached', timeout: 60000 });
    await agent.shot('task-list');
    await agent.page.context().clearCookies();
    await agent.page.goto(`${base}/camunda/app/tasklist/`);
    await agent.page.locator('button[type=submit]', { hasText: login }).waitFor({ timeout: 60000 });
    await agent.shot('login');
  }
  console.log('languages: ru, en');
} finally {
  await done(chromium);
}
