import { splitBidiControls } from '../lib/model/bidi-controls';

/**
 * Text a person or a file wrote, with invisible direction controls shown as visible tokens, so a review
 * or a list never reads differently from what is stored and sent.
 */
export function VisibleText({ text }: { text: string }) {
  const pieces = splitBidiControls(text);
  if (pieces.length === 1 && !pieces[0]!.control) return <>{text}</>;
  return (
    <>
      {pieces.map((piece, index) =>
        piece.control ? <code key={index} class="mg-control" title={piece.control}>[{piece.control}]</code> : piece.text,
      )}
    </>
  );
}
