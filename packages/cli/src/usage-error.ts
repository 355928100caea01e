/** A mistake on the command line (unknown brand, missing file, no policy): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
