// Driving Camunda Tasklist in Debian's chromium: log in, open a task, claim it, fill its Camunda Form, complete.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const SHOTS = process.env.SCREENSHOTS || '../target/browser';
mkdirSync(SHOTS, { recursive: true });

let launched = null;

/**
 * Debian's chromium: by default its headless shell (package chromium-headless-shell), the same Blink without a
 * window's compositing, which takes a fifth less time and processor over the suite; CHROMIUM names another build,
 * e.g. /usr/bin/chromium, the browser as a person runs it, for timing what a person waits for. A script run on its
 * own launches its own; under the driver (driver.mjs) all scenarios share one, and each person keeps their browser
 * context and Tasklist page from one scenario to the next.
 */
export async function browser() {
  launched ??= chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium-headless-shell',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return launched;
}

/** The end of a scenario: a script run on its own closes its chromium; the driver keeps it for the next one. */
export async function done(browser) {
  if (!globalThis.scenarioDriver) {
    await browser.close();
  }
}

/** The scenario's arguments: from the driver, or from the command line of a script run on its own. */
export function scenarioArguments() {
  return globalThis.scenarioArguments ?? process.argv.slice(2);
}

/** What Tasklist and the help desk call the things the driver clicks, in each language the webapps speak. */
const WORDS = {
  en: { myTickets: 'My tickets', complete: 'Complete', ticket: 'Ticket', form: 'Form' },
  ru: { myTickets: 'Мои заявки', complete: 'Завершить', ticket: 'Заявка', form: 'Форма' },
};

