package org.switchboard.queue.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event on a client's WebSocket, in a CloudEvents-style envelope (DESIGN §5).
 *
 * <p>{@code sequence} counts the service's event stream (one stream per service run, named by
 * {@code source}); it has no gaps, so a client that sees a gap, or reconnects, asks to resume from
 * its last sequence and is sent either the missed events or a fresh snapshot. A client sees only
 * the events its role may see, so its own sequences may skip numbers only where it was not
 * concerned; resuming uses the service's numbers.
 *
 * @param specVersion always {@code "1.0"}
 * @param id unique per event
 * @param source the stream: the service's run id, e.g. {@code /queue-service/<run>}; a new source
 *     after reconnecting means the service restarted and the client must resync
 * @param type one of {@link EventTypes}
 * @param time when it happened
 * @param sequence the stream position; {@code 0} for connection-level messages (welcome, heartbeat)
 * @param subject the agent, interaction, offer or queue id it is about, or null
 * @param data the payload, as {@link EventTypes} describes for {@code type}
 */
public record Event(
    @JsonProperty("specversion") String specVersion,
    String id,
    String source,
    String type,
    Instant time,
    long sequence,
    @Nullable String subject,
    JsonNode data) {
  /** The envelope version. */
  public static final String SPEC_VERSION = "1.0";

  public Event {
    Objects.requireNonNull(specVersion, "specVersion");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(data, "data");
  }

  /** The payload as {@code type}. */
  public <T> T dataAs(Class<T> payload) {
    ObjectMapper mapper = ProtocolJson.mapper();
    try {
      return mapper.treeToValue(data, payload);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(
          "event " + type + " #" + sequence + " does not carry a " + payload.getSimpleName(), e);
    }
  }
}
