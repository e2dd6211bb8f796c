import { codePointText, htmlEntities } from "./decode-html-entities.js";

const xmlEntityNames = new Set(["amp", "lt", "gt", "quot", "apos"]);
const ampersand = /&(?:(#\d{1,8}|#[xX][0-9a-fA-F]{1,7})|([A-Za-z_][\w.-]{0,31}))?(;?)/g;

/**
 * Escape what strict XML rejects but feeds are full of: bare "&" ("Q&A", "?a=1&b=2") and HTML
 * entities XML does not know (&nbsp;, &mdash;), which become the characters themselves.
 */
export function repairEntities(xml: string): string {
  return xml.replace(
    ampersand,
    (match, numeric: string | undefined, name: string | undefined, semicolon: string) => {
      if (numeric !== undefined) {
        const char = codePointText(
          numeric[1] === "x" || numeric[1] === "X"
            ? Number.parseInt(numeric.slice(2), 16)
            : Number(numeric.slice(1)),
        );
        return char === "<" || char === "&" ? `&${numeric};` : escapeIfNeeded(char);
      }
      if (name === undefined || semicolon === "") return `&amp;${match.slice(1)}`;
      if (xmlEntityNames.has(name)) return match;
      const known = htmlEntities.get(name);
      if (known === undefined) return `&amp;${match.slice(1)}`;
      // Keep markup-significant characters escaped; the rest can stand as themselves.
      return known === "<" || known === "&" ? `&#${known.charCodeAt(0)};` : escapeIfNeeded(known);
    },
  );
}

function escapeIfNeeded(char: string): string {
  return char === ">" ? "&gt;" : char === '"' ? "&quot;" : char === "'" ? "&apos;" : char;
}

const token =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<![A-Za-z][^>]*>|<(\/?)([A-Za-z_][\w:.-]*)(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;

/**
 * Close a document that was cut off (a truncated download, a CDATA section never ended, a
 * missing final ">"): drop the incomplete tail and append the end tags still open.
 */
export function closeTruncated(xml: string): string {
  let text = xml.trimEnd();
  const cdataStart = text.lastIndexOf("<![CDATA[");
  if (cdataStart !== -1 && text.indexOf("]]>", cdataStart) === -1) text += "]]>";
  const lastOpen = text.lastIndexOf("<");
  if (lastOpen > text.lastIndexOf(">")) text = text.slice(0, lastOpen);
  // An incomplete "<![CD" at the end.
  text = text.replace(/<!\[?[A-Z]*\[?$/, "");
  const open: string[] = [];
  for (const match of text.matchAll(token)) {
    const [, closing, name, selfClosing] = match;
    if (name === undefined || selfClosing === "/") continue;
    if (closing === "") open.push(name);
    else {
      const at = open.lastIndexOf(name);
      if (at !== -1) open.length = at;
    }
  }
  return (
    text +
    open
      .reverse()
      .map((name) => `</${name}>`)
      .join("")
  );
}

/** Drop a DOCTYPE: its internal subset may define entities a strict parser will not expand. */
export function stripDoctype(xml: string): string {
  return xml.replace(/<!DOCTYPE(?:[^>[]|\[[^\]]*\])*>/i, "");
}
