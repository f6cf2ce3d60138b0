#!/usr/bin/env python3
"""Agents for bench/queue-load.sh: writes the service's configuration, then makes N agents ready.

  queue_agents.py config OUT.yaml --agents N --address IP --sip-port P --rtp MIN-MAX --dir DIR
  queue_agents.py ready --agents N --address IP --sip-port P --http-port H --contact-port C

`config` writes a centre with one queue (sales, longest-idle, no wrap-up, a long offer timeout),
N agents (agent1..agentN, extensions 2001.., SIP password pw-<i>, web password web-<i> hashed
with PBKDF2 at 1000 iterations so signing 300 agents in takes seconds) and one entry point (100)
whose one IVR step times out after 1 s and falls back to the queue; the site prompts in DIR make
the greeting and the step's prompt 20 ms of silence.

`ready` registers every extension at the service's registrar over UDP (digest SHA-256 or MD5, as
challenged) with a Contact at 127.0.0.1:C (the sipp UAS that answers for all of them), then signs
each agent in over HTTP, logs it in to sales and sets it ready. Exit status 1 names the first
agent that failed and why.
"""
import argparse, base64, hashlib, json, os, random, socket, sys, urllib.request, uuid


def pbkdf2(password):
    salt = os.urandom(16)
    dk = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 1000, 32)
    b64 = lambda b: base64.b64encode(b).decode().rstrip("=")
    return f"pbkdf2-sha256$1000${b64(salt)}${b64(dk)}"


def write_config(a):
    lo, hi = a.rtp.split("-")
    out = [
        "service:",
        f"  sip: {{address: {a.address}, port: {a.sip_port}}}",
        f"  http: {{address: {a.address}, port: {a.http_port}}}",
        f"  store: {{file: {a.dir}/store}}",
        f"  recordings: {a.dir}/recordings",
        f"  prompts: {a.dir}/prompts",
        f"  media: {{rtpPortMin: {lo}, rtpPortMax: {hi}}}",
        "centre:",
        "  missedOffersBeforeNotReady: 3",
        "queues:",
        "  sales:",
        "    name: Sales",
        "    strategy: longest-idle",
        "    offerTimeout: 60s",
        "    wrapUp: {mode: optional, autoReady: true}",
        "agents:",
    ]
    for i in range(1, a.agents + 1):
        out += [
            f"  agent{i}:",
            f"    name: Agent {i}",
            f'    extension: "{2000 + i}"',
            f'    passwordHash: "{pbkdf2(f"web-{i}")}"',
            f'    sipPassword: "pw-{i}"',
            "    memberships: [{queue: sales, penalty: 0, order: 1}]",
        ]
    out += [
        "entryPoints:",
        "  main:",
        '    numbers: ["100"]',
        "    languages: [en]",
        "    greeting: welcome",
        "    firstStep: direct",
        "    steps:",
        "      direct:",
        "        prompt: language-menu",
        "        choices: {\"1\": {queue: sales}}",
        "        timeout: 1s",
        "        maxTries: 1",
        "        fallback: {queue: sales}",
    ]
    with open(a.out, "w") as f:
        f.write("\n".join(out) + "\n")


def params(header):
    body = header.split(" ", 1)[1]
    result = {}
    for part in body.split(","):
        if "=" in part:
            k, v = part.strip().split("=", 1)
            result[k.strip().lower()] = v.strip().strip('"')
    return result


