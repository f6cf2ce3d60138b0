@NullMarked
package org.switchboard.queue.service.persistence;

import org.jspecify.annotations.NullMarked;
