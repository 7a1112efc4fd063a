#!/usr/bin/env node
// Lints Cypher with Neo4j's own parser and semantic analysis (@neo4j-cypher/language-support).
// Usage: node lint.mjs [FILE]   (reads standard input when FILE is absent or "-")
// Prints a JSON array of diagnostics: {severity, message, line, column, offset} (line and column 1-based).
// "Parameter $x is not defined" is dropped: statements are linted without a database schema.
// Exit code: 0 no errors, 1 at least one error, 2 usage or I/O problem.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, isNotParamError } from '@neo4j-cypher/language-support';

const args = process.argv.slice(2);
if (args.length > 1 || args.includes('--help') || args.includes('-h')) {
  process.stderr.write('usage: node lint.mjs [FILE|-]\n');
  process.exit(2);
}

let text;
try {
  text = readFileSync(args.length === 0 || args[0] === '-' ? 0 : args[0], 'utf8');
} catch (error) {
  process.stderr.write(`cypher-lint: cannot read ${args[0] ?? 'standard input'}: ${error.message}\n`);
  process.exit(2);
}

const severityName = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const { diagnostics } = lintCypherQuery(text, {});
const reported = diagnostics
  .filter((d) => isNotParamError(d))
  .map((d) => ({
    severity: severityName[d.severity] ?? String(d.severity),
    message: d.message,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    offset: d.offsets?.start ?? null,
  }));

process.stdout.write(JSON.stringify(reported, null, 2) + '\n');
process.exit(reported.some((d) => d.severity === 'error') ? 1 : 0);
