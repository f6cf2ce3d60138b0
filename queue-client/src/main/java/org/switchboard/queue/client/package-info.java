/**
 * The desktop side of the queue protocol (DESIGN §5, ADR 27): {@link
 * org.switchboard.queue.client.QueueClient} for REST commands, {@link
 * org.switchboard.queue.client.EventConnection} for the event WebSocket with resume, resync and
 * reconnect, {@link org.switchboard.queue.client.QueueState} for what the client knows, and {@link
 * org.switchboard.queue.client.QueueAgentSession}, core's {@code AgentSession} over them.
 *
 * <p>Threads: OkHttp's WebSocket reader only decodes and hands on; {@code queue-events} (one per
 * connection) keeps the connection's state and calls its listeners in order; {@code agent-events}
 * (one per agent session) calls {@code AgentListener}s and completes the session's futures; {@code
 * queue-commands} (one per agent session) runs its blocking REST calls.
 */
@NullMarked
package org.switchboard.queue.client;

import org.jspecify.annotations.NullMarked;
