import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { openStore } from "../../../src/store/open-store.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeArticle } from "./store-factories.js";

describe.each(storeBackends)("opening the $name store", (backend) => {
  it("when the same database is opened twice, then migrations run once and data survives the restart", async () => {
    const location = await backend.location();
    try {
      const first = await openStore(location.url);
      expect(first.dialect).toBe(backend.name);
      await first.upsertFeed({ url: "https://news.example/rss", source: "config" });
      await first.insertNewArticles([makeArticle({ id: "seen" })], false);
      await first.close();

      const second = await openStore(location.url);
      try {
        expect(await second.listFeeds()).toHaveLength(1);
        expect(await second.countArticles()).toBe(1);
        expect(await second.insertNewArticles([makeArticle({ id: "seen" })], true)).toEqual([]);
      } finally {
        await second.close();
      }
    } finally {
      await location.dispose();
    }
  });

  it("when three processes open one fresh database and insert overlapping articles, then each is stored once", async () => {
    const location = await backend.location();
    try {
      const runs = await Promise.all([
        runChild(location.url, 0, 200),
        runChild(location.url, 100, 300),
        runChild(location.url, 200, 400),
      ]);
      const ids = runs.flat();
      expect(ids).toHaveLength(400);
      expect(new Set(ids).size).toBe(400);
      const store = await openStore(location.url);
      expect(await store.countArticles()).toBe(400);
      await store.close();
    } finally {
      await location.dispose();
    }
  });
});

describe("openStore URLs", () => {
  it("when a sqlite path's directory is missing, then it is created", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-open-"));
    try {
      const file = path.join(dir, "nested", "deeper", "bot.db");
      const store = await openStore(`sqlite:${file}`);
      await store.close();
      expect(existsSync(file)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("when the scheme is unknown, then the error names it and the accepted forms", async () => {
    await expect(openStore("mysql://localhost/db")).rejects.toThrow(
      /unsupported scheme "mysql".*"sqlite:PATH".*"postgres:\/\/…"/,
    );
  });

  it("when sqlite has no path, then the error says so", async () => {
    await expect(openStore("sqlite:")).rejects.toThrow(/needs a path/);
  });

  it("when the postgres schema is not a plain identifier, then it is refused before connecting", async () => {
    await expect(openStore("postgres://postgres@127.0.0.1:5432/test?schema=x;drop")).rejects.toThrow(
      /schema "x;drop" must be a plain identifier/,
    );
  });
});

const childScript = fileURLToPath(new URL("./open-store-child.ts", import.meta.url));

/** Open the store in a separate process and insert articles [from, to); resolves to the ids it stored. */
async function runChild(url: string, from: number, to: number): Promise<string[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    "--import",
    "tsx",
    childScript,
    url,
    String(from),
    String(to),
  ]);
  return JSON.parse(stdout) as string[];
}
