import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../src/claims/extract-claims.js";
import { GazetteerError, loadGazetteer } from "../../../src/claims/load-gazetteer.js";

function writeYaml(content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "gazetteer-")), "entities.yaml");
  writeFileSync(file, content);
  return file;
}

describe("loadGazetteer", () => {
  it("when the default file is read, then names, spellings and metonyms map to sides", () => {
    const gazetteer = loadGazetteer();
    expect(gazetteer.lookup("Zelenskyy")).toMatchObject({
      name: "Volodymyr Zelensky",
      side: "Ukraine",
      kind: "person",
    });
    expect(gazetteer.lookup("Dmitri Peskov")?.name).toBe("Dmitry Peskov");
    expect(gazetteer.lookup("the Kremlin")).toMatchObject({ kind: "government", side: "Russia" });
    expect(gazetteer.lookup("Kiev")?.side).toBe("Ukraine");
    expect(gazetteer.lookup("Ukraine’s Interior Ministry")?.name).toBe("Interior Ministry of Ukraine");
    expect(gazetteer.lookup("State Department")?.side).toBe("US");
    expect(gazetteer.lookup("NATO")?.side).toBe("NATO");
    expect(gazetteer.sideOf("Russian")).toBe("Russia");
  });

  it("when an edited gazetteer adds a speaker, then extraction gives that speaker its side", () => {
    const file = writeYaml(
      "entities:\n  - { name: Ivan Petrenko, kind: person, side: Ukraine, gender: m, aliases: [Petrenko] }\n",
    );
    const [claim] = extractClaims("Petrenko said the front was holding.", { gazetteer: loadGazetteer(file) });
    expect(claim?.speaker).toMatchObject({ name: "Ivan Petrenko", side: "Ukraine" });
  });

  it("when an entry has an unknown kind, then loading fails naming the file", () => {
    const file = writeYaml("entities:\n  - { name: X, kind: planet }\n");
    expect(() => loadGazetteer(file)).toThrow(GazetteerError);
    expect(() => loadGazetteer(file)).toThrow(file);
  });
});
