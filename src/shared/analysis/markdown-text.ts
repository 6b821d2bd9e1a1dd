// Plain text made safe to put in Markdown: names and typed words show as written, never as HTML, links or emphasis.

/** Characters Markdown may read as markup anywhere in a line (emphasis, code, links, images, tables, strikethrough). */
const INLINE = /[\\`*_[\]|~]/g;
/** At the start of a line these make a heading, quote, list or numbered list. */
const LINE_START = /^(\s*)([#>+-]|\d+[.)])/;

/**
 * `<`, `>` and `&` become HTML entities, so a name such as `<img src=x onerror=…>` can never be raw HTML in a
 * renderer that allows it; Markdown's own marks are backslash-escaped. Characters XML cannot hold are not a concern
 * here (Markdown is plain text), but control characters are dropped so the file stays readable.
 */
export function markdownText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
      .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
      .replace(INLINE, (c) => `\\${c}`)
      .split('\n')
      .map((line) =>
        line.replace(
          LINE_START,
          (_all, space: string, mark: string) => `${space}${mark.replace(/([#>+\-.)])$/, '\\$1')}`,
        ),
      )
      .join('\n')
  );
}
