// Putting a finished folder in place of another: the old one stays until the new one is there, so a
// failure leaves either the old folder or the new one, never half of each.

import { existsSync, renameSync, rmSync } from 'node:fs';

export function swapIn(tmp: string, target: string): void {
  if (!existsSync(target)) {
    renameSync(tmp, target);
    return;
  }
  const old = `${target}.old-${process.pid}-${Date.now()}`;
  renameSync(target, old);
  try {
    renameSync(tmp, target);
  } catch (e) {
    renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
}
