/**
 * Live per-queue figures for team leads (calls waiting, longest wait, service level, ASA, AHT,
 * abandon rate, agents by presence and state, occupancy), computed from the centre's raw
 * timestamps, and published at most once a second per queue.
 */
@NullMarked
package org.switchboard.queue.service.figures;

import org.jspecify.annotations.NullMarked;
