import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/config/load-config.js";

const srcDir = path.join(packageRoot, "src");
const pipelineStages = ["ingest", "topics", "claims", "stories", "briefing", "pipeline"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/** Every module a file imports (static, dynamic and type imports), as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const found: string[] = [];
  for (const match of text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)) {
    if (match[1]) found.push(match[1]);
  }
  return found;
}

const relative = (file: string) => path.relative(packageRoot, file);

describe("the architecture's boundaries", () => {
  it("when a pipeline stage imports, then never a chat platform or src/chat/", () => {
    const offences = pipelineStages.flatMap((stage) =>
      sourceFiles(path.join(srcDir, stage)).flatMap((file) =>
        importsOf(file)
          .filter((target) => {
            if (target === "discord.js" || target.startsWith("@slack/") || target.startsWith("@discordjs/"))
              return true;
            if (!target.startsWith(".")) return false;
            const resolved = path.resolve(path.dirname(file), target);
            return resolved.startsWith(path.join(srcDir, "chat") + path.sep);
          })
          .map((target) => `${relative(file)} imports ${target}`),
      ),
    );
    expect(offences).toEqual([]);
  });

  it("when code reads the environment, then only in src/config/", () => {
    const readers = sourceFiles(srcDir)
      .filter((file) => !file.startsWith(path.join(srcDir, "config") + path.sep))
      .filter((file) => /process\.env\b/.test(readFileSync(file, "utf8")))
      .map(relative);
    expect(readers).toEqual([]);
  });

  it("when the store imports a domain type, then the domain never imports the store's internals", () => {
    const storeInternals = /\/store\/(?!store\.js$|open-store\.js$|[a-z-]+-queries\.js$)/;
    const offences = sourceFiles(srcDir)
      .filter((file) => !file.startsWith(path.join(srcDir, "store") + path.sep))
      .flatMap((file) =>
        importsOf(file)
          .filter((target) => target.startsWith(".") && storeInternals.test(target))
          .map((target) => `${relative(file)} imports ${target}`),
      );
    expect(offences).toEqual([]);
  });

  it("when the boundary check reads imports, then it sees every form of import", () => {
    // Guards the check itself: a regex that missed a form would pass any code.
    const sample = path.join(srcDir, "main.ts");
    expect(importsOf(sample)).toContain("./chat/create-adapters.js");
  });
});
