import {
  Crisis,
  MemoryCrisisEventStore,
  type SealedCrisisEvent,
  standardProtocol,
} from "@normas/core/crisis";

const T0 = Date.UTC(2026, 4, 12, 9, 0);
const lead = { actor: "jorge", role: "crisis-lead" } as const;

/** A real crisis log of `count` sealed events (open, alert, assessment, then severity and lead changes). */
export async function crisisLog(crisisId: string, count: number): Promise<SealedCrisisEvent[]> {
  const store = new MemoryCrisisEventStore();
  const crisis = await Crisis.open(
    store,
    standardProtocol,
    { crisisId, brand: "acme-air", actor: "marta", role: "community-manager" },
    T0,
  );
  await crisis.execute(
    { type: "raise-alert", actor: "marta", role: "community-manager", topics: ["retraso"] },
    { now: T0 + 1 },
  );
  await crisis.execute({ type: "start-assessment", ...lead }, { now: T0 + 2 });
  for (let n = 3; crisis.version < count; n++) {
    const command =
      n % 2 === 0
        ? ({
            type: "set-severity",
            ...lead,
            severity: n % 4 === 0 ? "sev2" : "sev3",
            reason: `review ${n}`,
          } as const)
        : ({ type: "assign-lead", ...lead, lead: `lead-${n}` } as const);
    const r = await crisis.execute(command, { now: T0 + n, idempotencyKey: `cmd-${n}` });
    if (!r.accepted) throw new Error(`bench fixture refused: ${r.refusal.message.en}`);
  }
  return [...(await store.read(crisisId))].slice(0, count);
}
