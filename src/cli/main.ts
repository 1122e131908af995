import { TEXTS } from './messages';
import { runCli } from './run';

/** The `statustabel` command: bin/statustabel.js runs this file. */
runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTTY: process.stdout.isTTY === true,
  env: process.env,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const lang = process.argv.includes('en') && process.argv.includes('--lang') ? 'en' : 'nl';
    const detail = process.argv.includes('--verbose') ? ` [${String(error)}]` : '';
    process.stderr.write(`statustabel: ${TEXTS[lang].unexpected}${detail}\n`);
    process.exitCode = 2;
  },
);
