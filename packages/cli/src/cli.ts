// The program behind `bin/normas.js`.
import { watchOutput } from "./io.js";
import { run } from "./program.js";

// Write errors on standard output or error (a closed pipe, a full disk) are recorded, not thrown: the run
// stops writing, says so on standard error and exits 2 (1 means "violations found").
watchOutput(process.stdout);
watchOutput(process.stderr);

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
