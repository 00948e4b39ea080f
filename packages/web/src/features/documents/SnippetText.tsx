import { Fragment } from 'react';
import type { Snippet } from '@danvan/shared';

/** Search context with the matched words in <mark>; plain React text, never HTML from the server. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.map((part, index) =>
        part.hit ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>,
      )}
    </>
  );
}
