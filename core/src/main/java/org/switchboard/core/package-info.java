/** Switchboard's domain: types and ports only, no technology. */
@NullMarked
package org.switchboard.core;

import org.jspecify.annotations.NullMarked;
