// node-pg's value preparation, which @types/pg does not describe: the text (or bytes) a JavaScript value is sent as.
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): string | Buffer | null };
  export default utils;
}
