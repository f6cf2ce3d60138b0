package org.switchboard.queue.protocol;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a client sends on its WebSocket.
 *
 * <ul>
 *   <li>{@code hello}: first message; {@code source} and {@code resumeFrom} name the stream and the
 *       last sequence the client applied (both null on a first connection)
 *   <li>{@code heartbeat}: every {@link Welcome#heartbeatSeconds()}
 *   <li>{@code snapshot}: asks for a fresh snapshot
 * </ul>
 *
 * @param type hello, heartbeat or snapshot
 * @param source for hello: the stream the client last saw
 * @param resumeFrom for hello: the last sequence the client applied
 */
public record ClientMessage(String type, @Nullable String source, @Nullable Long resumeFrom) {
  /** The first message. */
  public static final String HELLO = "hello";

  /** The client is alive. */
  public static final String HEARTBEAT = "heartbeat";

  /** Send me a snapshot. */
  public static final String SNAPSHOT = "snapshot";

  public ClientMessage {
    Objects.requireNonNull(type, "type");
  }

  /** A hello for a first connection. */
  public static ClientMessage hello() {
    return new ClientMessage(HELLO, null, null);
  }

  /** A hello that resumes {@code source} after {@code sequence}. */
  public static ClientMessage resume(String source, long sequence) {
    return new ClientMessage(HELLO, source, sequence);
  }

  /** A heartbeat. */
  public static ClientMessage heartbeat() {
    return new ClientMessage(HEARTBEAT, null, null);
  }
}
