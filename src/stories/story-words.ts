import { splitWords } from "../topics/split-words.js";

/** The words of an article that say what it is, with page furniture left out. */
export interface StoryWords {
  /** Folded words of the headline. */
  title: string[];
  /** Folded words of the body, boilerplate lines and a repeated headline removed. */
  body: string[];
}

// Short lines that pages and feeds wrap around the same text: sharing or comment widgets, "read
// more" links, bylines. Left in, they would make unrelated teasers look alike and copies differ.
const boilerplate =
  /^(read (more|also)|also read|more|see also|comments?|\d+ comments?|post a comment|leave a comment|share( this( article| story| post)?)?|advertisement|sponsored( content)?|related( articles| stories| news| posts)?|recommended|follow us( on)?\b.*|subscribe\b.*|sign up\b.*|click here\b.*|watch( now| video| live)?|listen( now)?|(photo|image|source|credit|credits|updated|published|posted)\b.*|print|email|facebook|twitter|x|whatsapp|telegram|copy link|top stories|latest news|breaking news)$/;
const maxBoilerplateWords = 10;

/**
 * Splits an article into headline and body words for fingerprinting. A body line is dropped when
 * it is boilerplate, a hashtag line, a short "headline | outlet" footer, or the headline printed
 * again (syndicators often repeat it at the top of the body).
 */
export function storyWords(article: { title: string; text: string }): StoryWords {
  const title = splitWords(article.title);
  const titleKey = title.join(" ");
  const body: string[] = [];
  for (const line of article.text.split(/\r?\n/)) {
    const trimmed = line.trim();
    const words = splitWords(trimmed);
    if (words.length === 0 || trimmed.startsWith("#")) continue;
    const key = words.join(" ");
    const short = words.length <= maxBoilerplateWords;
    if (short && (boilerplate.test(key) || trimmed.includes(" | "))) continue;
    if (key === titleKey) continue;
    body.push(...words);
  }
  return { title, body };
}
