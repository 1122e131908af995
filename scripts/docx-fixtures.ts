/**
 * Writes every .docx feature fixture (scripts/docx-fixtures/features.ts) into a folder, to open
 * them in Word or LibreOffice and see what the tests read:
 *
 *   npx tsx scripts/docx-fixtures.ts OUTDIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCX_FIXTURES } from './docx-fixtures/features';

const main = async (): Promise<void> => {
  const out = process.argv[2];
  if (!out) throw new Error('usage: npx tsx scripts/docx-fixtures.ts OUTDIR');
  mkdirSync(out, { recursive: true });
  for (const fixture of DOCX_FIXTURES) {
    const bytes = await fixture.build();
    writeFileSync(join(out, `${fixture.id}.docx`), bytes);
    console.log(`${fixture.id}.docx (${bytes.length} bytes, ${fixture.madeWith}): ${fixture.shows}`);
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
