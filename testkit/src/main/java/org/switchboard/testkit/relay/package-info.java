/**
 * A user-space stand-in for netem: a UDP relay that sits on a call's path (SIP spliced, SDP
 * rewritten so that both ends send their RTP and RTCP to it) and drops and delays media packets
 * with a seeded probability and jitter. Used by the call-quality benchmark (bench/quality.sh) on
 * machines whose kernel has no netem qdisc, and usable by lab tests that need a lossy path.
 */
@NullMarked
package org.switchboard.testkit.relay;

import org.jspecify.annotations.NullMarked;
