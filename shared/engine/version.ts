/** Bump when a deliberate model change alters state hashes (replays record the version they ran on). */
export const ENGINE_VERSION = '2.7.0';
