import { describe, expect, it } from "vitest";
import { decodeHtmlEntities } from "../../../src/ingest/decode-html-entities.js";
import { foldHtmlText } from "../../../src/ingest/fold-html-text.js";
import { htmlToText } from "../../../src/ingest/html-to-text.js";

describe("fold html text (the single-pass path of html to text)", () => {
  it.each([
    [
      "<p>One <b>bold</b> claim.</p>\n\n<p>Second&nbsp;line<br/>third</p>",
      "One bold claim.\nSecond line\nthird",
    ],
    [
      '<p>Envoys met &amp; talked.</p><p> <a href="https://x.example/?a=1&b=2">Read</a> more </p>',
      "Envoys met & talked.\nRead more",
    ],
    ["&ldquo;Fair&rdquo;&#10;&#x201D; &#150; a&#160;b", "“Fair”\n” – a b"],
    ["  lead\t\tspace <span>inline</span>tail  ", "lead space inlinetail"],
    ["a < b and <3 <!-- note --> end", "a < b and <3 end"],
    ["<style>p{}</style><script>x()</script><p>Kept</p>", "Kept"],
  ])("when the fragment is %j, then one pass yields %j", (html, text) => {
    expect(foldHtmlText(html)?.text).toBe(text);
    expect(htmlToText(html)).toBe(text);
  });

  it("when a character reference is split by a tag, then the single pass gives way to strip-then-decode", () => {
    expect(foldHtmlText("Q&am<b></b>p;A")).toBeNull();
    expect(htmlToText("Q&am<b></b>p;A")).toBe("Q&A");
    expect(htmlToText("Q&amp<p>;A")).toBe("Q&amp\n;A");
  });

  it("when the decoded text is itself markup, then it is stripped a second time", () => {
    expect(htmlToText("&lt;p&gt;Officials &amp;amp; envoys&lt;/p&gt;")).toBe("Officials & envoys");
  });

  it("when text is plain ASCII, then it is known to hold no mojibake, and otherwise repair is offered", () => {
    expect(foldHtmlText("<p>Envoys &amp; &ldquo;aides&rdquo;</p>")?.mayHoldMojibake).toBe(false);
    expect(foldHtmlText("Itâ€™s")?.mayHoldMojibake).toBe(true);
    expect(foldHtmlText("It&#195;&#169;")?.mayHoldMojibake).toBe(true);
    expect(htmlToText("<b>Itâ€™s</b> agreed", { repairMojibake: true })).toBe("It’s agreed");
    expect(htmlToText("<b>Itâ€™s</b> agreed")).toBe("Itâ€™s agreed");
  });

  it("when references are malformed or unknown, then they stay as written", () => {
    const html = "&bogus; &#123456789; &#xZZ; & amp; &amp";
    expect(htmlToText(html)).toBe(decodeHtmlEntities(html));
  });
});
