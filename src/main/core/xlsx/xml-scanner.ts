import { FileLimitError, MalformedFileError } from '#core/bounded/file-limit-error';

export type XmlAttributes = Record<string, string>;

/** What the scanner reports, in document order. Element and attribute names come without their prefix. */
export interface XmlHandler {
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  text(text: string): void;
}

const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new MalformedFileError('its XML has a bare "&"');
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code > 0x10ffff)
        throw new MalformedFileError(`its XML has a bad character ${whole}`);
      return String.fromCodePoint(code);
    }
    const value = named[ref];
    // No DTD is ever read, so no other entity can be defined: nothing to expand, nothing to blow up.
    if (value === undefined) throw new MalformedFileError(`its XML uses the undefined entity ${whole}`);
    return value;
  });
}

const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

function parseAttributes(source: string): XmlAttributes {
  const attributes = Object.create(null) as XmlAttributes;
  const pattern = /([^\s=]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source))
    attributes[localName(match[1]!)] = decodeEntities(match[3] ?? match[4] ?? '');
  return attributes;
}

/** Index of the `>` that ends the tag opened at `from`, skipping quoted attribute values; -1 if not yet seen. */
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i += 1) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/**
 * A small streaming XML scanner for the parts of an XLSX file: it takes text in chunks of any
 * size and reports elements and text as it goes, holding at most `maxTokenChars` of unfinished
 * input. It reads well-formed XML without a DTD (OOXML has none): a DOCTYPE is refused, so
 * entity expansion ("billion laughs") cannot happen.
 */
export function createXmlScanner(handler: XmlHandler, maxTokenChars = 1024 * 1024) {
  let pending = '';

  function run(final: boolean): void {
    let at = 0;
    const text = pending;
    while (at < text.length) {
      const lt = text.indexOf('<', at);
      if (lt < 0) {
        if (final) {
          if (text.slice(at).trim() !== '') throw new MalformedFileError('its XML has text after the last element');
          at = text.length;
        }
        break;
      }
      if (lt > at) handler.text(decodeEntities(text.slice(at, lt)));
      at = lt;
      if (text.startsWith('<!--', at)) {
        const close = text.indexOf('-->', at + 4);
        if (close < 0) break;
        at = close + 3;
      } else if (text.startsWith('<![CDATA[', at)) {
        const close = text.indexOf(']]>', at + 9);
        if (close < 0) break;
        handler.text(text.slice(at + 9, close));
        at = close + 3;
      } else if (text.startsWith('<!', at)) {
        if (text.length - at < 9 && !final) break;
        throw new MalformedFileError('its XML declares a document type, which OOXML never does');
      } else if (text.startsWith('<?', at)) {
        const close = text.indexOf('?>', at + 2);
        if (close < 0) break;
        at = close + 2;
      } else {
        const end = tagEnd(text, at + 1);
        if (end < 0) break;
        if (text[at + 1] === '/') {
          handler.close(localName(text.slice(at + 2, end).trim()));
        } else {
          const selfClosing = text[end - 1] === '/';
          const body = text.slice(at + 1, selfClosing ? end - 1 : end);
          const space = body.search(/\s/);
          const name = localName(space < 0 ? body : body.slice(0, space));
          if (name === '') throw new MalformedFileError('its XML has an element without a name');
          handler.open(name, space < 0 ? (Object.create(null) as XmlAttributes) : parseAttributes(body.slice(space)));
          if (selfClosing) handler.close(name);
        }
        at = end + 1;
      }
    }
    pending = text.slice(at);
    if (pending.length > maxTokenChars)
      throw new FileLimitError(
        `one piece of its XML is longer than ${maxTokenChars.toLocaleString('en-US')} characters, more than any cell can hold`,
      );
    if (final && pending !== '') throw new MalformedFileError('its XML ends in the middle of an element');
  }

  return {
    push(chunk: string): void {
      pending += chunk;
      run(false);
    },
    end(): void {
      run(true);
    },
  };
}
