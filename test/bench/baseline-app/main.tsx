// The cold start's baseline: the app's stack (React, Mantine, Dexie) and nothing else, listing
// the first 50 clients of the app's IndexedDB. The bench opens it like the app, in a fresh
// browser process, and times it to the same first painted row.
import '@mantine/core/styles.css';
import { MantineProvider, Table } from '@mantine/core';
import Dexie from 'dexie';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

type ClientRow = { id: string; name: string; city: string; industry: string };

async function firstClients(): Promise<ClientRow[]> {
  // The app's database, opened without a schema: Dexie reads the stores it has.
  const db = new Dexie('quotient');
  await db.open();
  return db.table<ClientRow>('clients').orderBy('name').limit(50).toArray();
}

function ClientRows() {
  const [rows, setRows] = useState<ClientRow[]>();
  useEffect(() => {
    void firstClients().then(setRows);
  }, []);
  if (!rows) return null;
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Ort</Table.Th>
          <Table.Th>Branche</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={row.id} data-row-index={index}>
            <Table.Td>{row.name}</Table.Td>
            <Table.Td>{row.city}</Table.Td>
            <Table.Td>{row.industry}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

createRoot(document.getElementById('root')!).render(
  <MantineProvider>
    <ClientRows />
  </MantineProvider>,
);
