// The composer in a real browser (Debian's Chromium driven by playwright-core) against a real server.
import { existsSync, mkdirSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultComposerDir, loadAssets } from "../src/composer-assets.js";
import type { RunningServer } from "../src/server.js";
import { testServer } from "./fixtures.js";

/**
 * How long to wait for what the page or the server delivers later: as long as the test itself may run (the server
 * project's 30 s in vitest.config.ts), so the waits add no time budget of their own on a loaded machine.
 */
const EVENTUALLY = 30_000;

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
const haveComposer = existsSync(`${defaultComposerDir()}/index.html`);
if (process.env.CI === "true" && !(haveChromium && haveComposer))
  throw new Error(
    `The composer's browser tests need ${haveChromium ? "" : `${CHROMIUM} (apt-get install -y chromium) `}${haveComposer ? "" : "the built composer (pnpm build)"}: in CI they must run.`,
  );
if (!haveChromium)
  console.warn(`Skipping the composer's browser tests: no ${CHROMIUM} (apt-get install -y chromium).`);
else if (!haveComposer)
  console.warn("Skipping the composer's browser tests: the composer is not built (pnpm build).");

// The docs' screenshot is rewritten with UPDATE_SCREENSHOT=1; other runs take it into a temporary folder.
const screenshot =
  process.env.UPDATE_SCREENSHOT === "1"
    ? fileURLToPath(new URL("../../../docs/guide/composer.png", import.meta.url))
    : join(tmpdir(), `normas-composer-${process.pid}.png`);

describe.skipIf(!haveChromium || !haveComposer)("the composer in Chromium", () => {
  let browser: Browser;
  let running: RunningServer;
  let t: ReturnType<typeof testServer>;

  beforeAll(async () => {
    t = testServer({ composer: defaultComposerDir() });
    running = await t.server.listen({ port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it("underlines a tú form and a refund promise as you type, and a one-click fix clears the tú form", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 760 }, locale: "es-ES" });
    await page.goto(`${running.url}/#key=${t.keys.agent.key}`);
    await page.getByText("Conectado como marta").waitFor();
    expect(page.url()).not.toContain("key="); // the key leaves the address bar
    await page.selectOption("#brand", "acme-es");
    await page.selectOption("#role", "agent");
    await page.fill("#customer", "¿Me devolvéis el dinero o no? Llevo dos semanas esperando.");
    await page.locator("#reply").pressSequentially("Claro, te devolvemos el importe íntegro mañana.");

    const formality = page.locator('#backdrop mark[data-rules~="voice/formality"]');
    const refund = page.locator('#backdrop mark[data-rules~="authority/commitment"]');
    await formality.first().waitFor();
    await refund.first().waitFor();
    expect(await formality.first().textContent()).toBe("te");
    expect(await refund.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining("devolvemos el importe")]),
    );
    expect(await page.locator("#violations li").count()).toBe(2);

    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot });

    await page.locator('#violations li[data-rule="voice/formality"] button.fix').click();
    await expect.poll(() => formality.count(), { timeout: EVENTUALLY }).toBe(0);
    expect(await page.inputValue("#reply")).toBe("Claro, le devolvemos el importe íntegro mañana.");
    expect(await refund.count()).toBeGreaterThan(0);
    await page.close();
  });

  it("works as a static page with no server behind it, on the sample policy", async () => {
    const files = loadAssets(defaultComposerDir());
    const host = createHttpServer((req, res) => {
      const file = files.get((req.url ?? "/").split("?")[0] ?? "/");
      res.writeHead(file === undefined ? 404 : 200, { "content-type": file?.type ?? "text/plain" });
      res.end(file?.body ?? "not found");
    });
    await new Promise<void>((done) => host.listen(0, "127.0.0.1", done));
    const { port } = host.address() as AddressInfo;
    const page = await browser.newPage({ locale: "en-GB" });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByText("Static page: sample policy").waitFor();
    await page.selectOption("#brand", "acme-es");
    await page.locator("#reply").pressSequentially("Hola, te escribimos por tu pedido.");
    await page.locator('#backdrop mark[data-rules~="voice/formality"]').first().waitFor();
    // An English brand: the page loads the English clause reader on first use, then underlines.
    await page.selectOption("#brand", "acme-uk");
    await page.fill("#reply", "");
    await page.locator("#reply").pressSequentially("As we already told you, that is your problem.");
    await page.locator('#backdrop mark[data-rules~="respect/dismissive"]').first().waitFor();
    await page.close();
    await new Promise((done) => host.close(done));
  });

  it("shows the crisis banner when the brand is in crisis, and speaks English on request", async () => {
    const lead = (body: Record<string, unknown>) =>
      t.post("/v1/crises/leak/commands", t.keys.lead.key, { role: "crisis-lead", ...body });
    await t.post("/v1/crises", t.keys.lead.key, { crisisId: "leak", brand: "acme-es", role: "crisis-lead" });
    await lead({ type: "raise-alert", topics: ["filtración"] });
    await lead({ type: "start-assessment" });
    await lead({ type: "set-severity", severity: "sev1", reason: "Datos expuestos" });
    await lead({ type: "assign-lead", lead: "jorge" });
    expect((await lead({ type: "contain" })).status).toBe(200);

    const page = await browser.newPage({ locale: "es-ES" });
    await page.goto(`${running.url}/#key=${t.keys.agent.key}`);
    const banner = page.locator("#crisis-banner");
    await banner.waitFor({ state: "visible" });
    expect(await banner.textContent()).toContain("filtración");
    await page.click("#ui-en");
    expect(await page.locator("#tab-reply").textContent()).toBe("Reply");
    await expect
      .poll(() => banner.textContent(), { timeout: EVENTUALLY })
      .toContain("Crisis open for acme-es");

    await page.click("#tab-moderation");
    await page.fill("#comment", "Vuestro servicio es lentísimo, llevo tres días esperando.");
    await page.selectOption("#action", "delete");
    await expect
      .poll(() => page.locator("#moderation-result").textContent(), { timeout: EVENTUALLY })
      .toBe("Action not allowed.");
    await page.close();
  });
});
