// What an agent waits for in Tasklist, timed in chromium: from sending the login form to the first task card (and
// to its ticket line), from a click on a card to its form with that ticket's header, and from a click on another
// filter to that filter's first task in the list. Each round is a new browser context: a person who logs in.
// Arguments: base URL, user, rounds. Prints one line per figure: its name, median and p95 in ms, then every sample.
import { browser, done, scenarioArguments, Tasklist } from './tasklist.mjs';

const [base, user = 'agent', rounds = '5'] = scenarioArguments();
const chromium = await browser();
const FILTERS = ['My queues', 'Unanswered', 'All open tickets', 'My tickets'];
const OPENED_PER_ROUND = 3;
const times = { 'login → first card': [], 'login → its ticket line': [], 'open a task': [], 'switch filters': [] };

async function timed(figure, action, outcome) {
  const started = performance.now();
  await action();
  await outcome();
  times[figure].push(Math.round(performance.now() - started));
}

function percentile(samples, share) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

/** The first task of the filter's list, as the engine sent it (null: the list is empty). */
async function firstTaskOf(response) {
  const answer = await response.json();
  const tasks = answer._embedded?.task ?? answer;
  return Array.isArray(tasks) && tasks.length > 0 ? tasks[0].id : null;
}

try {
  for (let round = 0; round < Number(rounds); round++) {
    const context = await chromium.newContext({ viewport: { width: 1400, height: 1000 } });
    const person = new Tasklist(await context.newPage(), base, `load-times-${user}-${round}`);
    const page = person.page;
    try {
      await person.typeLogin(user);
      const card = page.locator('li.task').first();
      await timed('login → first card', () => page.click('button[type=submit]'), () => card.waitFor({ timeout: 60000 }));
      const started = performance.now() - times['login → first card'].at(-1);
      await card.locator('.tf-card').waitFor({ timeout: 60000 });
      times['login → its ticket line'].push(Math.round(performance.now() - started));

      const shown = await page.locator('li.task').count();
      for (let opened = 0; opened < Math.min(OPENED_PER_ROUND, shown); opened++) {
        const item = page.locator('li.task').nth(opened);
        const link = item.locator('h4.task a');
        const task = new URLSearchParams((await link.getAttribute('href')).replace(/^#\/?\??/, '')).get('task');
        // the form of this task's ticket: the form of the task shown before stays on the page until the new one comes
        const ticket = (await item.locator('.tf-number').innerText()).replace('#', '');
        await timed('open a task', () => link.click(), () => page.waitForFunction(([id, number]) => {
          const form = document.querySelector('.fjs-container');
          return window.location.hash.includes(id) && form !== null && form.innerText.includes(`Ticket#${number}`);
        }, [task, ticket], { timeout: 30000 }));
      }

      for (const filter of FILTERS) {
        const link = page.locator('.task-filter h4.name a', { hasText: filter }).first();
        let listed;
        await timed('switch filters', async () => {
          const answer = page.waitForResponse((response) => /\/filter\/[^/]+\/list/.test(response.url())
            && response.request().method() === 'POST', { timeout: 30000 });
          await link.click();
          listed = await firstTaskOf(await answer);
        }, () => page.waitForFunction((id) => {
          const first = document.querySelector('li.task h4.task a');
          return id === null ? first === null : first !== null && first.getAttribute('href').includes(id);
        }, listed, { timeout: 30000 }));
      }
      if (round === 0) {
        await person.shot('after-the-filters');
      }
    } catch (error) {
      await person.stuck('load-times-failed');
      throw error;
    } finally {
      await context.close();
    }
  }
  for (const [figure, samples] of Object.entries(times)) {
    console.log(`${figure}: median ${percentile(samples, 0.5)} ms, p95 ${percentile(samples, 0.95)} ms (${samples.join(' ')})`);
  }
} finally {
  await done(chromium);
}
