// CellReporter on top of allure-js-commons: the same calls land in allure-playwright's results
// (Playwright Test) and in @wdio/allure-reporter's (WebdriverIO), both in reports/allure-results.
import * as allure from 'allure-js-commons';
import type { CellReporter } from '../contract/session.ts';

export const allureRuntimeReporter: CellReporter = {
  step: async (name, body) => allure.step(name, () => body()),
  label: async (name, value) => allure.label(name, value),
  parameter: async (name, value) => allure.parameter(name, value),
  attach: async (name, content, type) => allure.attachment(name, content, type),
  description: async (md) => allure.description(md),
};
