/**
 * The slash command, in a module of its own: the manifest needs the name, and importing it from the
 * listener would load the whole brain just to print JSON.
 */
export const SLASH_COMMAND = '/docker';
