import * as z from "zod";
import type { StreamHead } from "../../engine/ports/event-stream-store.js";
import { InputError, type Issue } from "../../model/errors.js";
import { toIssues } from "../../model/validate.js";
import { WorkflowError } from "../errors.js";
import { canonicalJson, hashCanonical } from "../hash.js";
import { fail, type VerifyResult, verifyCrisisLog } from "./chain.js";
import type { CrisisEventStore } from "./crisis-event-store.js";
import { type CrisisState, CrisisStateSchema } from "./crisis-state.js";
import type { SealedCrisisEvent } from "./event.js";
import { replayCrisis } from "./lifecycle.js";
import type { CrisisProtocol } from "./protocol-schema.js";

/** The shape a stored snapshot must have. */
const SnapshotSchema = z.strictObject({
  version: z.int().min(1),
  head: z.string().regex(/^[0-9a-f]{16}$/),
  state: CrisisStateSchema,
  stateHash: z.string().regex(/^[0-9a-f]{16}$/),
});

/** Options of `Crisis.load`. */
export interface LoadCrisisOptions {
  /**
   * Replay the whole log and leave the stored snapshot aside (e.g. after `load` reported it invalid).
   * Default false.
   */
  readonly ignoreSnapshot?: boolean;
}

/** A loaded crisis: its state and the hash of its last event. @internal */
export interface LoadedCrisis {
  readonly state: CrisisState;
  readonly head: string;
}

/** Checks that an id is a non-empty string (an `InputError` otherwise). @internal */
export function checkCrisisId(crisisId: unknown): asserts crisisId is string {
  if (typeof crisisId === "string" && crisisId.length > 0 && crisisId.length <= 200) return;
  throw new InputError(
    [
      {
        code: "invalid_id",
        path: ["crisisId"],
        pathText: "crisisId",
        message: "A crisis id is a non-empty string of up to 200 characters.",
      },
    ],
    "Invalid crisis id",
  );
}

function logInvalid(crisisId: string, v: VerifyResult & { ok: false }): WorkflowError {
  const issue: Issue = {
    code: v.problem,
    path: ["events", v.seq - 1],
    pathText: `events[${v.seq - 1}]`,
    message: v.message.en,
  };
  return new WorkflowError(
    "WORKFLOW_LOG_INVALID",
    crisisId,
    `The log of crisis '${crisisId}' fails verification: ${v.message.en}.`,
    [issue],
  );
}

function snapshotInvalid(crisisId: string, why: string, issues: readonly Issue[] = []): WorkflowError {
  return new WorkflowError(
    "WORKFLOW_SNAPSHOT_INVALID",
    crisisId,
    `The snapshot of crisis '${crisisId}' ${why}; load it with { ignoreSnapshot: true } to replay the whole log.`,
    issues,
  );
}

/**
 * Loads a crisis from its store: the snapshot (validated, and checked against the log: not ahead of the
 * anchored head, anchored to the hash of the event at its version), then the events after it, verified
 * against the hash chain and the anchored head, replayed. Events before the snapshot are not re-read (see
 * `Crisis.verify`). @internal
 */
