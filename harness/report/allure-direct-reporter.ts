// CellReporter that writes Allure results itself (allure-js-commons' ReporterRuntime), for cells run
// in the CLI's own process: no test runner around them, same labels, steps and attachments.
import { ContentType, Status, type StatusDetails } from 'allure-js-commons';
import { FileSystemWriter, ReporterRuntime, getTestResultHistoryId, md5 } from 'allure-js-commons/sdk/reporter';
import type { CellMetadata, CellReporter } from '../contract/session.ts';

export class AllureDirectRun {
  private readonly runtime: ReporterRuntime;
  constructor(resultsDir: string) {
    this.runtime = new ReporterRuntime({ writer: new FileSystemWriter({ resultsDir }) });
  }
  startCell(name: string): AllureDirectCell {
    return new AllureDirectCell(this.runtime, name);
  }
}

export class AllureDirectCell implements CellReporter {
  private readonly uuid: string;
  private readonly stack: string[] = [];
  constructor(
    private readonly runtime: ReporterRuntime,
    name: string,
  ) {
    const fullName = `permission-harness#${name}`;
    this.uuid = runtime.startTest({ name, fullName, testCaseId: md5(fullName), start: Date.now() });
  }
  async step<T>(name: string, body: () => Promise<T>): Promise<T> {
    const id = this.runtime.startStep(this.uuid, this.stack.at(-1) ?? null, { name, start: Date.now() })!;
    this.stack.push(id);
    try {
      const value = await body();
      this.runtime.updateStep(id, (s) => (s.status = Status.PASSED));
      return value;
    } catch (e) {
      this.runtime.updateStep(id, (s) => {
        s.status = Status.BROKEN;
        s.statusDetails = { message: String((e as Error)?.message ?? e) };
      });
      throw e;
    } finally {
      this.runtime.stopStep(id, { stop: Date.now() });
      this.stack.pop();
    }
  }
  async metadata(m: CellMetadata) {
    this.runtime.updateTest(this.uuid, (r) => {
      for (const [name, value] of m.labels ?? []) r.labels.push({ name, value });
      for (const [name, value, o] of m.parameters ?? []) r.parameters.push({ name, value, ...(o?.excluded ? { excluded: true } : {}) });
      if (m.description) r.description = m.description;
      if (m.testCaseId) r.testCaseId = m.testCaseId;
      if (m.historyId) r.historyId = m.historyId;
    });
  }
  async attach(name: string, content: Buffer | string, contentType: string) {
    this.runtime.writeAttachment(this.uuid, this.stack.at(-1) ?? null, name, typeof content === 'string' ? Buffer.from(content) : content, { contentType: contentType as ContentType });
  }
  finish(status: 'passed' | 'failed' | 'broken' | 'skipped', details?: StatusDetails): void {
    this.runtime.updateTest(this.uuid, (r) => {
      r.status = status as Status;
      if (details) r.statusDetails = details;
      // The cell's own historyId (cell-labels.ts) when it was labelled, else allure-js-commons' default.
      r.historyId ||= getTestResultHistoryId(r);
    });
    this.runtime.stopTest(this.uuid, { stop: Date.now() });
    this.runtime.writeTest(this.uuid);
  }
}
