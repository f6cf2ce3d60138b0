package org.switchboard.core.call;

/** Why a call ended. */
public enum EndReason {
  /** This side hung up an established call. */
  LOCAL_HANGUP,
  /** The peer hung up an established call. */
  REMOTE_HANGUP,
  /** This side cancelled an outbound call before it was answered. */
  CANCELLED,
  /** The caller gave up before this side answered an inbound call. */
  CALLER_CANCELLED,
  /** This side rejected an inbound call. */
  REJECTED,
  /** The callee was busy (486/600). */
  BUSY,
  /** The callee declined (603). */
  DECLINED,
  /** The callee does not exist or is not reachable (404/480). */
  UNAVAILABLE,
  /** No final answer in time. */
  TIMEOUT,
  /** Any other failure; the event carries the status and detail. */
  FAILED
}
