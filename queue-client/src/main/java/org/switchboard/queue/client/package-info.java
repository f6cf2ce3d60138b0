/** Module queue-client: filled in by its own issue; see docs/architecture.md. */
@NullMarked
package org.switchboard.queue.client;

import org.jspecify.annotations.NullMarked;
