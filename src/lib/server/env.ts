// The environment's overrides of config.ts's settings, for the server and the command-line tools
// (config.ts itself stays free of process access, for the browser).

import { SETTINGS, type SettingName } from '../config';

/** The setting's environment variable, or its default when the variable is unset or empty. */
export function setting(name: SettingName): string {
  const s = SETTINGS[name];
  return process.env[s.env] || s.default;
}
