import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/ingest/html-to-text.js";

describe("html to text", () => {
  it("when the HTML has paragraphs and inline tags, then paragraphs become lines and inline tags vanish", () => {
    expect(htmlToText("<p>One <b>bold</b> claim.</p>\n\n<p>Second&nbsp;line<br/>third</p>")).toBe(
      "One bold claim.\nSecond line\nthird",
    );
  });

  it("when scripts, styles and comments are present, then their content is dropped", () => {
    expect(htmlToText('<style>p{}</style><p>Kept</p><script>alert("x")</script><!-- hidden -->')).toBe(
      "Kept",
    );
  });

  it("when entities are named, numeric, hex or windows-1252 references, then they are decoded", () => {
    expect(
      htmlToText("&ldquo;Fair&rdquo; &amp; &#8220;square&#x201D; &#150; &eacute;t&eacute; &bogus;"),
    ).toBe("“Fair” & “square” – été &bogus;");
  });

  it("when the markup was escaped twice, then it is still reduced to text", () => {
    expect(htmlToText("&lt;p&gt;Officials &amp;amp; envoys&lt;/p&gt;")).toBe("Officials & envoys");
  });

  it("when attributes contain '>' inside quotes, then the tag is still removed whole", () => {
    expect(htmlToText('<a href="x" title="a > b">link</a> text')).toBe("link text");
  });

  it("when whitespace runs wild, then it is folded", () => {
    expect(htmlToText("  a \t\t b \r\n\r\n\n   c  ")).toBe("a b\nc");
  });

  it("when an unterminated comment or script appears, then it neither hangs nor leaks markup", () => {
    const hostile = `<p>start</p><!-- ${"<a ".repeat(20_000)}`;
    expect(htmlToText(hostile)).toBe("start");
    expect(htmlToText(`<p>x</p><script>${"<".repeat(50_000)}`)).toBe("x");
  });
});
