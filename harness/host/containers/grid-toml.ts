// The Selenium Grid 4 configuration files (TOML) of a hub and its nodes. Every address is loopback on
// a port chosen by the caller: the containers share the host's network, so the defaults (4444, 4442,
// 4443, 5555) could collide with anything else on the machine.

/** A TOML basic string. JSON's escapes (\" \\ \n \uXXXX) are all valid TOML escapes. */
export function tomlString(value: string): string {
  return JSON.stringify(value);
}

export interface EventBusPorts {
  publish: number;
  subscribe: number;
}

const LOOPBACK = '127.0.0.1';

/**
 * Nodes start together with the hub and may announce themselves before it listens; they repeat the
 * announcement every REGISTER_CYCLE_SECONDS (the default, 10 s, would be the Grid's start-up time).
 */
const REGISTER_CYCLE_SECONDS = 2;

function serverSection(port: number): string {
  return `[server]\nhost = ${tomlString(LOOPBACK)}\nport = ${port}\n`;
}

function eventsSection(bus: EventBusPorts, bind: boolean): string {
  return (
    `[events]\npublish = ${tomlString(`tcp://${LOOPBACK}:${bus.publish}`)}\n` +
    `subscribe = ${tomlString(`tcp://${LOOPBACK}:${bus.subscribe}`)}\nbind = ${bind}\n`
  );
}

/** The hub binds the event bus; nodes connect to it. */
export function hubToml(hubPort: number, bus: EventBusPorts): string {
  return [serverSection(hubPort), eventsSection(bus, true)].join('\n');
}

export interface DriverNodeSpec {
  displayName: string;
  stereotype: Record<string, unknown>;
  webdriverExecutable: string;
}

/** A node that starts its own driver per session (e.g. chromedriver), with no auto-detection. */
export function driverNodeToml(nodePort: number, bus: EventBusPorts, hubUrl: string, spec: DriverNodeSpec): string {
  return [
    serverSection(nodePort),
    eventsSection(bus, false),
    `[node]\ngrid-url = ${tomlString(hubUrl)}\ndetect-drivers = false\nmax-sessions = 1\nregister-cycle = ${REGISTER_CYCLE_SECONDS}\n`,
    `[[node.driver-configuration]]\ndisplay-name = ${tomlString(spec.displayName)}\n` +
      `stereotype = ${tomlString(JSON.stringify(spec.stereotype))}\n` +
      `webdriver-executable = ${tomlString(spec.webdriverExecutable)}\nmax-sessions = 1\n`,
  ].join('\n');
}

export interface RelayNodeSpec {
  stereotype: Record<string, unknown>;
}

/** A node that forwards sessions to a WebDriver server already running at driverPort (one slot). */
export function relayNodeToml(nodePort: number, bus: EventBusPorts, hubUrl: string, driverPort: number, spec: RelayNodeSpec): string {
  return [
    serverSection(nodePort),
    eventsSection(bus, false),
    `[node]\ngrid-url = ${tomlString(hubUrl)}\ndetect-drivers = false\nmax-sessions = 1\nregister-cycle = ${REGISTER_CYCLE_SECONDS}\n`,
    `[relay]\nurl = ${tomlString(`http://${LOOPBACK}:${driverPort}`)}\nstatus-endpoint = ${tomlString('/status')}\n` +
      `configs = [${tomlString('1')}, ${tomlString(JSON.stringify(spec.stereotype))}]\n`,
  ].join('\n');
}
