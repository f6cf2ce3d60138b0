/** Switchboard's domain (account): types and ports only, no technology. */
@NullMarked
package org.switchboard.core.account;

import org.jspecify.annotations.NullMarked;
