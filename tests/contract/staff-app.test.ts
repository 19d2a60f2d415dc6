import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The staff app takes every shape it sends and reads from the server's Zod schemas, and every address
// it calls from the routes' contracts (type-only imports), so renaming a field or moving a route on
// the server must stop the app from compiling. This type-checks the app as `tsc -p src/web/staff`
// does, with server files replaced in memory by edited copies.

const ROOT = resolve(import.meta.dirname, '../..');
const APP = resolve(ROOT, 'src/web/staff');

const config = ts.getParsedCommandLineOfConfigFile(resolve(APP, 'tsconfig.json'), undefined, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  },
});
if (!config) throw new Error('src/web/staff/tsconfig.json could not be read');

/** A server file with one text replaced (it must be there exactly once), and what an app error names. */
type Rename = { file: string; from: string; to: string; named: string };

function overlayOf(renames: readonly Rename[]) {
  const files = new Map<string, string>();
  for (const { file, from, to } of renames) {
    const path = resolve(ROOT, file);
    const text = files.get(path) ?? ts.sys.readFile(path);
    if (text === undefined) throw new Error(`${file} is missing`);
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`${file}: "${from}" is not there once`);
    files.set(path, text.slice(0, at) + to + text.slice(at + from.length));
  }
  return files;
}

let previous: ts.Program | undefined;

/** The app's type errors, each as "file: message", with the given files read from memory. */
function typeErrors(overlay: ReadonlyMap<string, string>): string[] {
  const options = config!.options;
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  host.readFile = (name) => overlay.get(resolve(name)) ?? read(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, onError, fresh) => {
    const text = overlay.get(resolve(name));
    return text === undefined
      ? getSourceFile(name, language, onError, fresh)
      : ts.createSourceFile(name, text, language);
  };
  const program = ts.createProgram({
    rootNames: config!.fileNames,
    options,
    host,
    ...(previous ? { oldProgram: previous } : {}),
  });
  previous = program;
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const message = ts.flattenDiagnosticMessageText(d.messageText, ' ');
    return d.file ? `${d.file.fileName.slice(ROOT.length + 1)}: ${message}` : message;
  });
}

const RENAMES: Rename[] = [
  // An answer the app reads: the list of cases and every case shows its reference.
  {
    file: 'src/cases/model.ts',
    from: 'export const CaseSummary = z.object({\n  id: z.uuid(),\n  reference: z.string(),',
    to: 'export const CaseSummary = z.object({\n  id: z.uuid(),\n  caseReference: z.string(),',
    named: "'reference'",
  },
  // A body the app sends: moving a case on.
  {
    file: 'src/cases/model.ts',
    from: 'export const TransitionInput = z.object({\n  transition: Transition,',
    to: 'export const TransitionInput = z.object({\n  move: Transition,',
    named: "'transition'",
  },
  // The session every screen starts from.
  {
    file: 'src/access/model.ts',
    from: '  activeMembershipId: Id.nullable(),',
    to: '  actingMembershipId: Id.nullable(),',
    named: "'activeMembershipId'",
  },
  // A view of assistance, read through the assistance tab's own types.
  {
    file: 'src/assistance/model.ts',
    from: '  followUpOn: z.string().nullable(),',
    to: '  followUpDate: z.string().nullable(),',
    named: "'followUpOn'",
  },
  // A route moved: the app calls it by its method and address. (Each change touches a different part
  // of the app, so that one cannot hide another's errors.)
  {
    file: 'src/cases/contract.ts',
    from: "url: '/api/cases/:id/notes',",
    to: "url: '/api/cases/:id/remarks',",
    named: '"POST /api/cases/:id/notes"',
  },
];

describe('the staff app and the server schemas', () => {
  it('type-check together as they are', { timeout: 240_000 }, () => {
    expect(typeErrors(new Map())).toEqual([]);
  });

  it('stop type-checking when a server field is renamed or a route moved', { timeout: 240_000 }, () => {
    const errors = typeErrors(overlayOf(RENAMES));
    for (const { file, from, named } of RENAMES) {
      const inApp = errors.filter((e) => e.startsWith('src/web/staff/') && e.includes(named));
      expect(inApp, `changing ${from} in ${file}`).not.toEqual([]);
    }
  });
});
