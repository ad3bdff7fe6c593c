// Types for tldts's own minified ES bundle (see ./registrable-domain.ts for why it is imported).
declare module 'tldts/dist/index.esm.min.js' {
  export * from 'tldts';
}
