/**
 * Packs the pages in examples/warc-pages (listed in its manifest.json) into
 * examples/corpus/archive.warc.gz, as a crawler would have saved them.
 *
 *   npx tsx scripts/build-example-warc.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeWarc } from '../src/ingest/warc-writer.js';

const folder = 'examples/warc-pages';
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as {
  file: string;
  url: string;
  date: string;
}[];
const pages = manifest.map((entry) => ({
  url: entry.url,
  date: entry.date,
  html: readFileSync(join(folder, entry.file)),
}));
const warc = await writeWarc(pages, { gzip: true });
writeFileSync('examples/corpus/archive.warc.gz', warc);
console.log(`wrote examples/corpus/archive.warc.gz: ${pages.length} pages, ${warc.length} bytes`);
