// What an engine does to put a browser into a cell's state, as data: the schema every engine's
// condition table fills in (the contract between the engine plug-ins and the cell flow). `fidelity` is the honesty label shown in `list`, the report and the summary.
import { z } from 'zod';
import { Action, State } from '../../scenarios/axes.ts';

/** The hostname every engine maps to 127.0.0.1 for insecure-context cells (not localhost: not a secure context). */
export const INSECURE_HOSTNAME = 'permission-harness.test';

export const Fidelity = z.enum(['native', 'emulated', 'unavailable']);
export type Fidelity = z.infer<typeof Fidelity>;

/** What the page must receive from the capture call in this state (engine knowledge, never the app's text). */
export const ExpectedObservation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('success') }),
  z.object({
    kind: z.literal('exception'),
    name: z.string(),
    message: z.string(),
    constraint: z.string().optional(),
    /** Where the message text comes from (browser source file or measurement). */
    source: z.string(),
    /**
     * Whether the browser asked the user before this answer: `shown` (the call waited on a real
     * prompt or picker until the harness closed it), `not-shown` (refused at once, nothing to close).
     * Judged from the harness's own answers recorded in the probe log; a browser that behaved
     * otherwise did not reach the state (broken), whatever the app did.
     */
    prompt: z.enum(['shown', 'not-shown']).optional(),
    /**
     * Other exceptions the engine really gives in this state for some requests, each accepted only
     * when the page's recorded request matches `when` (e.g. the screen's audio was asked for too).
     */
    alsoAccepted: z
      .array(
        z.object({
          name: z.string(),
          message: z.string(),
          when: z.object({ audio: z.boolean().optional(), video: z.boolean().optional() }).strict(),
          why: z.string(),
        }),
      )
      .optional(),
  }),
  z.object({ kind: z.literal('api-missing'), source: z.string() }),
  /**
   * A browser the app does not support here: the page must make no capture call at all, either
   * because the API is absent (it looked and found none) or because the app recognised the browser
   * and did not ask. Nothing is thrown, so there is no exception to compare or quote.
   */
  z.object({ kind: z.literal('no-capture-call'), source: z.string() }),
]);
export type ExpectedObservation = z.infer<typeof ExpectedObservation>;

export const PermissionSetting = z.enum(['granted', 'denied', 'prompt']); // names-check: W3C permission settings (CDP values), not matrix states
export const CapturePermission = z.enum(['microphone', 'camera', 'display-capture']);

/** Page-level arrangements every engine supports the same way (the harness serves them). */
export const Placement = z
  .object({
    /** Load the app from a non-secure hostname mapped to the loopback address. */
    insecureOrigin: z.boolean().optional(),
    /** Load the app in a cross-origin iframe without `allow="microphone; camera; display-capture"`. */
    crossOriginFrame: z.boolean().optional(),
    /** Run the profile's `staleDevice` actions so the app asks for a device id that no longer exists. */
    staleDevice: z.boolean().optional(),
    /**
     * Give the cell a site of its own, not only an origin: for a browser that keys the state a cell
     * leaves by site (Firefox blocks a site for a while after its prompt was closed). Costs the warm
     * page its renderer, so only such cells ask for it.
     */
    ownSite: z.boolean().optional(),
  })
  .strict();
export type Placement = z.infer<typeof Placement>;

/**
 * What a mid-session change must do to the recording (`app: 'notice'` actions): every live track of the
 * last capture ends as the browser ends it, with an `ended` event and `readyState` "ended" (the probe
 * records both). A change that leaves a track live did not reach the state (precondition failed).
 */
export const TracksEnded = z.object({
  kind: z.literal('tracks-ended'),
  /** What ends them, and where that is known from (a measurement, a browser source file). */
  source: z.string(),
});

/**
 * The page-boundary emulation of a mid-session change, for engines with no run-time mechanism: each
 * live track is stopped and then gets the `ended` event the browser would fire (`track.stop()` alone
 * fires none); an unplug also removes the devices from enumerateDevices, fires `devicechange` and makes
 * later capture calls reject with the engine's own no-device exception.
 */
