/** Switchboard's domain (media): types and ports only, no technology. */
@NullMarked
package org.switchboard.core.media;

import org.jspecify.annotations.NullMarked;
