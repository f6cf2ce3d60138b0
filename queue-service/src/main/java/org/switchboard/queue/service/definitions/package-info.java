/**
 * What a contact centre is made of, as its configuration defines it: queues, agents, reason codes,
 * dispositions and entry points with their IVR. Immutable values, checked when built; the
 * configuration loader reads them from a file and every other part of the service reads them.
 */
@NullMarked
package org.switchboard.queue.service.definitions;

import org.jspecify.annotations.NullMarked;
