/**
 * Score one borrower from the command line.
 *
 *   npm run --silent score < docs/samples/weilidai-raise.json
 *
 * Reads an AssessmentInput as JSON on stdin, validates it with the scoring
 * library's schema and prints the Assessment as JSON on stdout. Bad input
 * (unparseable JSON or invalid fields) prints one line per problem on stderr —
 * `path: message` — and exits with status 2.
 */
import { assess, assessmentInputSchema } from "../lib/scoring";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  const text = await readStdin();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail([`(input): not valid JSON — ${(error as Error).message}`]);
  }
  const parsed = assessmentInputSchema.safeParse(data);
  if (!parsed.success)
    fail(parsed.error.issues.map((issue) => `${issue.path.length ? issue.path.join(".") : "(input)"}: ${issue.message}`));
  process.stdout.write(`${JSON.stringify(assess(parsed.data), null, 2)}\n`);
}

void main();
