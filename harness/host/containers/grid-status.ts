// Reads a Selenium Grid 4 hub's GET /status answer: ready only when the hub says so and every node
// the caller started has registered and is UP (a hub is "ready" with fewer nodes than asked for).

export interface GridReadiness {
  ready: boolean;
  /** What the hub said, for the log and for a timeout's message. */
  detail: string;
}

interface StatusNode {
  uri?: unknown;
  availability?: unknown;
}

export function gridReadiness(status: unknown, expectedNodes: number): GridReadiness {
  const value = (status as { value?: { ready?: unknown; message?: unknown; nodes?: unknown } } | null)?.value;
  if (!value || typeof value !== 'object') return { ready: false, detail: 'the hub answered without a "value" object' };
  const nodes = Array.isArray(value.nodes) ? (value.nodes as StatusNode[]) : [];
  const up = nodes.filter((n) => n?.availability === 'UP').length;
  const message = typeof value.message === 'string' ? value.message : '';
  const detail = `hub ready=${value.ready === true}, ${up}/${expectedNodes} nodes UP${nodes.length > up ? ` (${nodes.length - up} not UP)` : ''}${message ? `: ${message}` : ''}`;
  return { ready: value.ready === true && up >= expectedNodes, detail };
}
