// Run as its own process by open-store.test.ts: opens the store at argv[2] (migrating it if
// needed), inserts articles argv[3]..argv[4) and prints the ids it stored as a JSON array.
import { openStore } from "../../../src/store/open-store.js";
import { makeArticle } from "./store-factories.js";

const [url, from, to] = process.argv.slice(2);
if (url === undefined || from === undefined || to === undefined) throw new Error("usage: URL FROM TO");
const store = await openStore(url);
try {
  const batch = [];
  for (let i = Number(from); i < Number(to); i += 1)
    batch.push(makeArticle({ id: `art-${String(i).padStart(4, "0")}` }));
  const stored = await store.insertNewArticles(batch, true);
  process.stdout.write(JSON.stringify(stored.map((article) => article.id)));
} finally {
  await store.close();
}
