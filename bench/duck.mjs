// Runs one SQL query with DuckDB (@duckdb/node-api) and prints the rows,
// for bench/run.sh: node duck.mjs "SQL"
import { DuckDBInstance } from '@duckdb/node-api';

const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await instance.connect();
const reader = await connection.runAndReadAll(process.argv[2]);
for (const row of reader.getRows())
  process.stdout.write(row.join('\t') + '\n');
