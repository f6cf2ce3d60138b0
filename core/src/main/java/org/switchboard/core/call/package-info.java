/** Switchboard's domain (call): types and ports only, no technology. */
@NullMarked
package org.switchboard.core.call;

import org.jspecify.annotations.NullMarked;
