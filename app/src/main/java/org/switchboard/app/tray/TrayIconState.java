package org.switchboard.app.tray;

/** What the tray icon shows, one coloured circle each. */
public enum TrayIconState {
  /** Ready for calls, no call: green. */
  READY,
  /** Not ready, no call: amber. */
  NOT_READY,
  /** A call is offered, in progress, held or being wrapped up: red. */
  BUSY,
  /** Offline: grey. */
  OFFLINE
}
