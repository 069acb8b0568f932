#!/usr/bin/env python3
"""Build corpus-blind6 from the hand-written messages in this directory.

The scripts only wrap and encode; every message text lives in phi_sms.py,
phi_email.py, clean_sms.py and clean_email.py.  Output is deterministic:
fixed shuffle seed, fixed dates, fixed MIME boundaries, attachment bytes
derived from the file name.

    python3 _src/build.py          # from the corpus root or anywhere
"""
import base64
import hashlib
import html as htmlmod
import quopri
import random
import re
import shutil
import struct
import sys
import unicodedata
import zlib
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

SRC = Path(__file__).resolve().parent
ROOT = SRC.parent
sys.path.insert(0, str(SRC))

from common import luhn_ok  # noqa: E402
from phi_sms import PHI_SMS  # noqa: E402
from phi_email import PHI_EMAIL  # noqa: E402
from clean_sms import CLEAN_SMS  # noqa: E402
from clean_email import CLEAN_EMAIL  # noqa: E402
from attachments import attachment_bytes  # noqa: E402

SEED = 20250306

# sender domain -> local time zone of the (invented) practice
ZONES = {
    "bellhavenaesthetics.com": "America/Chicago", "cedarridgeps.com": "America/Chicago",
    "marigoldmedspa.com": "America/Chicago", "velamedspa.com": "America/Chicago",
    "sagehormone.com": "America/Chicago", "northshorefp.com": "America/Chicago",
    "westlakemt.com": "America/Chicago",
    "halcyonderm.com": "America/New_York", "lumenskinlaser.com": "America/New_York",
    "brightwaterps.com": "America/New_York", "tidewateraesthetics.com": "America/New_York",
    "oakandivory.com": "America/New_York", "solacebody.com": "America/New_York",
    "verdewellness.com": "America/Phoenix", "juniperlaser.com": "America/Denver",
    "stonebridgederm.com": "America/Los_Angeles", "rosewoodskin.com": "America/Los_Angeles",
    "palomarderm.com": "America/Los_Angeles", "aureliainstitute.com": "America/Los_Angeles",
}


