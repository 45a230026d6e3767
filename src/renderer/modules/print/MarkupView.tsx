import type { ReactNode } from 'react';
import { parseBlockMarkup, type MarkupBlock } from '#shared/documents/markup';

type Run = { text: string; bold?: boolean; italic?: boolean };

function runs(items: readonly Run[]): ReactNode {
  return items.map((run, index) => {
    let node: ReactNode = run.text;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    return <span key={index}>{node}</span>;
  });
}

/** A text block's markup as HTML: headings, paragraphs, bullet and numbered lists. */
export function MarkupView({ text }: { text: string }) {
  return (
    <>
      {parseBlockMarkup(text).map((block: MarkupBlock, index) => {
        switch (block.type) {
          case 'heading':
            return <h3 key={index}>{runs(block.runs)}</h3>;
          case 'paragraph':
            return <p key={index}>{runs(block.runs)}</p>;
          case 'bullets':
            return (
              <ul key={index}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>{runs(item)}</li>
                ))}
              </ul>
            );
          case 'numbered':
            return (
              <ol key={index}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>{runs(item)}</li>
                ))}
              </ol>
            );
        }
      })}
    </>
  );
}
