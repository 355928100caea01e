// The composer: pick brand and role, paste the customer's message, type a reply; the core checks it in the
// browser on every keystroke (no round trip) and the page underlines what it finds, with one-click fixes.
import {
  applyFixes,
  type BrandCrisisState,
  type CompiledPolicy,
  compilePolicy,
  evaluateReply,
  type Verdict,
  type Violation,
} from "@normas/core";
import { t, translatePage, type UiLang } from "./i18n.js";
import { hasLanguage, loadLanguage } from "./lazy-readers.js";
import { brandCrisis, connect, type Session, sampleSession, storedKey } from "./session.js";
import { drawUnderlines } from "./underline.js";
import "./style.css";

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const brandSelect = $<HTMLSelectElement>("brand");
const roleSelect = $<HTMLSelectElement>("role");
const customer = $<HTMLTextAreaElement>("customer");
const reply = $<HTMLTextAreaElement>("reply");
const backdrop = $<HTMLDivElement>("backdrop");
const summary = $<HTMLParagraphElement>("summary");
const list = $<HTMLUListElement>("violations");
const banner = $<HTMLDivElement>("crisis-banner");

const ACTIONS = ["keep", "reply", "hide", "delete", "ban"] as const;
const GROUNDS = ["spam", "personal-data", "harassment", "hate", "threat", "illegal", "sexual", "off-topic"];

let lang: UiLang = navigator.language.toLowerCase().startsWith("en") ? "en" : "es";
let session: Session = sampleSession();
let compiled: CompiledPolicy = compilePolicy(session.policy);
let crisis: BrandCrisisState | undefined;

function options(select: HTMLSelectElement, values: readonly string[], labels?: (v: string) => string): void {
  const keep = select.value;
  select.replaceChildren(
    ...values.map((v) => {
      const o = document.createElement("option");
      o.value = v;
      o.textContent = labels?.(v) ?? v;
      return o;
    }),
  );
  if (values.includes(keep)) select.value = keep;
}

function author() {
  return {
    id: session.server?.actor ?? "composer",
    roles: roleSelect.value === "" ? [] : [roleSelect.value],
  };
}

function showVerdict(
  target: HTMLUListElement,
  verdict: Verdict,
  text: string,
  onFix?: (v: Violation) => void,
): void {
  target.replaceChildren(
    ...verdict.violations.map((v) => {
      const li = document.createElement("li");
      li.className = `sev-${v.severity}`;
      li.dataset.rule = v.ruleId;
      const message = document.createElement("span");
      message.textContent = v.message;
      const rule = document.createElement("code");
      rule.textContent = v.ruleId;
      li.append(message, " ", rule);
      const suggestion = v.suggestions?.find((s) => s.edits.length > 0);
      if (suggestion !== undefined && onFix !== undefined && text.length > 0) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "fix";
        button.textContent = `${t(lang, "fix")}: ${suggestion.description}`;
        button.addEventListener("click", () => onFix(v));
        li.append(" ", button);
      }
      return li;
    }),
  );
}

/** The language of a BCP 47 tag that normas knows (`es-MX` → `es`). */
function languageOfTag(tag: string | undefined): "es" | "en" | undefined {
  const code = tag?.split(/[-_]/, 1)[0]?.toLowerCase();
  return code === "es" || code === "en" ? code : undefined;
}

/** The languages a check of the selected brand reads: the brand's, and its crisis statements'. */
function languagesNeeded(): ("es" | "en")[] {
  const brand = session.policy.brands.find((b) => b.id === brandSelect.value);
  const needed = new Set<"es" | "en">([languageOfTag(brand?.locale) ?? "en"]);
  for (const message of crisis?.approvedMessages ?? []) {
    const code = languageOfTag(message.locale);
    if (code !== undefined) needed.add(code);
  }
  return [...needed];
}

function checkReply(): void {
  const text = reply.value;
  if (text.trim() === "") {
    drawUnderlines(backdrop, text, []);
    list.replaceChildren();
    summary.textContent = "";
    return;
  }
  // The clause readers load per language, on first use (see lazy-readers.ts): check again once they are here.
  const missing = languagesNeeded().filter((code) => !hasLanguage(code));
  if (missing.length > 0) {
    Promise.all(missing.map(loadLanguage)).then(checkReply, (error: unknown) => {
      summary.textContent = error instanceof Error ? error.message : String(error);
      summary.className = "summary bad";
    });
    return;
  }
  const verdict = evaluateReply(compiled, {
    brand: brandSelect.value,
    author: author(),
    text,
    ...(customer.value.trim() === "" ? {} : { inReplyTo: { text: customer.value } }),
    ...(crisis === undefined ? {} : { crisis }),
  });
  drawUnderlines(backdrop, text, verdict.violations);
  summary.textContent =
    verdict.violations.length === 0
      ? t(lang, "clean")
      : t(lang, "problems", { errors: verdict.errorCount, warnings: verdict.warningCount });
  summary.className = `summary ${verdict.ok ? "ok" : "bad"}`;
  showVerdict(list, verdict, text, (v) => {
    reply.value = applyFixes(text, [v], { safeOnly: false }).text;
    checkReply();
    reply.focus();
  });
}

