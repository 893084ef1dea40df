/**
 * `vacancy-lint serve`: starts @vacancy-lint/server. The server (Fastify, workers) is loaded only
 * here, with a dynamic import, so every other command starts as fast as before; when the package
 * is not installed, one line says how to install it.
 */
export const SERVER_PACKAGE = '@vacancy-lint/server';

interface ServerModule {
  serveCommand(argv: readonly string[], prog?: string): Promise<number>;
}

export type Importer = (name: string) => Promise<unknown>;

const importModule: Importer = (name) => import(name);

function isMissing(error: unknown): boolean {
  const e = error as NodeJS.ErrnoException;
  return (e?.code === 'ERR_MODULE_NOT_FOUND' || e?.code === 'MODULE_NOT_FOUND') && String(e.message).includes(SERVER_PACKAGE);
}

export async function serve(argv: readonly string[], load: Importer = importModule): Promise<number> {
  let server: ServerModule;
  try {
    server = (await load(SERVER_PACKAGE)) as ServerModule;
  } catch (error) {
    if (!isMissing(error)) throw error;
    process.stderr.write(`vacancy-lint: 'serve' needs the server package; install it with: npm install ${SERVER_PACKAGE}\n`);
    return 2;
  }
  return server.serveCommand(argv, 'vacancy-lint serve');
}
