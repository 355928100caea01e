/** Runs `body` on a fresh subject from `factory`, then closes it. @internal */
export async function withSubject<S extends { close?(): Promise<void> }>(
  factory: () => S | Promise<S>,
  body: (s: S) => Promise<void>,
): Promise<void> {
  const subject = await factory();
  try {
    await body(subject);
  } finally {
    await subject.close?.();
  }
}
