// A striped list with its column headings, or a dimmed line saying there is nothing to show: the
// shape most lists of the app take. Rows stay the caller's own <Table.Tr> elements.
import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function ListTable({
  headings,
  empty,
  count,
  testId,
  children,
}: {
  headings: ReactNode[];
  empty: string;
  count: number;
  testId?: string;
  children: ReactNode;
}) {
  if (count === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Table striped data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {headings.map((h, i) => (
            <Table.Th key={i}>{h}</Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
}
