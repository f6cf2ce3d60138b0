package org.switchboard.core.account;

/** How an account sends DTMF digits on a call. */
public enum DtmfMode {
  /** RFC 4733 telephone-events in the media stream when the peer agreed to them, else SIP INFO. */
  AUTO,
  /** RFC 4733 telephone-events in the media stream only. */
  RFC4733,
  /** SIP INFO requests ({@code application/dtmf-relay}) only. */
  SIP_INFO
}
