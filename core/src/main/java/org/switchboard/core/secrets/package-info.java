/** Switchboard's domain (secrets): where passwords and tokens are kept (the OS keychain). */
@NullMarked
package org.switchboard.core.secrets;

import org.jspecify.annotations.NullMarked;
