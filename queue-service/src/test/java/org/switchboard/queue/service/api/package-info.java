/** Protocol tests of the queue service's API, against an in-memory centre. */
@NullMarked
package org.switchboard.queue.service.api;

import org.jspecify.annotations.NullMarked;
