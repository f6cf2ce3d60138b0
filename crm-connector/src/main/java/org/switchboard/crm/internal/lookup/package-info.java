/**
 * Screen pop: per-call lookups on worker threads with a timeout, retries, a per-call cache and
 * ordered delivery of cards on one events thread.
 */
@NullMarked
package org.switchboard.crm.internal.lookup;

import org.jspecify.annotations.NullMarked;
