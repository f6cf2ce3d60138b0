/** Module queue-service: filled in by its own issue; see docs/architecture.md. */
@NullMarked
package org.switchboard.queue.service;

import org.jspecify.annotations.NullMarked;
