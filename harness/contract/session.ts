// The session contract: what every runner plug-in gives the cell flow (a page on the app, a browser
// in a condition) and what the flow gives back (reporting hooks). The cell flow, the profile
// interpreter and the verdict are written once against these types, whatever drives the browser.
import type { Cell } from './cell.ts';
import type { Condition } from './condition.ts';
import type { RunOptions } from './run-options.ts';

/** Operations on the app under test; with a cross-origin frame placement they act inside that frame. */
export interface AppPage {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  click(selector: string, timeoutMs: number): Promise<void>;
  select(selector: string, value: string, timeoutMs: number): Promise<void>;
  fill(selector: string, value: string, timeoutMs: number): Promise<void>;
  waitFor(selector: string, timeoutMs: number): Promise<void>;
  isVisible(selector: string): Promise<boolean>;
  texts(selector: string): Promise<string[]>;
  attributes(selector: string, attribute: string): Promise<Array<string | null>>;
  /** Evaluates an expression in the app's frame and returns its JSON value. */
  evaluate(expression: string): Promise<unknown>;
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
  /** Called right after the profile's start actions (e.g. to dismiss a real picker). */
  afterStart(): Promise<void>;
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
}

/** Allure-style reporting hooks; each runner maps them to its reporter. */
export interface CellReporter {
  step<T>(name: string, body: () => Promise<T>): Promise<T>;
  label(name: string, value: string): Promise<void>;
  parameter(name: string, value: string): Promise<void>;
  attach(name: string, content: Buffer | string, contentType: string): Promise<void>;
  description(markdown: string): Promise<void>;
}