export const EndTracks = z.object({
  devicesGone: z.boolean(),
  /** With devicesGone: what a capture call gets afterwards (the engine's no-device exception). */
  laterRejection: z.object({ name: z.string(), message: z.string() }).optional(),
});
export type EndTracks = z.infer<typeof EndTracks>;

/**
 * The second phase of a recovery cell: the browser-side equivalent of the user's action, applied by
 * the engine's driver (a permission change) or at the page boundary (an emulated rejection lifted),
 * after which the profile's own actions (reload, or retry) must make the app reach `to`.
 */
export const Recovery = z.object({
  action: Action,
  to: State,
  fidelity: z.enum(['native', 'emulated']),
  /** How the step is applied, e.g. `cdp Browser.setPermission granted`. */
  mechanism: z.string(),
  why: z.string().optional(),
  /** Native: the browser's permission settings for the app's origin after the user's action (the engine's driver applies them). */
  permissions: z.partialRecord(CapturePermission, PermissionSetting).optional(),
  /** Emulated: the page-boundary rejection of the first phase stops (the cell flow lifts it in the page). */
  liftRejection: z.boolean().optional(),
  /**
   * How the engine's driver answers the real prompt or picker shown again after the user's retry,
   * when not as in the first phase: `pick-screen` chooses the entire screen in the screen picker and
   * shares it (the user's pick), where the first phase closed it.
   */
  promptAnswer: z.enum(['pick-screen']).optional(),
  /** Emulated mid-session change: the live tracks are ended in the page (the cell flow runs it). */
  endTracks: EndTracks.optional(),
  /**
   * The first phase as this sequence needs it, when it differs from the plain state's (a real prompt
   * under Xvfb, to be closed again in the second phase, instead of the override that answers at once).
   */
  firstPhase: z
    .object({
      mechanism: z.string(),
      launch: z.record(z.string(), z.unknown()),
      permissions: z.partialRecord(CapturePermission, PermissionSetting).optional(),
      /** Set when this sequence's first phase is emulated where the plain state's is native (no run-time mechanism could undo the native one). */
      fidelity: z.literal('emulated').optional(),
      why: z.string().optional(),
      emulatedRejection: z.object({ api: z.enum(['getUserMedia', 'getDisplayMedia']), name: z.string(), message: z.string() }).optional(),
      expected: ExpectedObservation,
    })
    .optional(),
  /** The runners whose driver for this engine applies the step; any other is planned unavailable. */
  runners: z.array(z.string()).nonempty(),
  /** What the page must receive from the capture call after the action; for a mid-session change, what must happen to the live tracks. */
  expected: z.union([ExpectedObservation, TracksEnded]),
});
export type Recovery = z.infer<typeof Recovery>;

export const Condition = z.object({
  state: State,
  fidelity: Fidelity,
  /** How the state is produced, e.g. `cdp Browser.setPermission denied`. */
  mechanism: z.string(),
  /** For emulated and unavailable: why no native mechanism is used. */
  why: z.string().optional(),
  /** Engine-specific launch knobs (args, prefs, capabilities); equal launch = shareable browser. */
  launch: z.record(z.string(), z.unknown()).default({}),
  permissions: z.partialRecord(CapturePermission, PermissionSetting).optional(),
  placement: Placement.default({}),
  /** For emulated cells: the rejection injected at the getUserMedia/getDisplayMedia boundary. */
  emulatedRejection: z
    .object({ api: z.enum(['getUserMedia', 'getDisplayMedia']), name: z.string(), message: z.string() })
    .optional(),
  /**
   * A capture API the real browser lacks (phones have no getDisplayMedia): removed from the page
   * before any script, including the probe, so the page finds none. Always labelled emulated unless
   * the engine build itself lacks it.
   */
  absentApi: z.enum(['getUserMedia', 'getDisplayMedia']).optional(),
  expected: ExpectedObservation,
  /** Set on a recovery cell: its second phase. `fidelity` and `mechanism` above then cover both phases. */
  recovery: Recovery.optional(),
});
export type Condition = z.infer<typeof Condition>;
