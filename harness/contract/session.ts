// The session contract: what every runner plug-in gives the cell flow (a page on the app, a browser
// in a condition) and what the flow gives back (reporting hooks). The cell flow, the profile
// interpreter and the verdict are written once against these types, whatever drives the browser.
import type { Cell } from './cell.ts';
import type { Condition, Recovery } from './condition.ts';
import type { RemoteBrowser } from './remote-browser.ts';
import type { RunOptions } from './run-options.ts';

/** The selectors of the app's outcome (from the target profile), and what they show. */
export interface OutcomeQuery {
  success: string;
  error: string;
  steps: string;
  stepIdAttribute?: string;
}

export interface OutcomeRead {
  successVisible: boolean;
  errorVisible: boolean;
  errorTexts: string[];
  stepTexts: string[];
  stepIds: Array<string | null>;
}

/** Operations on the app under test; with a cross-origin frame placement they act inside that frame. */
export interface AppPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(selector: string, timeoutMs: number): Promise<void>;
  /** Turns a radio button or checkbox on (a no-op when it is on already); fails if it does not end up checked. */
  check(selector: string, timeoutMs: number): Promise<void>;
  select(selector: string, value: string, timeoutMs: number): Promise<void>;
  fill(selector: string, value: string, timeoutMs: number): Promise<void>;
  waitFor(selector: string, timeoutMs: number): Promise<void>;
  isVisible(selector: string): Promise<boolean>;
  texts(selector: string): Promise<string[]>;
  attributes(selector: string, attribute: string): Promise<Array<string | null>>;
  /** Evaluates an expression in the app's frame and returns its JSON value. */
  evaluate(expression: string): Promise<unknown>;
  /** What the app shows (visibility, error text, steps), read in one round trip. */
  readOutcome(query: OutcomeQuery): Promise<OutcomeRead>;
  screenshot(): Promise<Buffer>;
  /** Console lines seen so far. */
  consoleLines(): string[];
}

export interface SessionArtifact {
  kind: 'trace' | 'video' | 'log';
  path: string;
}

/** A browser put into a cell's condition, with the app page ready to be opened. */
export interface CellSession {
  page: AppPage;
  /** Browser name and version, for the report. */
  browserVersion: string;
  /** Set by remote runners: what the endpoint reported it started. */
  remote?: RemoteBrowser;
  /** How the app's pages reached the browser when not directly (an https app through the intercepting proxy): said in the report. */
  servedThrough?: string;
  /** The page had served an earlier cell (on another origin) and was reused warm. */
  reusedPage?: boolean;
  /** Called right after the profile's start actions (e.g. to dismiss a real picker). */
  afterStart(): Promise<void>;
  /** Applies a recovery step's browser-side change (its permissions) between a recovery cell's two phases; absent when the driver cannot. */
  recover?(recovery: Recovery): Promise<void>;
  /** Files written for the person debugging (trace, video, driver log), known once closed. */
  artifacts?(): SessionArtifact[];
  close(): Promise<void>;
}

export interface SessionRequest {
  cell: Cell;
  condition: Condition;
  /** Init scripts to run before any page script, in order (emulation first, probe last). */
  initScripts: string[];
  /** Scheme+host+port of the app, for origin-scoped permissions. */
  appOrigin: string;
  headers?: Record<string, string>;
  cookies?: Array<{ name: string; value: string; path: string }>;
  cookieUrl?: string;
  /** Selected when the app runs inside a wrapper page: the frame whose URL starts with this. */
  appFrameUrlPrefix?: string;
  /** The harness's loopback HTTP proxy (maps the insecure hostname to 127.0.0.1). */
  proxyOrigin?: string;
  /**
   * The app is on an origin no other cell of this run uses (a `*.localhost` name of its own): its
   * storage and permissions cannot leak to another cell, so a runner may reuse a warm page for it.
   */
  isolatedOrigin: boolean;
  /** For a remote runner: the endpoint the planner chose for this cell (CellPlan.endpoint). */
  endpoint?: string;
  options: RunOptions;
}

/** What the harness serves on loopback for a run: the app, the wrapper page, the proxy. */
export interface Stage {
  /** The app's URL (query already applied). */
  appUrl: string;
  /** Origin of the harness server that hosts the cross-origin wrapper page (and the HTTP proxy). */
  frameHostOrigin: string;
  /** Makes the proxy inject these scripts into every HTML page (for engines without init scripts). */
  injectScripts(scripts: string[]): void;
  /**
   * For an https:// app: starts (once) the intercepting proxy that terminates the browser's TLS and
   * injects the same scripts into https pages; resolves with its address (`http://127.0.0.1:<port>`).
   */
  interceptHttps(): Promise<string>;
}

/** Labels, parameters and a description of a cell's report entry, sent together. */
export interface CellMetadata {
  labels?: Array<[name: string, value: string]>;
  /** `excluded`: shown in the report, left out of the history key. */
  parameters?: Array<[name: string, value: string, options?: { excluded?: boolean }]>;
  description?: string;
  /** The cell's identity across runs (what Allure 3 keys history by, with the non-excluded parameters). */
  testCaseId?: string;
  historyId?: string;
}

/**
 * Allure-style reporting hooks; each runner maps them to its reporter. Metadata goes in batches:
 * under Playwright Test every Allure call is a test attachment sent to the runner process, so one
 * call per label made reporting the costliest part of a cell.
 */
export interface CellReporter {
  step<T>(name: string, body: () => Promise<T>): Promise<T>;
  metadata(m: CellMetadata): Promise<void>;
  attach(name: string, content: Buffer | string, contentType: string): Promise<void>;
}
