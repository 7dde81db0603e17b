// CellReporter on top of allure-js-commons' runtime: the same calls land in allure-playwright's
// results (Playwright Test) and in @wdio/allure-reporter's (WebdriverIO), both in the run's
// allure-results folder. A cell's labels, parameters and description travel as one runtime message.
import * as allure from 'allure-js-commons';
import { getGlobalTestRuntime } from 'allure-js-commons/sdk/runtime';
import type { CellMetadata, CellReporter } from '../contract/session.ts';

interface MessageRuntime {
  sendMessage(message: {
    type: 'metadata';
    data: { labels?: allure.Label[]; parameters?: allure.Parameter[]; description?: string; testCaseId?: string; historyId?: string };
  }): Promise<void>;
}

async function sendMetadata(m: CellMetadata): Promise<void> {
  const labels = (m.labels ?? []).map(([name, value]) => ({ name, value }));
  const parameters = (m.parameters ?? []).map(([name, value, o]) => ({ name, value, ...(o?.excluded ? { excluded: true } : {}) }));
  const ids = { ...(m.testCaseId ? { testCaseId: m.testCaseId } : {}), ...(m.historyId ? { historyId: m.historyId } : {}) };
  const runtime = getGlobalTestRuntime() as unknown as Partial<MessageRuntime>;
  if (typeof runtime.sendMessage === 'function') {
    await runtime.sendMessage({ type: 'metadata', data: { ...(labels.length ? { labels } : {}), ...(parameters.length ? { parameters } : {}), ...(m.description ? { description: m.description } : {}), ...ids } });
    return;
  }
  // A runtime without message batching: the same metadata call by call.
  if (labels.length) await allure.labels(...labels);
  for (const p of parameters) await allure.parameter(p.name, p.value, p.excluded ? { excluded: true } : undefined);
  if (m.description) await allure.description(m.description);
  if (m.testCaseId) await allure.testCaseId(m.testCaseId);
  if (m.historyId) await allure.historyId(m.historyId);
}

export const allureRuntimeReporter: CellReporter = {
  step: async (name, body) => allure.step(name, () => body()),
  metadata: sendMetadata,
  attach: async (name, content, type) => allure.attachment(name, content, type),
};