export class Tasklist {
  constructor(page, base, scenario, locale = 'en') {
    this.page = page;
    this.words = WORDS[locale.split('-')[0]] ?? WORDS.en;
    this.base = base;
    this.scenario = scenario;
    this.step = 0;
    // what the page still waits for, printed when it does not come up
    this.waiting = new Set();
    page.on('request', (request) => this.waiting.add(request));
    page.on('requestfinished', (request) => this.waiting.delete(request));
    page.on('requestfailed', (request) => this.waiting.delete(request));
    this.complaints = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        this.complaints.push(`${message.type()}: ${message.text()}`);
      }
    });
  }

  /** Why a page did not come up: where it is, what it shows and which of its requests have not been answered. */
  async stuck(failure) {
    await this.shot(failure).catch((error) => console.log(`no screenshot: ${error.message}`));
    const text = await this.page.locator('body').innerText({ timeout: 5000 }).catch((error) => `(no text: ${error.message})`);
    console.log(`${this.scenario} is stuck at ${this.page.url()}, showing: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
    for (const request of this.waiting) {
      console.log(`  still waiting for ${request.method()} ${request.url()}`);
    }
    for (const complaint of this.complaints) {
      console.log(`  the console said ${complaint}`);
    }
  }

  /**
   * A person in their own browser context, who keeps it, with their session and the Tasklist page they have open,
   * from one of their steps to the next, as an agent keeps Tasklist open all day. By default the
   * session comes from the webapps' login over HTTP; with { form: true } the person starts afresh and types into
   * the login form. With { locale: 'ru-RU', timezoneId: 'Europe/Moscow' } the browser asks for that language and
   * lives in that time zone.
   */
  static async as(browser, base, user, scenario, { form = false, locale, timezoneId } = {}) {
    const key = `${base} ${user} ${locale ?? ''}`;
    if (!people.has(browser)) {
      people.set(browser, new Map());
    }
    const known = people.get(browser);
    if (known.has(key) && !form) {
      const person = known.get(key);
      person.scenario = `${scenario}-${user}`;
      person.step = 0;
      return person;
    }
    const context = await browser.newContext({ viewport: { width: 1400, height: 2200 }, ...(locale ? { locale } : {}),
      ...(timezoneId ? { timezoneId } : {}) });
    const tasklist = new Tasklist(await context.newPage(), base, `${scenario}-${user}`, locale);
    // a script error in the page is part of what a failing scenario prints
    tasklist.page.on('pageerror', (error) => console.log(`${user}'s page: ${error.message}`));
    if (form) {
      await tasklist.login(user);
    } else {
      await tasklist.session(user);
    }
    known.set(key, tasklist);
    return tasklist;
  }

  /** Logs in the way the login form does, over HTTP: the cookies land in this person's browser context. */
  async session(user) {
    const request = this.page.context().request;
    const api = `${this.base}/camunda/api`;
    const token = (await request.get(`${api}/engine/engine/`)).headers()['x-xsrf-token'];
    const login = await request.post(`${api}/admin/auth/user/default/login/tasklist`,
      { form: { username: user, password: 'demo' }, headers: { 'X-XSRF-TOKEN': token } });
    if (!login.ok()) {
      throw new Error(`${user} could not log in: ${login.status()} ${await login.text()}`);
    }
  }

  /**
   * Logs in once the login form is ready, and checks what it typed: while Angular is still binding the form, a
   * value typed into one field can land in the other.
   */
  async login(user) {
    await this.typeLogin(user);
    await this.page.click('button[type=submit]');
    await this.started(`${user}-login-failed`);
  }

  /** The login form, filled in and checked, not yet sent. */
  async typeLogin(user) {
    await this.page.goto(`${this.base}/camunda/app/tasklist/`);
    const name = this.page.locator('input[ng-model="username"]');
    const password = this.page.locator('input[type=password]');
    for (let attempt = 1; ; attempt++) {
      await name.waitFor({ state: 'visible' });
      await password.waitFor({ state: 'visible' });
      await name.fill(user);
      await password.fill('demo');
      if (await name.inputValue() === user && await password.inputValue() === 'demo') {
        break;
      }
      if (attempt === 5) {
        await this.shot(`${user}-login-typing-failed`);
        throw new Error(`the login form kept other values than ${user}/demo`);
      }
    }
  }

  /** Tasklist's start page, with the filters. */
  async home() {
    await this.page.goto(`${this.base}/camunda/app/tasklist/default/`);
    await this.started('home-failed');
  }

  async started(failure) {
    try {
      // a new browser context loads and starts Tasklist's scripts afresh: on a busy machine that takes a while
      await this.page.waitForSelector(`text=${this.words.myTickets}`, { timeout: 60000 });
    } catch (error) {
      await this.stuck(failure);
      throw error;
    }
  }

  async open(taskId) {
    await this.page.goto(`${this.base}/camunda/app/tasklist/default/#/?task=${taskId}`);
    try {
      // the first task a person opens may also be their first Tasklist page: see started()
      await this.page.waitForSelector('.fjs-container', { timeout: 60000 });
    } catch (error) {
      await this.stuck(`task-${taskId}-not-shown`);
      throw error;
    }
  }

  async claim() {
    await this.page.click('[ng-click="claim()"], a:has-text("Claim")');
    await this.page.waitForSelector(`button:has-text("${this.words.complete}"):not([disabled])`, { timeout: 20000 });
  }

  /** The form field whose label starts with the given text. */
  field(label) {
    return this.page.locator('.fjs-form-field')
      .filter({ has: this.page.locator('label', { hasText: new RegExp('^' + escape(label)) }) }).first();
  }

  /** Picks the option whose text is exactly the given one. */
  async select(label, option) {
    const items = await this.dropdown(label);
    await items.filter({ hasText: new RegExp('^' + escape(option) + '$') }).first().click();
  }

  /** Opens a select's list of options; returns them. */
  async dropdown(label) {
    const field = this.field(label);
    const items = field.locator('.fjs-dropdownlist-item');
    // a select opens when it gets the focus; one that kept the focus from an earlier choice takes a click as closing
    await this.page.evaluate(() => document.activeElement?.blur());
    await field.locator('.fjs-select-hidden-input').focus();
    try {
      await items.first().waitFor({ timeout: 20000 });
    } catch (error) {
      await this.shot(`${label.replace(/\W+/g, '-')}-does-not-open`);
      throw error;
    }
    return items;
  }

  /**
   * Picks the option of a picker whose text shows "(key)": a person's login, an FAQ entry's number. A picker
   * offers valid values only: it fails when the field lets anyone type. Returns every option it offered.
   */
  async pick(label, key) {
    const field = this.field(label);
    if (await field.locator('input:not([type=hidden]):not(.fjs-select-hidden-input), textarea').count() > 0) {
      throw new Error(`"${label}" lets people type instead of picking`);
    }
    const items = await this.dropdown(label);
    const offered = await items.allInnerTexts();
    await items.filter({ hasText: `(${key})` }).first().click();
    return offered.map((text) => text.trim());
  }

  async fill(label, value) {
    await this.field(label).locator('input, textarea').first().fill(String(value));
  }

  async choose(label, option) {
    await this.field(label).locator('label', { hasText: option }).first().click();
  }

  async text() {
    return this.page.locator('.fjs-container').innerText();
  }

  async complete() {
    await this.shot('before-complete');
    await this.page.click(`button:has-text("${this.words.complete}")`);
    await this.page.waitForSelector('.fjs-container', { state: 'detached', timeout: 20000 });
  }

  /**
   * The line the task card of a ticket shows in one of the filters. Like an agent among many tickets, it narrows
   * the filter to the ticket's number with Tasklist's search.
   */
  async card(filter, ticket) {
    if (!this.page.url().includes('/tasklist/')) {
      await this.home();
    }
    await this.page.locator('[cam-tasklist-filters] a, .task-filters a', { hasText: filter }).first().click();
    await this.page.waitForURL(/filter=/);
    const search = JSON.stringify([{ type: 'processInstanceBusinessKey', operator: 'eq', value: ticket, name: '' }]);
    const url = new URL(this.page.url());
    const hash = new URLSearchParams(url.hash.replace(/^#\/?\??/, ''));
    hash.set('searchQuery', search);
    await this.page.goto(`${url.origin}${url.pathname}#/?${hash}`);
    const card = this.page.locator('.tf-card', { hasText: `#${ticket}` }).first();
    await card.waitFor({ timeout: 20000 });
    await this.shot(`card-in-${filter.toLowerCase().replaceAll(' ', '-')}`);
    const text = await card.innerText();
    // the facts stay in view below the title, however long it is
    const [item, facts] = [await card.locator('xpath=ancestor::li[1]').boundingBox(),
      await card.locator('.tf-card-facts').boundingBox()];
    if (!item || !facts || facts.height === 0 || facts.y + facts.height > item.y + item.height + 1) {
      throw new Error(`the card of ${ticket} hides its facts: ${JSON.stringify({ item, facts })}`);
    }
    // back to the whole filter Tasklist starts with: a task claimed under another filter may leave that filter's
    // list (first away from the filter's tooltip, which would cover the next filter)
    await this.page.mouse.move(700, 1800);
    await this.page.waitForSelector('.tooltip', { state: 'detached', timeout: 5000 }).catch(() => {});
    await this.page.locator('[cam-tasklist-filters] a, .task-filters a', { hasText: this.words.myTickets }).first().click();
    return text;
  }

  /** Switches to the task's Ticket tab: the whole ticket, where notes and replies are added. */
  async ticketTab() {
    await this.page.locator('.nav-tabs a, ul.nav a', { hasText: new RegExp(`^\\s*${this.words.ticket}\\s*$`) }).first().click();
    await this.page.waitForSelector('.tf-ticket .tf-article', { timeout: 20000 });
    await this.shot('ticket-tab');
    return this.page.locator('.tf-ticket').innerText();
  }

  async formTab() {
    await this.page.locator('.nav-tabs a, ul.nav a', { hasText: new RegExp(`^\\s*${this.words.form}\\s*$`) }).first().click();
    await this.page.waitForSelector('.fjs-container', { timeout: 20000 });
  }

  /** Adds an internal note from the Ticket tab; returns what the tab answered. */
  async note(text) {
    return this.write('note', text);
  }

  /** Writes from the Ticket tab without completing the task: a note, a reply, or the customer's call. */
  async write(kind, text) {
    const button = { note: '.tf-add-note', reply: '.tf-send-reply', customer: '.tf-customer-called' }[kind];
    await this.page.fill('.tf-compose-text', text);
    await this.page.click(button);
    const status = this.page.locator('.tf-compose-status');
    await this.page.waitForFunction(() => document.querySelector('.tf-compose-status')?.textContent.trim().length > 0,
      null, { timeout: 20000 });
    // the tab reloads the conversation after a write: the screenshot shows it once nothing is loading
    await this.page.waitForLoadState('networkidle');
    await this.shot(kind);
    return status.innerText();
  }

  async shot(name) {
    this.step += 1;
    await this.page.screenshot({ path: `${SHOTS}/${this.scenario}-${String(this.step).padStart(2, '0')}-${name}.png` });
  }
}

const people = new WeakMap();

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The id of the task waiting at the given step of a ticket, read through the engine's REST API. The step that led
 * there committed before its request answered, so the task is there or it is an error.
 */
export async function taskId(base, user, ticket, step) {
  const auth = 'Basic ' + Buffer.from(`${user}:demo`).toString('base64');
  const response = await fetch(`${base}/engine-rest/task?processInstanceBusinessKey=${ticket}&taskDefinitionKey=${step}`,
    { headers: { Authorization: auth } });
  const tasks = await response.json();
  if (tasks.length === 0) {
    throw new Error(`no task ${step} for ticket ${ticket}`);
  }
  return tasks[0].id;
}
