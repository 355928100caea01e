// A worker thread of `normas check`: builds the run's environment from its settings, then checks the batches of
// units it is sent and answers with their formatted results.
import { parentPort, workerData } from "node:worker_threads";
import { type CheckSettings, createEnv } from "./env.js";
import { processBatch, type Unit } from "./process-unit.js";
import { reporterFor } from "./report/index.js";

const port = parentPort;
if (port !== null) {
  const { settings } = workerData as { settings: CheckSettings };
  createEnv(settings).then(
    (env) => {
      const reporter = reporterFor(env);
      port.on("message", ({ id, units }: { id: number; units: Unit[] }) => {
        try {
          port.postMessage({ id, output: processBatch(env, reporter, units) });
        } catch (error) {
          port.postMessage({
            id,
            error: error instanceof Error ? (error.stack ?? error.message) : String(error),
          });
        }
      });
      port.postMessage({ type: "ready" });
    },
    (error: unknown) => {
      port.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
    },
  );
}
