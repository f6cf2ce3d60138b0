@NullMarked
package org.switchboard.queue.service.store;

import org.jspecify.annotations.NullMarked;
