/**
 * The durable call-log outbox: one JSON file per undelivered record, written atomically, delivered
 * with jittered backoff that honours Retry-After.
 */
@NullMarked
package org.switchboard.crm.internal.outbox;

import org.jspecify.annotations.NullMarked;
