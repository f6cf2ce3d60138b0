@NullMarked
package org.switchboard.queue.service.calls;

import org.jspecify.annotations.NullMarked;
