/**
 * The queue protocol's server side: REST commands and one WebSocket per client (DESIGN §5, ADR 27),
 * on Javalin. Talks to the contact centre only through {@link
 * org.switchboard.queue.service.api.CentreGateway}.
 */
@NullMarked
package org.switchboard.queue.service.api;

import org.jspecify.annotations.NullMarked;
