import { List, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { parseBlockMarkup } from '../../../shared/documents/markup';
import type { MarkupRun } from '../../../shared/documents/markup';

function Runs({ runs }: { runs: MarkupRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        let node: ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <Fragment key={index}>{node}</Fragment>;
      })}
    </>
  );
}

/** A text-block body rendered as the proposal shows it (headings, lists, bold, italic). */
export function MarkupPreview({ text }: { text: string }) {
  const blocks = parseBlockMarkup(text);
  return (
    <div data-testid="markup-preview">
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'heading':
            return (
              <Title
                key={index}
                order={block.level === 1 ? 3 : 4}
                mt={index === 0 ? 0 : 'sm'}
                mb={4}
              >
                <Runs runs={block.runs} />
              </Title>
            );
          case 'paragraph':
            return (
              <Text key={index} size="sm" mb="xs">
                <Runs runs={block.runs} />
              </Text>
            );
          case 'bullets':
          case 'numbered':
            return (
              <List
                key={index}
                type={block.type === 'numbered' ? 'ordered' : 'unordered'}
                size="sm"
                mb="xs"
                withPadding
              >
                {block.items.map((item, itemIndex) => (
                  <List.Item key={itemIndex}>
                    <Runs runs={item} />
                  </List.Item>
                ))}
              </List>
            );
        }
      })}
    </div>
  );
}
