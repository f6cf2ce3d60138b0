"""Summarises bench/quality.sh's levels: the agent's quality events and the relay's counts.

usage: quality_report.py WORK JSON METHOD CODEC DELAY_MS JITTER_MS SECONDS LOSS...
Prints a table and writes JSON; a level without quality events has null figures.
"""

import json
import os
import sys


def level(work, loss):
    d = os.path.join(work, f"level-{loss}")
    events = []
    if os.path.exists(os.path.join(d, "agent.out")):
        for line in open(os.path.join(d, "agent.out")):
            try:
                e = json.loads(line)
            except ValueError:
                continue
            if e.get("event") == "quality":
                events.append(e)
    relay = None
    if os.path.exists(os.path.join(d, "relay.json")):
        relay = json.load(open(os.path.join(d, "relay.json")))
    row = {"loss_percent": float(loss), "quality_events": len(events),
           "mos_mean": None, "mos_last": None, "agent_loss_percent": None,
           "agent_jitter_ms": None, "agent_rtt_ms": None, "relay": relay}
    if events:
        row["mos_mean"] = round(sum(e["mos"] for e in events) / len(events), 2)
        last = events[-1]
        row.update(mos_last=last["mos"], agent_loss_percent=last["loss_percent"],
                   agent_jitter_ms=last["jitter_ms"], agent_rtt_ms=last["rtt_ms"])
    return row


def relay_loss(relay, direction):
    if not relay:
        return "-"
    rtp = relay[direction]["rtp"]
    return f"{100 * rtp['lost'] / rtp['received']:.1f}" if rtp["received"] else "-"


def main():
    work, out, method, codec, delay, jitter, seconds = sys.argv[1:8]
    wanted = sys.argv[8:]
    levels = [level(work, loss) for loss in wanted
              if os.path.isdir(os.path.join(work, f"level-{loss}"))]
    complete = len(levels) == len(wanted) and all(r["quality_events"] for r in levels)
    report = {"benchmark": "quality", "method": method, "codec": codec,
              "delay_ms": float(delay), "jitter_ms": float(jitter),
              "seconds_per_level": float(seconds), "complete": complete, "levels": levels}
    if not complete:
        report["note"] = "the agent reported no quality events: its engine does not measure them"
    with open(out, "w") as f:
        json.dump(report, f)
        f.write("\n")
    how = ("netem in a network namespace" if method == "netem"
           else "user-space relay (seeded loss, uniform jitter)")
    print(f"impairment: {how}; codec {codec}; delay {delay} ms +- {jitter} ms")
    print(f"{'loss %':>7}{'MOS mean':>10}{'MOS last':>10}{'agent loss %':>14}"
          f"{'jitter ms':>11}{'rtt ms':>8}{'events':>8}{'relay a>b %':>13}{'b>a %':>7}")
    dash = lambda v: "-" if v is None else v
    for r in levels:
        print(f"{r['loss_percent']:>7g}{dash(r['mos_mean']):>10}{dash(r['mos_last']):>10}"
              f"{dash(r['agent_loss_percent']):>14}{dash(r['agent_jitter_ms']):>11}"
              f"{dash(r['agent_rtt_ms']):>8}{r['quality_events']:>8}"
              f"{relay_loss(r['relay'], 'a_to_b'):>13}{relay_loss(r['relay'], 'b_to_a'):>7}")


main()
