// saxen ships no types; only what sheet-rows.ts and shared-strings.ts call is declared. saxen is pinned by
// package-lock.json, and the equivalence tests (test workbooks read both ways, shared strings against ExcelJS's
// parser) catch any change of behaviour.

declare module 'saxen' {
  export class Parser {
    on(event: 'openTag', cb: (name: string, attrs: () => Record<string, string>, decode: unknown, selfClosing: boolean) => void): this;
    on(event: 'closeTag', cb: (name: string) => void): this;
    on(event: 'text', cb: (raw: string) => void): this;
    on(event: 'error' | 'warn', cb: (error: Error) => void): this;
    on(event: 'cdata' | 'comment' | 'attention' | 'question', cb: (raw: string) => void): this;
    parse(xml: string): this;
    /** Stops the parse from within a handler. */
    stop(): void;
  }
}
