import { customizeProtocol, standardProtocol } from "@normas/core/crisis";

/** The standard protocol with deadlines of a fraction of a second, so that they fall due while processes run. */
export const fastProtocol = customizeProtocol(standardProtocol, {
  id: "fast",
  deadlines: {
    alert: { acknowledge: { minutes: 0.004 } },
    assessment: { assess: { minutes: 0.006 } },
  },
});
