/** Switchboard's domain (device): types and ports only, no technology. */
@NullMarked
package org.switchboard.core.device;

import org.jspecify.annotations.NullMarked;
