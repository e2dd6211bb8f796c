import { type QueryToken, tokenizeTopicQuery } from "./tokenize-topic-query.js";
import { type TopicQuery, topicQueryLimits } from "./topic-query.js";
import { TopicQueryError } from "./topic-query-error.js";

/**
 * Parses an admin's topic query. Grammar, loosest binding first (so NOT > AND > OR):
 *
 *   or    := and ("OR" and)*
 *   and   := unary (["AND"] unary)*        juxtaposition is AND
 *   unary := ("NOT" | "-") unary | near
 *   near  := primary ["NEAR/n" term]       both sides terms; NEAR alone is NEAR/5
 *   primary := term | "(" or ")"
 *   term  := alt ("|" alt)*                alt = word | word* | "a phrase"
 *
 * Throws `TopicQueryError` with the 1-based character position of the problem. Length, nesting and
 * term count are capped (`topicQueryLimits`) so that no query can stall the bot.
 */
export function parseTopicQuery(query: string): TopicQuery {
  if (query.length > topicQueryLimits.maxLength) {
    throw new TopicQueryError(
      `query too long (max ${topicQueryLimits.maxLength} characters)`,
      topicQueryLimits.maxLength + 1,
      false,
    );
  }
  const tokens = tokenizeTopicQuery(query);
  if (tokens.length === 0) throw new TopicQueryError("empty query", 1, false);
  checkParentheses(tokens);
  checkTermCount(tokens);
  const parser = new Parser(tokens);
  const tree = parser.parseOr();
  const rest = parser.peek();
  // Parentheses are balanced, so anything left over is a stray operator sequence the rules above reject.
  if (rest) throw new TopicQueryError("unexpected text", rest.position);
  if (!hasPositive(tree)) throw new TopicQueryError("a query needs at least one positive term", 1, false);
  return tree;
}

// Checked before parsing so that an unbalanced query gets that message, not a confusing later one.
function checkParentheses(tokens: QueryToken[]): void {
  const open: QueryToken[] = [];
  for (const token of tokens) {
    if (token.type === "lparen") {
      open.push(token);
      if (open.length > topicQueryLimits.maxDepth) {
        throw new TopicQueryError(
          `too deeply nested (max ${topicQueryLimits.maxDepth} levels)`,
          token.position,
        );
      }
    } else if (token.type === "rparen" && open.pop() === undefined) {
      throw new TopicQueryError("unbalanced parenthesis", token.position);
    }
  }
  const unclosed = open.pop();
  if (unclosed) throw new TopicQueryError("unbalanced parenthesis", unclosed.position);
}

function checkTermCount(tokens: QueryToken[]): void {
  let count = 0;
  for (const token of tokens) {
    if (token.type !== "term") continue;
    count += token.variants.length;
    if (count > topicQueryLimits.maxTerms) {
      throw new TopicQueryError(`too many terms (max ${topicQueryLimits.maxTerms})`, token.position);
    }
  }
}

/** A query made only of exclusions would match nearly every article: it needs something positive. */
function hasPositive(node: TopicQuery): boolean {
  switch (node.kind) {
    case "term":
      return true;
    case "not":
      return false;
    case "and":
      return node.operands.some(hasPositive);
    case "or":
      return node.operands.every(hasPositive);
  }
}

class Parser {
  private index = 0;

  constructor(private readonly tokens: QueryToken[]) {}

  peek(): QueryToken | undefined {
    return this.tokens[this.index];
  }

  parseOr(): TopicQuery {
    const operands = [this.parseAnd()];
    for (let token = this.peek(); token?.type === "or"; token = this.peek()) {
      this.index += 1;
      this.requireOperand(token, "OR needs something on both sides");
      operands.push(this.parseAnd());
    }
    return combine("or", operands);
  }

  private parseAnd(): TopicQuery {
    const first = this.peek();
    if (first?.type === "and" || first?.type === "or") {
      throw new TopicQueryError(`${first.type.toUpperCase()} needs something on both sides`, first.position);
    }
    if (first?.type === "near") throw nearSidesError(first.position);
    const operands = [this.parseUnary()];
    for (let token = this.peek(); token; token = this.peek()) {
      if (token.type === "and") {
        this.index += 1;
        this.requireOperand(token, "AND needs something on both sides");
      } else if (token.type !== "term" && token.type !== "not" && token.type !== "lparen") {
        break;
      }
      operands.push(this.parseUnary());
    }
    return combine("and", operands);
  }

  private parseUnary(): TopicQuery {
    const token = this.peek();
    if (token?.type !== "not") return this.parseNear();
    this.index += 1;
    this.requireOperand(
      token,
      token.minus ? "- needs a word right after it" : "NOT needs something after it",
    );
    return { kind: "not", operand: this.parseUnary() };
  }

  private parseNear(): TopicQuery {
    const left = this.parsePrimary();
    const near = this.peek();
    if (near?.type !== "near") return left;
    this.index += 1;
    const { maxNearDistance } = topicQueryLimits;
    if (near.distance === null || near.distance < 1 || near.distance > maxNearDistance) {
      throw new TopicQueryError(`NEAR/n needs a distance from 1 to ${maxNearDistance}`, near.position);
    }
    const right = this.peek();
    if (left.kind !== "term" || right?.type !== "term") throw nearSidesError(near.position);
    this.index += 1;
    const after = this.peek();
    if (after?.type === "near") {
      throw new TopicQueryError("NEAR joins two terms; put AND between two NEARs", after.position);
    }
    return {
      kind: "and",
      operands: [left, { kind: "term", variants: right.variants }],
      within: near.distance,
    };
  }

  private parsePrimary(): TopicQuery {
    const token = this.peek();
    if (token === undefined) throw new TopicQueryError("the query ends too early", 1);
    this.index += 1;
    if (token.type === "term") return { kind: "term", variants: token.variants };
    if (token.type !== "lparen") throw new TopicQueryError("unexpected operator", token.position);
    if (this.peek()?.type === "rparen") throw new TopicQueryError("empty parentheses", token.position);
    const inner = this.parseOr();
    // Balance was checked up front, so the next token is this group's ")".
    this.index += 1;
    return inner;
  }

  /** After an operator, the next token must start an operand. */
  private requireOperand(operator: QueryToken, reason: string): void {
    const next = this.peek();
    if (
      next === undefined ||
      next.type === "rparen" ||
      next.type === "and" ||
      next.type === "or" ||
      next.type === "near"
    ) {
      throw new TopicQueryError(reason, operator.position);
    }
  }
}

function nearSidesError(position: number): TopicQueryError {
  return new TopicQueryError("NEAR needs a word or phrase on both sides", position);
}

function combine(kind: "and" | "or", operands: TopicQuery[]): TopicQuery {
  // A NEAR is an AND with a proximity condition: its terms must not melt into the AND around it.
  const flat = operands.flatMap((operand) =>
    (operand.kind === "and" || operand.kind === "or") && operand.kind === kind && !("within" in operand)
      ? operand.operands
      : [operand],
  );
  const [only] = flat;
  return flat.length === 1 && only ? only : { kind, operands: flat };
}
