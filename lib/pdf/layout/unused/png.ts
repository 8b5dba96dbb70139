// Stand-in for `png-js` in the browser build (see README.md here): pdfkit needs it only to embed PNG
// images, and the summary PDF draws none.
export default class PNG {
  constructor() {
    throw new Error("PNG images are not supported in the PDF here");
  }
}
