/**
 * Timers for the service's state machines (offer expiry, wrap-up, IVR timeouts, announcements).
 * Each owner runs its timers on its own thread, so a timer's task never races the owner's state;
 * tests drive them with {@code ManualTimers} instead of waiting for real time.
 */
@NullMarked
package org.switchboard.queue.service.timing;

import org.jspecify.annotations.NullMarked;
