// Whether a process that left something behind (an import's lock, a staged upload's
// folder) still runs, so its leftovers are taken over or removed only once it is gone.

/** Whether a process with this id exists on this machine (signal 0 only checks). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
