import { spfi, type SPFI } from '@pnp/sp/index.js';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '@devplan/sp-emulator';
import { createRepositories, PlanSite, TokenAuthenticated, type Repositories } from '@devplan/sharepoint';

/** A started emulator and PnPjs clients per demo user, built the way hosts build them. */
export interface EmulatedSite {
  emulator: RunningEmulator;
  /** PnPjs instance signed in as `user` (a demo user key such as `app`, `staff`, `reader`). */
  sp(user: string): SPFI;
  /** Repositories over the site as `user`. */
  repos(user: string): Repositories;
  close(): Promise<void>;
}

/** Starts an in-memory emulator on a free port. */
export async function startEmulatedSite(options: EmulatorOptions = {}): Promise<EmulatedSite> {
  const emulator = await startEmulator({ port: 0, dbFile: ':memory:', ...options });
  const sp = (user: string) =>
    spfi(emulator.siteUrl).using(TokenAuthenticated(() => emulator.issueToken(user), 2));
  return {
    emulator,
    sp,
    repos: (user) => createRepositories(new PlanSite(sp(user), emulator.siteUrl)),
    close: () => emulator.close(),
  };
}
