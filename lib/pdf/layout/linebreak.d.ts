// Types for `linebreak` (UAX #14 line breaking; a pdfkit dependency), as far as the layout uses it.
declare module "linebreak" {
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
