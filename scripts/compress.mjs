// Writes a brotli (.br) and a gzip (.gz) copy beside every script and stylesheet in cdn/, at the highest levels, so
// a server sends them as they are (nginx `brotli_static`/`gzip_static`, the receiver's preCompressed)
// instead of compressing on every request. A copy that is not smaller than its file is not written.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = process.argv[2] ?? 'cdn';

let written = 0;
for (const entry of readdirSync(ROOT, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(js|css)$/.test(entry.name)) continue;
  const file = path.join(entry.parentPath, entry.name);
  const data = readFileSync(file);
  const copies = {
    br: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
    gz: gzipSync(data, { level: 9 }),
  };
  for (const [ext, copy] of Object.entries(copies)) {
    if (copy.length >= data.length) continue;
    writeFileSync(`${file}.${ext}`, copy);
    written++;
  }
}
console.log(`compress: ${written} .br and .gz files written in ${ROOT}/`);
