// Reads and validates scenarios/matrix.json (or another matrix file) with the zod schema.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MatrixSpec } from '../../scenarios/schema.ts';
import { formatZodError } from '../util/format-zod-error.ts';
import { UsageError } from '../util/errors.ts';

export const DEFAULT_MATRIX_PATH = fileURLToPath(new URL('../../scenarios/matrix.json', import.meta.url));

export function parseMatrix(raw: unknown, source = 'matrix'): MatrixSpec {
  const result = MatrixSpec.safeParse(raw);
  if (!result.success) throw new UsageError(`invalid ${source}:\n${formatZodError(result.error)}`);
  return result.data;
}

/** `--matrix <file>` (PH_MATRIX, so runner processes read the same file), else scenarios/matrix.json. */
export function matrixPath(): string {
  return process.env.PH_MATRIX || DEFAULT_MATRIX_PATH;
}

export function loadMatrix(path = matrixPath()): MatrixSpec {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read matrix ${path}: ${(e as Error).message}`);
  }
  return parseMatrix(raw, path);
}
