// `npm run validate`: checks manifest.xml offline against Microsoft's schemas with the shared
// tool (xmllint). Where ../shared is absent (a clone outside this workplace), says so and skips.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tool = fileURLToPath(new URL('../../shared/tools/validate-manifest', import.meta.url));

if (!existsSync(tool)) {
  console.log(`validate: skipped — ${tool} is not here (it lives in the workplace's shared/ folder).`);
  process.exit(0);
}
const result = spawnSync(tool, ['manifest.xml'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
