/**
 * `npm run seeds`: writes seeds/stand-van-zaken.docx and .xlsx from seeds/stand-van-zaken.json.
 * The output is the same byte for byte on every run (fixed dates, fixed zip entry times).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDocument } from '../src/core/document';
import { buildSeedDocx, buildSeedXlsx } from './seed-files';

const main = async (): Promise<void> => {
  const seeds = join(__dirname, '..', 'seeds');
  const doc = JSON.parse(readFileSync(join(seeds, 'stand-van-zaken.json'), 'utf8')) as SourceDocument;
  const docx = await buildSeedDocx(doc);
  const xlsx = await buildSeedXlsx(doc);
  writeFileSync(join(seeds, 'stand-van-zaken.docx'), docx);
  writeFileSync(join(seeds, 'stand-van-zaken.xlsx'), xlsx);
  console.log(`seeds: stand-van-zaken.docx (${docx.length} bytes), stand-van-zaken.xlsx (${xlsx.length} bytes)`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
