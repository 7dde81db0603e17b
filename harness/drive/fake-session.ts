// A test double of the session contract: an AppPage whose "app" is a few lines of script, so the
// cell flow, the planner and the plug-in registries can be tested without a browser. Used only by tests.
import type { AppPage, CellReporter, CellSession, OutcomeQuery, OutcomeRead } from '../contract/session.ts';
import type { ProbeLog } from '../probe/probe-log.ts';

export interface FakeApp {
  /** What the probe has recorded once Start was clicked (null: no probe in the page). */
  probeAfterStart: ProbeLog | null;
  /** Selector → visible element texts, once Start was clicked. */
  shownAfterStart: Record<string, string[]>;
  /** Selector → attribute values, once Start was clicked. */
  attributesAfterStart?: Record<string, Array<string | null>>;
  /** Selectors whose click throws (a missing or disabled control). */
  failingClicks?: Record<string, string>;
  /** Selector → what the page says about it after an action on it failed (element-state.page.js). */
  elementStates?: Record<string, string>;
}

export class FakeAppPage implements AppPage {
  readonly visited: string[] = [];
  readonly actions: string[] = [];
  private started = false;
  constructor(private readonly app: FakeApp) {}

  async goto(url: string) {
    this.visited.push(url);
  }
  async reload() {
    this.actions.push('reload');
  }
  async click(selector: string) {
    const failure = this.app.failingClicks?.[selector];
    if (failure) throw new Error(failure);
    this.actions.push(`click ${selector}`);
    this.started = true;
  }
  async check(selector: string) {
    const failure = this.app.failingClicks?.[selector];
    if (failure) throw new Error(failure);
    this.actions.push(`check ${selector}`);
  }
  async select(selector: string, value: string) {
    this.actions.push(`select ${selector}=${value}`);
  }
  async fill(selector: string, value: string) {
    this.actions.push(`fill ${selector}=${value}`);
  }
  async waitFor() {}
  async isVisible(selector: string) {
    return this.started && (this.app.shownAfterStart[selector]?.length ?? 0) > 0;
  }
  async texts(selector: string) {
    return this.started ? (this.app.shownAfterStart[selector] ?? []) : [];
  }
  async attributes(selector: string) {
    return this.started ? (this.app.attributesAfterStart?.[selector] ?? []) : [];
  }
  async evaluate(expression: string) {
    if (expression.includes('__permissionHarnessProbe')) return this.started ? this.app.probeAfterStart : null;
    if (expression.includes('permissionHarnessElementState')) {
      const selector = Object.keys(this.app.elementStates ?? {}).find((s) => expression.includes(JSON.stringify(s).slice(1, -1)));
      return selector ? this.app.elementStates![selector] : null;
    }
    this.actions.push(`evaluate ${expression}`);
    return null;
  }
  async readOutcome(q: OutcomeQuery): Promise<OutcomeRead> {
    const errorVisible = await this.isVisible(q.error);
    return {
      successVisible: await this.isVisible(q.success),
      errorVisible,
      errorTexts: errorVisible ? await this.texts(q.error) : [],
      stepTexts: await this.texts(q.steps),
      stepIds: q.stepIdAttribute ? await this.attributes(q.steps) : [],
    };
  }
  async screenshot() {
    return Buffer.from('fake-png');
  }
  consoleLines() {
    return ['[log] fake app'];
  }
}

export function fakeSession(app: FakeApp, browserVersion = 'FakeBrowser 1.0'): CellSession & { page: FakeAppPage; closed: () => boolean } {
  const page = new FakeAppPage(app);
  let closed = false;
  return {
    page,
    browserVersion,
    afterStart: async () => {},
    close: async () => {
      closed = true;
    },
    closed: () => closed,
  };
}

/** A reporter that runs each step and records nothing. */
export const silentReporter: CellReporter = {
  step: (_name, body) => body(),
  metadata: async () => {},
  attach: async () => {},
};

/** A probe log with one capture call that ended as given. */
export function probeWith(api: 'getUserMedia' | 'getDisplayMedia', outcome: { error?: { name: string; message: string }; pending?: boolean }): ProbeLog {
  return {
    url: 'http://localhost/app',
    secureContext: true,
    mediaDevices: true,
    getDisplayMedia: true,
    inFrame: false,
    calls: [
      {
        api,
        constraints: { audio: true },
        at: 1,
        outcome: outcome.pending ? 'pending' : outcome.error ? 'error' : 'ok',
        ...(outcome.error ? { error: outcome.error } : {}),
      },
    ],
  };
}
