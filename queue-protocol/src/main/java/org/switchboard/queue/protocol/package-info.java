/**
 * The queue service's wire protocol, defined once for the service and its clients (ADR 27): the
 * REST request and response bodies, the WebSocket's event envelope and payloads, the messages a
 * client sends on the WebSocket, and the paths, headers and error bodies. Plain records that
 * Jackson reads and writes through {@link org.switchboard.queue.protocol.ProtocolJson}. The
 * documents are {@code docs/queue-protocol.md} (the event catalogue) and {@code
 * docs/queue-api.openapi.yaml}.
 */
@NullMarked
package org.switchboard.queue.protocol;

import org.jspecify.annotations.NullMarked;
