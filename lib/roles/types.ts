/**
 * What each sentence of an answer does in the story, read from its grammar and its place: the layer
 * every check reads instead of lists of the seed's words.
 */
export const ROLES = ['context', 'problem', 'scope', 'action', 'verification', 'result', 'lesson', 'filler'] as const;
export type Role = (typeof ROLES)[number];

/** Who performs an action: the speaker, "we", a named group, another person, or nobody (a passive). */
export const ACTORS = ['I', 'we', 'group', 'other', 'hidden'] as const;
export type Actor = (typeof ACTORS)[number];

/** How a result is stated: a measured change, an event, a state, an evaluation with nothing measured, others adopting it. */
export const RESULT_KINDS = ['metric', 'event', 'state', 'vague', 'spread'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** A scope statement either draws the boundary (not mine, nobody asked) or says the work was assigned. */
export const SCOPE_KINDS = ['boundary', 'assigned'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

/** Every label the role reader decides, as one flat list (the model has one classifier per label). */
export const ROLE_LABELS = [
  ...ROLES,
  ...ACTORS.map((a) => `actor:${a}` as const),
  ...RESULT_KINDS.map((k) => `result:${k}` as const),
  ...SCOPE_KINDS.map((k) => `scope:${k}` as const),
  'lesson:generic',
] as const;
export type RoleLabel = (typeof ROLE_LABELS)[number];

export interface SentenceRoles {
  /** Every role the sentence plays, e.g. action and verification ("I re-ran the count and it matched"). */
  roles: ReadonlySet<Role>;
  /** The actor of its action or verification; null when it has neither. */
  actor: Actor | null;
  /** Kinds of result it states (empty unless it is a result). */
  results: ReadonlySet<ResultKind>;
  scope: ScopeKind | null;
  /** A lesson that names no concrete mechanism: a platitude. */
  genericLesson: boolean;
}
