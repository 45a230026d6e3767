import type { CSSProperties, ReactNode } from 'react';
import { parseBlockMarkup, type MarkupRun } from '#shared/documents/markup';

function runs(items: readonly MarkupRun[]): ReactNode {
  return items.map((run, index) => {
    let node: ReactNode = run.text;
    if (run.italic) node = <em>{node}</em>;
    if (run.bold) node = <strong>{node}</strong>;
    return <span key={index}>{node}</span>;
  });
}

const gap: CSSProperties = { margin: '0 0 0.5em' };

/** A slide's body text (the text blocks' markup: headings, paragraphs, lists) at slide size. */
export function SlideMarkup({ text, style }: { text: string; style?: CSSProperties }) {
  return (
    <div style={style}>
      {parseBlockMarkup(text).map((block, index) => {
        switch (block.type) {
          case 'heading':
            return (
              <div key={index} style={{ ...gap, fontWeight: 700, fontSize: '1.15em' }}>
                {runs(block.runs)}
              </div>
            );
          case 'paragraph':
            return (
              <p key={index} style={gap}>
                {runs(block.runs)}
              </p>
            );
          case 'bullets':
          case 'numbered': {
            const List = block.type === 'bullets' ? 'ul' : 'ol';
            return (
              <List key={index} style={{ ...gap, paddingLeft: '1.2em' }}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex} style={{ marginBottom: '0.25em' }}>
                    {runs(item)}
                  </li>
                ))}
              </List>
            );
          }
        }
      })}
    </div>
  );
}
