import { readFileSync } from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBody } from "../../../src/ingest/decode-body.js";

const rss = (encodingAttr: string, title: string) =>
  `<?xml version="1.0"${encodingAttr}?><rss version="2.0"><channel><title>${title}</title></channel></rss>`;

describe("decode body", () => {
  it("when the XML declaration names windows-1251, then Cyrillic is decoded", () => {
    const bytes = iconv.encode(rss(' encoding="windows-1251"', "Мирный план"), "windows-1251");
    expect(decodeBody(bytes)).toMatchObject({
      encoding: "windows-1251",
      text: expect.stringContaining("Мирный план"),
    });
  });

  it("when only the HTTP charset names the encoding, then it is honoured", () => {
    const bytes = iconv.encode(rss("", "Переговоры"), "koi8-r");
    expect(decodeBody(bytes, "text/xml; charset=KOI8-R").text).toContain("Переговоры");
  });

  it("when Latin-1 is declared, then windows-1252 smart quotes survive too", () => {
    const head = Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><t>caf\u00e9 `, "latin1");
    const withQuote = Buffer.concat([head, Buffer.from([0x93, 0x71, 0x94]), Buffer.from("</t></rss>")]);
    expect(decodeBody(withQuote).text).toContain("café “q”");
  });

  it("when a UTF-16 BOM leads, then the BOM decides over the declaration", () => {
    const text = rss(' encoding="utf-8"', "Zwei Bytes äö");
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(text, "utf16le").swap16();
    expect(decodeBody(le)).toMatchObject({ encoding: "utf-16le", text });
    expect(decodeBody(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({
      encoding: "utf-16be",
      text,
    });
  });

  it("when a BOM, blank lines or a comment precede <?xml, then they are stripped", () => {
    const text = rss("", "x");
    expect(decodeBody(Buffer.from(`\ufeff\n\n  ${text}`)).text).toBe(text);
    expect(decodeBody(Buffer.from(`<!-- note -->\n${text}`)).text).toBe(text);
  });

  it("when the body has control characters and invalid UTF-8, then they are removed or replaced without throwing", () => {
    const bytes = Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="utf-8"?><rss><t>a\u0001b\u000bc é `),
      Buffer.from([0xff, 0xfe, 0x80]),
      Buffer.from("</t></rss>"),
    ]);
    const { text } = decodeBody(bytes);
    expect(text).toContain("abc é \ufffd");
  });

  it("when undeclared bytes are not UTF-8, then they are read as a legacy 8-bit encoding", () => {
    const bytes = Buffer.concat([
      Buffer.from("<rss><t>"),
      iconv.encode("Nouvelles fraîches du café", "windows-1252"),
      Buffer.from("</t></rss>"),
    ]);
    expect(decodeBody(bytes)).toMatchObject({
      encoding: "windows-1252",
      text: expect.stringContaining("fraîches du café"),
    });
  });

  const headlinesOnly = readFileSync(
    path.resolve(import.meta.dirname, "../../fixtures/feeds/windows-1251-undeclared-headlines.xml"),
  );
  const headlinesText = iconv.decode(headlinesOnly, "windows-1251");

  it("when an undeclared headline-only feed is windows-1251, then it is guessed so although markup letters outnumber the text's", () => {
    expect(decodeBody(headlinesOnly)).toMatchObject({
      encoding: "windows-1251",
      text: expect.stringContaining("<title>Послы встретились в третий раз</title>"),
    });
  });

  it("when the same feed is KOI8-R, then it is guessed as KOI8-R", () => {
    expect(decodeBody(iconv.encode(headlinesText, "koi8-r"))).toMatchObject({
      encoding: "koi8-r",
      text: expect.stringContaining("<title>Перемирие пока не объявлено</title>"),
    });
  });

  it("when an undeclared headline-only feed is French in windows-1252, then it stays windows-1252", () => {
    const french = headlinesText
      .replace("Мирный план обсудят в среду", "Le plan de paix discuté mercredi à Genève")
      .replace("Послы встретились в третий раз", "Les émissaires se retrouvent, troisième réunion")
      .replace("Перемирие пока не объявлено", "Trêve : aucune annonce pour l’instant")
      .replace("Утренняя лента", "Le Fil du matin");
    expect(decodeBody(iconv.encode(french, "windows-1252"))).toMatchObject({
      encoding: "windows-1252",
      text: expect.stringContaining("Trêve : aucune annonce pour l’instant"),
    });
  });

  it("when the Russian text sits in CDATA inside HTML tags, then it counts as text and one stray Latin-1 accent does not outweigh it", () => {
    const body = Buffer.concat([
      Buffer.from("<rss><channel><title><![CDATA[<b>"),
      iconv.encode("Переговоры идут", "windows-1251"),
      Buffer.from("</b>]]></title><link>https://caf\xe9.example/</link></channel></rss>", "latin1"),
    ]);
    expect(decodeBody(body).encoding).toBe("windows-1251");
  });
});
