package org.switchboard.core.media;

/** The SDP direction attribute of a media stream, seen from the side that states it. */
public enum MediaDirection {
  SENDRECV,
  SENDONLY,
  RECVONLY,
  INACTIVE;

  /** Whether the side stating this direction sends media. */
  public boolean sends() {
    return this == SENDRECV || this == SENDONLY;
  }

  /** Whether the side stating this direction receives media. */
  public boolean receives() {
    return this == SENDRECV || this == RECVONLY;
  }

  /** The direction the other side states in answer: sendonly becomes recvonly and vice versa. */
  public MediaDirection reverse() {
    return switch (this) {
      case SENDONLY -> RECVONLY;
      case RECVONLY -> SENDONLY;
      default -> this;
    };
  }
}
