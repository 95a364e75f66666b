// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Access } from '$lib/domain/access';

declare global {
  namespace App {
    interface Locals {
      /** The signed-in user and role (hooks.server.ts); null on the open paths when access control is on. */
      access: Access | null;
    }
  }
}
export {};
