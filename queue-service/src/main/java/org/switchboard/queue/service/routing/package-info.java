/**
 * Routing: which waiting call goes to which agent. One writer owns all routing state (see DESIGN §5
 * and ADR 26), so reserving an agent is a compare-and-set that cannot race: no agent is ever
 * offered two calls.
 */
@NullMarked
package org.switchboard.queue.service.routing;

import org.jspecify.annotations.NullMarked;
