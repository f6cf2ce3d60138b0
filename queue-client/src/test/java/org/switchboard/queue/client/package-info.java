/** Unit tests of the queue client's pure parts. */
@NullMarked
package org.switchboard.queue.client;

import org.jspecify.annotations.NullMarked;