export async function loadCrisis(
  store: CrisisEventStore,
  protocol: CrisisProtocol,
  crisisId: string,
  options: LoadCrisisOptions = {},
): Promise<LoadedCrisis> {
  checkCrisisId(crisisId);
  // Snapshot, then head, then events: with other instances appending meanwhile, each read is at or after the
  // one before, so a snapshot is never ahead of the head read, nor the head ahead of the events.
  const raw = options.ignoreSnapshot === true ? undefined : await store.loadSnapshot(crisisId);
  const head = await store.head(crisisId);
  let snapshot: { version: number; head: string; state: CrisisState } | undefined;
  if (raw !== undefined) {
    const parsed = SnapshotSchema.safeParse(raw);
    if (!parsed.success) {
      const issues = toIssues(parsed.error, "en", raw).map((i) => ({
        ...i,
        path: ["snapshot", ...i.path],
        pathText: `snapshot.${i.pathText}`,
      }));
      throw snapshotInvalid(crisisId, "does not validate", issues);
    }
    snapshot = parsed.data;
    if (snapshot.state.crisisId !== crisisId || snapshot.state.version !== snapshot.version)
      throw snapshotInvalid(crisisId, "belongs to another crisis or version");
    // The hash of the state as read (zod kept every member): an edit that keeps the shape is caught too.
    if (hashCanonical(snapshot.state) !== parsed.data.stateHash)
      throw snapshotInvalid(crisisId, "does not match its hash (its state was changed after it was saved)");
  }
  if (head === undefined) {
    const any = await store.read(crisisId);
    if (any.length === 0 && snapshot === undefined)
      throw new WorkflowError("WORKFLOW_NOT_FOUND", crisisId, `No crisis '${crisisId}'.`);
    throw logInvalid(crisisId, fail(1, "head_mismatch", { version: "0" }) as VerifyResult & { ok: false });
  }
  if (snapshot !== undefined && snapshot.version > head.version)
    throw snapshotInvalid(
      crisisId,
      `is ahead of the log (version ${snapshot.version}, log at ${head.version})`,
    );
  const events = await readUpTo(store, crisisId, snapshot?.version ?? 1, head);
  let state: CrisisState | undefined;
  if (snapshot !== undefined) {
    const anchor = events[0];
    if (anchor === undefined || anchor.seq !== snapshot.version || anchor.hash !== snapshot.head) {
      // The anchor event is gone, or it is not the event the snapshot was taken at.
      const v = verifyCrisisLog(events, {
        from: { version: snapshot.version - 1, hash: anchor?.prevHash ?? "" },
        head,
        crisisId,
      });
      if (!v.ok) throw logInvalid(crisisId, v);
      throw snapshotInvalid(crisisId, `is not anchored to event ${snapshot.version} of the log`);
    }
    const from: StreamHead = { version: snapshot.version - 1, hash: anchor.prevHash };
    const v = verifyCrisisLog(events, { from, head, crisisId });
    if (!v.ok) throw logInvalid(crisisId, v);
    state = replayCrisis(protocol, events.slice(1), snapshot.state);
  } else {
    const v = verifyCrisisLog(events, { head, crisisId });
    if (!v.ok) throw logInvalid(crisisId, v);
    state = replayCrisis(protocol, events);
  }
  if (state === undefined || state.crisisId !== crisisId) {
    throw logInvalid(crisisId, fail(1, "wrong_crisis") as VerifyResult & { ok: false });
  }
  return { state, head: head.hash };
}

/**
 * The events from `from` as of `head`, read after it. Events past `head` are either appends made since the
 * head was read (the head moved over them: they are left out, so the log read is the one the head anchors) or
 * events added outside the store (the head did not move: they are kept, and verification reports them).
 */
async function readUpTo(
  store: CrisisEventStore,
  crisisId: string,
  from: number,
  head: StreamHead | undefined,
): Promise<readonly SealedCrisisEvent[]> {
  const events = await store.read(crisisId, from);
  const last = events[events.length - 1];
  if (head === undefined || last === undefined || last.seq <= head.version) return events;
  const now = await store.head(crisisId);
  if (now === undefined || now.version < last.seq) return events;
  return events.filter((e) => e.seq <= head.version);
}

/**
 * The whole log checked: the chain from the genesis, the anchored head, and the snapshot (if any) against
 * the log. @internal
 */
export async function verifyStoredCrisis(
  store: CrisisEventStore,
  protocol: CrisisProtocol,
  crisisId: string,
): Promise<VerifyResult> {
  const raw = await store.loadSnapshot(crisisId);
  const head = await store.head(crisisId);
  const events = await readUpTo(store, crisisId, 1, head);
  const v = verifyCrisisLog(events, { head: head ?? { version: 0, hash: "" }, crisisId });
  if (!v.ok || raw === undefined) return v;
  const parsed = SnapshotSchema.safeParse(raw);
  const version = parsed.success ? parsed.data.version : 1;
  if (!parsed.success || version > events.length) return fail(version, "snapshot_mismatch");
  const snap = parsed.data;
  const at = events[version - 1] as SealedCrisisEvent;
  const replayed = replayCrisis(protocol, events.slice(0, version));
  if (
    at.hash !== snap.head ||
    hashCanonical(snap.state) !== snap.stateHash ||
    replayed === undefined ||
    canonicalJson(replayed) !== canonicalJson(snap.state)
  )
    return fail(version, "snapshot_mismatch");
  return v;
}
