/**
 * The contact centre in the store: {@link org.switchboard.queue.service.persistence.StoreWriter}
 * turns the centre's events into store writes on its own thread, {@link
 * org.switchboard.queue.service.persistence.Heartbeat} keeps the service run alive and marks a
 * clean stop, {@link org.switchboard.queue.service.persistence.Restorer} brings agents back after a
 * restart, and {@link org.switchboard.queue.service.persistence.JdbcIdempotencyKeys} keeps the
 * API's idempotency keys in the database.
 *
 * <p>The centre never waits for the database: it only hands events to the writer's queue.
 */
@NullMarked
package org.switchboard.queue.service.persistence;

import org.jspecify.annotations.NullMarked;
