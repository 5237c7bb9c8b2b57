// Runs the browser scenarios for the Java tests in one chromium, one after another. Each line on standard input
// is {"script": "universal.mjs", "args": [...]}; each answer on standard output is one line
// {"output": what the scenario printed, "error": its failure or null}. Ends with its input.
import { createInterface } from 'node:readline';
import { format } from 'node:util';
import { browser } from './tasklist.mjs';

globalThis.scenarioDriver = true;
let runs = 0;
for await (const line of createInterface({ input: process.stdin })) {
  const { script, args } = JSON.parse(line);
  const printed = [];
  const print = console.log;
  console.log = (...parts) => printed.push(format(...parts));
  let error = null;
  try {
    globalThis.scenarioArguments = args;
    runs += 1;
    // a module runs once per URL: the query makes each run of a script a run of its own
    await import(`./${script}?run=${runs}`);
  } catch (failure) {
    error = failure?.stack ?? String(failure);
  } finally {
    console.log = print;
  }
  process.stdout.write(`${JSON.stringify({ output: printed.join('\n'), error })}\n`);
}
await (await browser()).close();
