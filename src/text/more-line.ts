/** "+3 more developments", "+1 more claim". */
export function moreLine(count: number, noun: string): string {
  return `+${count} more ${count === 1 ? noun : `${noun}s`}`;
}
