import { List, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import type { ReactNode } from 'react';
import { parseBlockMarkup } from '#shared/documents/markup';
import type { MarkupRun } from '#shared/documents/markup';

// A placeholder still in the text after filling is one Quotient does not know.
const LEFT_PLACEHOLDER = /(\{\{[^{}]*\}\})/;

/** The text with leftover `{{…}}` tokens highlighted. */
function Marked({ text }: { text: string }) {
  return (
    <>
      {text.split(LEFT_PLACEHOLDER).map((part, index) =>
        index % 2 === 1 ? (
          <mark
            key={index}
            data-testid="unknown-placeholder"
            style={{ background: 'var(--mantine-color-orange-2)' }}
          >
            {part}
          </mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

function Runs({ runs, mark }: { runs: MarkupRun[]; mark: boolean }) {
  return (
    <>
      {runs.map((run, index) => {
        let node: ReactNode = mark ? <Marked text={run.text} /> : run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        return <Fragment key={index}>{node}</Fragment>;
      })}
    </>
  );
}

/**
 * A text-block body rendered as the proposal shows it (headings, lists, bold, italic). With
 * `markUnknown` (a text whose placeholders are filled) leftover `{{…}}` are highlighted.
 */
export function MarkupPreview({
  text,
  markUnknown = false,
}: {
  text: string;
  markUnknown?: boolean;
}) {
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
                <Runs runs={block.runs} mark={markUnknown} />
              </Title>
            );
          case 'paragraph':
            return (
              <Text key={index} size="sm" mb="xs">
                <Runs runs={block.runs} mark={markUnknown} />
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
                    <Runs runs={item} mark={markUnknown} />
                  </List.Item>
                ))}
              </List>
            );
        }
      })}
    </div>
  );
}