def register(sock, a, ext, password):
    call_id = uuid.uuid4().hex
    target = (a.address, a.sip_port)
    uri = f"sip:{a.address}:{a.sip_port}"
    auth = ""
    for cseq in (1, 2, 3):
        branch = "z9hG4bK" + uuid.uuid4().hex[:16]
        msg = (
            f"REGISTER {uri} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP 127.0.0.1:{a.reg_port};branch={branch};rport\r\n"
            f"From: <sip:{ext}@{a.address}:{a.sip_port}>;tag={uuid.uuid4().hex[:8]}\r\n"
            f"To: <sip:{ext}@{a.address}:{a.sip_port}>\r\n"
            f"Call-ID: {call_id}\r\nCSeq: {cseq} REGISTER\r\nMax-Forwards: 70\r\n"
            f"Contact: <sip:{ext}@127.0.0.1:{a.contact_port}>\r\nExpires: 3600\r\n"
            f"{auth}Content-Length: 0\r\n\r\n"
        )
        sock.sendto(msg.encode(), target)
        while True:
            reply = sock.recv(65535).decode(errors="replace")
            lines = reply.split("\r\n")
            if f"CSeq: {cseq} REGISTER" in reply and call_id in reply and not lines[0].startswith("SIP/2.0 1"):
                break
        status = int(lines[0].split()[1])
        if status == 200:
            return
        if status != 401:
            raise RuntimeError(f"extension {ext}: REGISTER answered {lines[0]}")
        challenges = [params(l.split(":", 1)[1].strip()) for l in lines if l.lower().startswith("www-authenticate:")]
        ch = next((c for c in challenges if c.get("algorithm", "MD5").upper() == "SHA-256"), challenges[0])
        algo = ch.get("algorithm", "MD5")
        h = (lambda s: hashlib.sha256(s.encode()).hexdigest()) if algo.upper() == "SHA-256" else (lambda s: hashlib.md5(s.encode()).hexdigest())
        nc, cnonce = "00000001", uuid.uuid4().hex[:16]
        ha1 = h(f"{ext}:{ch['realm']}:{password}")
        ha2 = h(f"REGISTER:{uri}")
        resp = h(f"{ha1}:{ch['nonce']}:{nc}:{cnonce}:auth:{ha2}")
        auth = (
            f'Authorization: Digest username="{ext}", realm="{ch["realm"]}", nonce="{ch["nonce"]}", '
            f'uri="{uri}", response="{resp}", algorithm={algo}, qop=auth, nc={nc}, cnonce="{cnonce}"\r\n'
        )
    raise RuntimeError(f"extension {ext}: still challenged after answering")


def http(a, method, path, body, token=None):
    req = urllib.request.Request(
        f"http://{a.address}:{a.http_port}{path}",
        data=json.dumps(body).encode() if body is not None else b"",
        method=method,
        headers={"Content-Type": "application/json", "Idempotency-Key": str(uuid.uuid4())},
    )
    if token:
        req.add_header("Authorization", "Bearer " + token)
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read() or b"null")


def make_ready(a):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", a.reg_port))
    sock.settimeout(5)
    for i in range(1, a.agents + 1):
        ext, agent = str(2000 + i), f"agent{i}"
        try:
            register(sock, a, ext, f"pw-{i}")
            token = http(a, "POST", "/api/v1/sessions", {"user": agent, "password": f"web-{i}"})["token"]
            http(a, "POST", f"/api/v1/agents/{agent}/login", {"queues": ["sales"]}, token)
            http(a, "PUT", f"/api/v1/agents/{agent}/presence",
                 {"presence": {"presence": "ready", "reason": None}, "expectedVersion": None}, token)
        except Exception as e:  # one line naming the agent is what the script's user needs
            detail = e.read().decode(errors="replace") if hasattr(e, "read") else ""
            sys.exit(f"agent {agent} ({ext}) could not be made ready: {e} {detail}")
    print(f"{a.agents} agents registered and ready")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("command", choices=["config", "ready"])
    p.add_argument("out", nargs="?")
    p.add_argument("--agents", type=int, required=True)
    p.add_argument("--address", default="127.0.0.1")
    p.add_argument("--sip-port", type=int, required=True)
    p.add_argument("--http-port", type=int, default=0)
    p.add_argument("--rtp", default="40000-45999")
    p.add_argument("--dir")
    p.add_argument("--contact-port", type=int, default=0)
    p.add_argument("--reg-port", type=int, default=0)
    a = p.parse_args()
    write_config(a) if a.command == "config" else make_ready(a)


if __name__ == "__main__":
    main()
