/**
 * A failure whose message is written for the user: the router sends it back as it is, so it
 * must say what happened and what to do. Anything else becomes a generic "nothing was changed".
 */
export class UserFacingError extends Error {}
