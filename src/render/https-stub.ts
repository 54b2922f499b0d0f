/**
 * Stands in for `node:https` inside pptxgenjs, which imports it for every slide to fetch
 * remote images (18 ms of start-up). briefdeck passes every image as data, never a URL.
 */
const https = {
  get(): never {
    throw new Error('briefdeck: pptxgenjs tried to fetch a remote image; images must be local files');
  },
};
export default https;