/** The moderation half of the core (the classifier and its word lists), loaded when a comment is first checked. */
type Moderation = typeof import("@normas/core/moderation");
let moderation: Promise<Moderation> | undefined;
const loadModeration = (): Promise<Moderation> => {
  moderation ??= import("@normas/core/moderation");
  return moderation;
};

function checkModeration(): void {
  const comment = $<HTMLTextAreaElement>("comment").value;
  const result = $<HTMLParagraphElement>("moderation-result");
  const target = $<HTMLUListElement>("moderation-violations");
  if (comment.trim() === "") {
    result.textContent = "";
    target.replaceChildren();
    return;
  }
  loadModeration().then(
    ({ evaluateModeration }) => showModeration(comment, evaluateModeration),
    (error: unknown) => {
      // The chunk did not load (offline, a redeploy): say so, and try again on the next check.
      moderation = undefined;
      result.textContent = error instanceof Error ? error.message : String(error);
      result.className = "summary bad";
    },
  );
}

function showModeration(comment: string, evaluateModeration: Moderation["evaluateModeration"]): void {
  const result = $<HTMLParagraphElement>("moderation-result");
  const target = $<HTMLUListElement>("moderation-violations");
  // A newer comment or action came in while the classifier loaded: the newest check writes the result.
  if ($<HTMLTextAreaElement>("comment").value !== comment) return;
  const ground = $<HTMLSelectElement>("ground").value;
  const note = $<HTMLInputElement>("note").value;
  const verdict = evaluateModeration(compiled, {
    brand: brandSelect.value,
    author: author(),
    comment: { text: comment },
    action: $<HTMLSelectElement>("action").value as (typeof ACTIONS)[number],
    ...(ground === "" && note === ""
      ? {}
      : {
          reason: {
            ...(ground === "" ? {} : { ground: ground as "spam" }),
            ...(note === "" ? {} : { note }),
          },
        }),
  });
  result.textContent = t(lang, verdict.ok ? "allowed" : "notAllowed");
  result.className = `summary ${verdict.ok ? "ok" : "bad"}`;
  showVerdict(target, verdict, comment);
}

async function refreshCrisis(): Promise<void> {
  crisis = await brandCrisis(session, brandSelect.value);
  banner.hidden = crisis === undefined;
  if (crisis !== undefined) {
    banner.textContent = t(lang, "crisis", {
      brand: brandSelect.value,
      state: crisis.state ?? "",
      severity: crisis.severity === undefined ? "" : `, ${crisis.severity}`,
      topics: crisis.topics.length === 0 ? "—" : crisis.topics.join(", "),
    });
  }
  checkReply();
}

function render(): void {
  translatePage(lang);
  for (const code of ["es", "en"] as const)
    $(`ui-${code}`).setAttribute("aria-pressed", String(code === lang));
  options(brandSelect, session.brands, (id) => session.policy.brands.find((b) => b.id === id)?.name ?? id);
  options(roleSelect, session.roles);
  options($("action"), ACTIONS);
  options($("ground"), ["", ...GROUNDS], (g) => (g === "" ? t(lang, "noGround") : g));
  const mode = $("mode");
  mode.textContent =
    session.server === undefined
      ? t(lang, "modeStatic")
      : t(lang, "modeServer", { actor: session.server.actor });
  $("key-form").hidden = session.server !== undefined || location.protocol === "file:";
  checkReply();
  checkModeration();
}

async function open(next: Session): Promise<void> {
  session = next;
  compiled = compilePolicy(session.policy);
  render();
  await refreshCrisis();
}

for (const code of ["es", "en"] as const)
  $(`ui-${code}`).addEventListener("click", () => {
    lang = code;
    render();
    void refreshCrisis();
  });
for (const [tab, panel] of [
  ["tab-reply", "panel-reply"],
  ["tab-moderation", "panel-moderation"],
] as const)
  $(tab).addEventListener("click", () => {
    for (const other of ["tab-reply", "tab-moderation"])
      $(other).setAttribute("aria-selected", String(other === tab));
    $("panel-reply").hidden = panel !== "panel-reply";
    $("panel-moderation").hidden = panel !== "panel-moderation";
  });
reply.addEventListener("input", checkReply);
reply.addEventListener("scroll", () => {
  backdrop.scrollTop = reply.scrollTop;
});
customer.addEventListener("input", checkReply);
roleSelect.addEventListener("change", () => {
  checkReply();
  checkModeration();
});
brandSelect.addEventListener("change", () => void refreshCrisis());
for (const id of ["comment", "action", "ground", "note"]) $(id).addEventListener("input", checkModeration);
$("key-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const key = $<HTMLInputElement>("key").value.trim();
  void connect(key).then((next) => {
    if (next === undefined) $("mode").textContent = t(lang, "keyRefused");
    else void open(next);
  });
});
setInterval(() => void refreshCrisis(), 5_000);

render();
const key = storedKey();
if (key !== undefined)
  void connect(key).then((next) => {
    if (next !== undefined) void open(next);
  });
document.body.dataset.ready = "true";