# --------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------
def h(value: str) -> str:
    """Header value: RFC 2047 encode when not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def addr(pair) -> str:
    name, email = pair
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def encode_body(text: str, enc: str) -> str:
    if enc == "7bit":
        text.encode("ascii")  # must be ASCII
        return text
    if enc == "8bit":
        return text
    if enc == "qp":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if enc == "b64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    raise ValueError(enc)


CTE = {"7bit": "7bit", "8bit": "8bit", "qp": "quoted-printable", "b64": "base64"}


def default_enc(text: str) -> str:
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "8bit"


def auto_html(text: str) -> str:
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        lines = [htmlmod.escape(x) for x in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">\n'
            + "\n".join(out) + "\n</body></html>")


def text_part(text, enc, subtype="plain", raw=None):
    charset = "us-ascii" if enc == "7bit" else "utf-8"
    body = raw if raw is not None else encode_body(text, enc)
    if not body.endswith("\n"):
        body += "\n"
    return (f'Content-Type: text/{subtype}; charset="{charset}"\n'
            f"Content-Transfer-Encoding: {CTE[enc]}\n\n{body}")


def b64_lines(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def attachment_part(fname, mime, data, inline_cid=None):
    if mime.startswith("text/"):
        try:
            s = data.decode("ascii")
            cte, body = "7bit", s
        except UnicodeDecodeError:
            cte, body = "base64", b64_lines(data)
        ctype = f'{mime}; charset="utf-8"; name="{fname}"'
        if mime == "text/calendar":
            ctype = f'text/calendar; charset="utf-8"; method=REQUEST; name="{fname}"'
    else:
        cte, body = "base64", b64_lines(data)
        ctype = f'{mime}; name="{fname}"'
    hdr = f"Content-Type: {ctype}\nContent-Transfer-Encoding: {cte}\n"
    if inline_cid:
        hdr += f"Content-ID: <{inline_cid}>\nContent-Disposition: inline; filename=\"{fname}\"\n"
    else:
        hdr += f'Content-Disposition: attachment; filename="{fname}"\n'
    if not body.endswith("\n"):
        body += "\n"
    return hdr + "\n" + body


def multipart(subtype, boundary, parts, preamble=None):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += f"--{boundary}\n{p}"
        if not p.endswith("\n"):
            out += "\n"
    out += f"--{boundary}--\n"
    return out


def build_email(m, name, date, label):
    key = hashlib.sha1(name.encode()).hexdigest()[:12]
    dom = m["frm"][1].split("@")[1]
    hdrs = [
        f"From: {addr(m['frm'])}",
        f"To: {addr(m['to'])}",
    ]
    if m.get("cc"):
        hdrs.append(f"Cc: {addr(m['cc'])}")
    hdrs += [
        f"Subject: {h(m['subj'])}",
        f"Date: {format_datetime(date)}",
        f"Message-ID: <{key}.{date.strftime('%Y%m%d%H%M')}@{dom}>",
    ]
    for k, v in (m.get("headers") or {}).items():
        hdrs.append(f"{k}: {v}")
    hdrs.append("MIME-Version: 1.0")

    def bnd(level):
        return f"----=_b6_{key}_{level}"

    text = m.get("text")
    html = m.get("html")
    if html == "auto":
        html = auto_html(text)
    enc = m.get("enc") or (default_enc(text) if text else "7bit")
    henc = m.get("henc") or (default_enc(html) if html else "7bit")

    # innermost: body
    if m.get("html_only"):
        body = text_part(html, henc, "html")
    else:
        tpart = text_part(text, enc, "plain", raw=m.get("text_raw"))
        if html:
            hpart = text_part(html, henc, "html")
            if m.get("inline_img"):
                fname = m["inline_img"]
                cid = re.search(r'cid:([^"]+)"', html).group(1)
                data = attachment_bytes(fname, "image/jpeg")
                hpart = multipart("related", bnd("rel"),
                                  [hpart, attachment_part(fname, "image/jpeg", data, inline_cid=cid)])
            body = multipart("alternative", bnd("alt"), [tpart, hpart])
        else:
            body = tpart
    atts = m.get("attach") or []
    if atts:
        parts = [body] + [attachment_part(f, mt, attachment_bytes(f, mt)) for f, mt in atts]
        body = multipart("mixed", bnd("mix"), parts,
                         preamble="This is a multi-part message in MIME format.")
    msg = "\n".join(hdrs) + "\n" + body
    msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    for line in msg.split("\r\n"):
        assert len(line.encode("utf-8")) <= 998, (name, line[:60])
    return msg.encode("utf-8")


# --------------------------------------------------------------------------
# self-checks (the corpus author's own, independent of any detector)
# --------------------------------------------------------------------------
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


PATIENTS = [l.strip() for l in (ROOT / "patients.txt").read_text("utf-8").splitlines() if l.strip()]
CARD_RUN = re.compile(r"(?<![\d])\d(?:[ \-]?\d){12,18}(?![\d])")


def all_text(m):
    if isinstance(m, str):
        return m
    parts = [m.get("subj", ""), m.get("text") or "", m.get("html") if isinstance(m.get("html"), str) else "",
             m.get("text_raw") or "", " ".join(m["to"]), " ".join(m["frm"])]
    return "\n".join(parts)


def check_clean(name, m):
    t = all_text(m)
    ft = fold(t).replace("-", " ")
    for p in PATIENTS:
        assert fold(p).replace("-", " ") not in ft, (name, p)
    for run in CARD_RUN.findall(t.replace("&nbsp;", " ")):
        assert not luhn_ok(run), (name, "clean number passes Luhn", run)
    if not isinstance(m, str):
        assert not m.get("attach") and not m.get("inline_img"), (name, "attachment in clean")


def check_phi(name, reason, m):
    if "card number" in reason:
        t = all_text(m).replace("&nbsp;", " ")
        assert any(luhn_ok(r) for r in CARD_RUN.findall(t)), (name, "no Luhn-valid card")


# --------------------------------------------------------------------------
def main():
    for d in ("phi", "clean"):
        if (ROOT / d).exists():
            shutil.rmtree(ROOT / d)
        (ROOT / d).mkdir()

    rng = random.Random(SEED)
    phi = [("txt", r, t) for r, t in PHI_SMS] + [("eml", m["reason"], m) for m in PHI_EMAIL]
    clean = [("txt", n, t) for n, t in CLEAN_SMS] + [("eml", m["note"], m) for m in CLEAN_EMAIL]
    rng.shuffle(phi)
    rng.shuffle(clean)

    base = datetime(2025, 3, 3, 8, 5)
    labels, notes = [], []
    counts = {}
    for label, items in (("phi", phi), ("clean", clean)):
        for i, (kind, reason, m) in enumerate(items):
            name = f"{label}-{i:03d}.{kind}"
            path = ROOT / label / name
            counts[(label, kind)] = counts.get((label, kind), 0) + 1
            if label == "clean":
                check_clean(name, m)
                notes.append(f"{name}\t{reason}")
            else:
                check_phi(name, reason, m)
                labels.append(f"{name}\t{reason}")
            if kind == "txt":
                path.write_bytes((m + "\n").encode("utf-8"))
            else:
                dom = m["frm"][1].split("@")[1]
                tz = ZoneInfo(next((z for d, z in ZONES.items() if dom.endswith(d)), "America/Chicago"))
                if m.get("date"):
                    date = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=tz)
                else:
                    day = (i * 37 + (0 if label == "phi" else 11)) % 120
                    date = (base.replace(tzinfo=tz) + timedelta(
                        days=day, hours=(i * 7) % 10, minutes=(i * 13) % 60, seconds=(i * 17) % 60))
                path.write_bytes(build_email(m, name, date, label))

    (ROOT / "labels.tsv").write_text("\n".join(labels) + "\n", "utf-8")
    (SRC / "clean_notes.tsv").write_text("\n".join(notes) + "\n", "utf-8")
    for k in sorted(counts):
        print(k, counts[k])


if __name__ == "__main__":
    main()
