/**
 * The queue service's store: interactions with their raw timestamps and transfer legs, offers,
 * agents' saved states, callback requests, idempotency keys and service runs, in PostgreSQL in
 * production or an embedded H2 file by default, with the schema kept by Flyway migrations ({@code
 * db/migration}, one set of SQL both accept).
 *
 * <p>Plain JDBC, one small repository per table group. The store holds no routing logic: the
 * service's single writer decides and then records. Every method blocks on the database and may be
 * called from any thread (each call takes its own pooled connection); failures are {@link
 * org.switchboard.queue.service.store.StoreException}s naming what was being done.
 */
@NullMarked
package org.switchboard.queue.service.store;

import org.jspecify.annotations.NullMarked;
