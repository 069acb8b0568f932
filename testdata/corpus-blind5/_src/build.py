#!/usr/bin/env python3
"""Regenerate corpus-blind5 from the hand-written texts in this folder.

    python3 _src/build.py        (from anywhere)

Deterministic: same inputs -> byte-identical output. It deletes and rewrites
phi/, clean/, labels.tsv and patients.txt, then refreshes the counts table
inside README.md (between the COUNTS markers).
"""
import datetime
import email.utils
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import hashlib  # noqa: E402
import html as htmlmod  # noqa: E402

from common import build_email, html_doc  # noqa: E402
from sms_phi import SMS_PHI  # noqa: E402
from sms_clean import SMS_CLEAN  # noqa: E402
from email_phi import EMAIL_PHI  # noqa: E402
from email_clean import EMAIL_CLEAN  # noqa: E402

PATIENTS = [
    "Marisol Quintero-Vega", "Oluwaseun Adebayo", "Priya Raghunathan", "Thanh Huong Nguyen",
    "Declan O'Sullivan", "Katarzyna Wiśniewska", "Mei-Ling Chao", "Javier Ortega Ruiz",
    "Aaliyah Whitfield", "Siobhan McAllister", "Hiroshi Tanabe", "Fatima Al-Sayed",
    "Gabriel Duarte Costa", "Ingrid Halvorsen", "Rashida Bello", "Dmitri Volkov",
    "Leilani Kahananui", "Esther Goldfarb", "Tomasz Zielinski", "Ana Lucía Paredes",
    "Kwame Asante", "Yasmin Haddad", "Bridget Kowalczyk", "Arjun Mehta",
    "Camille Beaulieu", "Nnamdi Okafor", "Soo-ah Park", "Valentina Rossi",
    "Tariq Jamal", "Harper Lindqvist",
]

OFFSETS = [-8, -7, -6, -5, -4, -10, 0, 1]


def rfc_date(rng):
    day = datetime.date(2025, 1, 2) + datetime.timedelta(days=rng.randrange(0, 330))
    tz = datetime.timezone(datetime.timedelta(hours=rng.choice(OFFSETS)))
    dt = datetime.datetime(day.year, day.month, day.day, rng.randrange(7, 21),
                           rng.randrange(0, 60), rng.randrange(0, 60), tzinfo=tz)
    return email.utils.format_datetime(dt)


def auto_wrap(m):
    """Vary the MIME shape of messages whose author left it open.

    Uses a stable hash of the hand-written reason, so output is reproducible:
    about 3 in 10 plain emails get an HTML alternative generated from the same
    text, and the transfer encoding is spread over 8bit / quoted-printable /
    base64. No words are added or removed.
    """
    h = int(hashlib.sha1(m["r"].encode("utf-8")).hexdigest(), 16)
    if "html" not in m and h % 10 < 3:
        paras = [p for p in m["body"].split("\n\n") if p.strip()]
        inner = "\n".join("<p>%s</p>" % htmlmod.escape(p).replace("\n", "<br>\n") for p in paras)
        brand = htmlmod.escape(m["frm"][0] or m["frm"][1])
        m["html"] = html_doc(brand, inner, color=["#3d5a80", "#5b7553", "#6d597a", "#1b7f8c"][h % 4])
    if "cte" not in m:
        m["cte"] = ["8bit", "8bit", "8bit", "8bit", "8bit", "quoted-printable",
                    "quoted-printable", "quoted-printable", "base64", "base64"][(h // 10) % 10]
    return m


def emit(kind, sms, emails, rng):
    items = [("txt", r, b) for r, b in sms] + [("eml", m["r"], m) for m in emails]
    rng.shuffle(items)
    outdir = os.path.join(ROOT, kind)
    os.makedirs(outdir)
    rows = []
    for i, (ext, reason, payload) in enumerate(items):
        name = "%s-%03d.%s" % (kind, i, ext)
        path = os.path.join(outdir, name)
        if ext == "txt":
            data = payload.encode("utf-8")
        else:
            m = auto_wrap(dict(payload))
            m.setdefault("date", rfc_date(rng))
            data = build_email(m, "%s%03d" % (kind, i)).encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        rows.append((name, "SMS" if ext == "txt" else "email", reason))
    return rows


def main():
    for d in ("phi", "clean"):
        p = os.path.join(ROOT, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
    rng = random.Random(5005)
    phi_rows = emit("phi", SMS_PHI, EMAIL_PHI, rng)
    clean_rows = emit("clean", SMS_CLEAN, EMAIL_CLEAN, rng)

    with open(os.path.join(ROOT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for name, _, reason in phi_rows:
            f.write("%s\t%s\n" % (name, reason))
    with open(os.path.join(HERE, "clean_notes.tsv"), "w", encoding="utf-8", newline="\n") as f:
        for name, _, note in clean_rows:
            f.write("%s\t%s\n" % (name, note))
    with open(os.path.join(ROOT, "patients.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(PATIENTS) + "\n")

    def count(rows, kind):
        return sum(1 for r in rows if r[1] == kind)
    table = (
        "| | SMS (.txt) | email (.eml) | total |\n"
        "|---|---:|---:|---:|\n"
        "| phi/ | %d | %d | %d |\n"
        "| clean/ | %d | %d | %d |\n"
        "| total | %d | %d | %d |\n" % (
            count(phi_rows, "SMS"), count(phi_rows, "email"), len(phi_rows),
            count(clean_rows, "SMS"), count(clean_rows, "email"), len(clean_rows),
            count(phi_rows, "SMS") + count(clean_rows, "SMS"),
            count(phi_rows, "email") + count(clean_rows, "email"),
            len(phi_rows) + len(clean_rows)))
    readme = os.path.join(ROOT, "README.md")
    if os.path.exists(readme):
        text = open(readme, encoding="utf-8").read()
        a, b = "<!-- COUNTS -->", "<!-- /COUNTS -->"
        if a in text and b in text:
            pre, rest = text.split(a, 1)
            _, post = rest.split(b, 1)
            text = pre + a + "\n" + table + b + post
            with open(readme, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    print(table)


if __name__ == "__main__":
    main()
