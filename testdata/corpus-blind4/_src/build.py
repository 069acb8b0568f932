#!/usr/bin/env python3
"""Build testdata/corpus-blind4 from the hand-written message lists.

    python3 testdata/corpus-blind4/_src/build.py

Deterministic: fixed shuffle seeds, content-derived MIME boundaries and
Message-IDs, fixed dates.  Rewrites phi/, clean/, labels.tsv,
clean-notes.tsv and patients.txt; then runs self-checks (MIME parses,
Luhn validity of card numbers, clean files free of directory names,
attachments and obvious PHI vocabulary) and prints the counts.
"""
import email
import email.policy
import os
import random
import re
import shutil
import sys
import unicodedata

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from mimekit import build_email  # noqa: E402
from patients import PATIENTS  # noqa: E402
from sms_phi import SMS_PHI  # noqa: E402
from sms_clean import SMS_CLEAN  # noqa: E402
from email_phi import EMAIL_PHI  # noqa: E402
from email_clean import EMAIL_CLEAN  # noqa: E402


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def render(item, stem):
    if item["kind"] == "sms":
        body = item["body"]
        return ".txt", (body if body.endswith("\n") else body + "\n").encode("utf-8")
    return ".eml", build_email(item, stem)


def decoded_text(raw, ext):
    """Text a human would read: SMS body, or email subject + all text parts."""
    if ext == ".txt":
        return raw.decode("utf-8"), []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"):
        assert msg[h] is not None, "missing header %s" % h
    out = [str(msg["Subject"]), str(msg["From"]), str(msg["To"])]
    atts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if part.get_content_maintype() == "text" and part.get_filename() is None and ctype in ("text/plain", "text/html"):
            out.append(part.get_content())
        else:
            atts.append(ctype)
    return "\n".join(out), atts


CLEAN_WATCH = [
    "botox", "dysport", "xeomin", "jeuveau", "daxxify", "juvederm", "restylane", "sculptra", "radiesse",
    "belotero", "coolsculpt", "emsculpt", "kybella", "lipo", "tummy", "abdominoplast", "bbl", "rhino",
    "bleph", "facelift", "breast", "implant", "labiaplast", "gyneco", "peel", "microneedl", "morpheus",
    "ipl", "resurfac", "prp", "hydrafacial", "semaglut", "ozempic", "wegovy", "tirzepat", "mounjaro",
    "testosteron", "hrt", "tretinoin", "hydroquin", "isotret", "accutane", "valacyc", "melasma", "rosacea",
    "acne", "hair loss", "suture", "drain", "swell", "bruis", "incision", "biopsy", "pregnan", "allerg",
    "dob", "date of birth", "ssn", "mrn", "member id", "filler", "tox", "inject", "laser", "<img",
]


def main():
    random.seed(0)
    for sub in ("phi", "clean"):
        shutil.rmtree(os.path.join(ROOT, sub), ignore_errors=True)
        os.makedirs(os.path.join(ROOT, sub))

    phi = list(SMS_PHI) + list(EMAIL_PHI)
    clean = list(SMS_CLEAN) + list(EMAIL_CLEAN)
    random.Random("corpus-blind4/phi").shuffle(phi)
    random.Random("corpus-blind4/clean").shuffle(clean)

    labels, notes, problems = [], [], []
    counts = {("phi", "sms"): 0, ("phi", "email"): 0, ("clean", "sms"): 0, ("clean", "email"): 0}
    names = [fold(n) for n in PATIENTS]
    names += [fold(n.split(" ", 1)[1] + ", " + n.split(" ", 1)[0]) for n in PATIENTS]

    for label, items in (("phi", phi), ("clean", clean)):
        for i, item in enumerate(items):
            stem = "%s-%03d" % (label, i)
            ext, raw = render(item, stem)
            fn = stem + ext
            with open(os.path.join(ROOT, label, fn), "wb") as fh:
                fh.write(raw)
            counts[(label, item["kind"])] += 1
            text, atts = decoded_text(raw, ext)
            ftext = fold(text)
            digits = [re.sub(r"\D", "", m) for m in re.findall(r"\b\d(?:[ -]?\d){12,18}\b", text)]
            if label == "phi":
                labels.append("%s\t%s" % (fn, item["reason"]))
                for d in digits:
                    if 13 <= len(d) <= 19 and d[0] in "3456":
                        print("  card-like in %s: %s luhn=%s" % (fn, d, luhn_ok(d)))
            else:
                notes.append("%s\t%s" % (fn, item["reason"]))
                if atts:
                    problems.append("%s: clean email has non-text part(s) %s" % (fn, atts))
                for n in names:
                    if n in ftext:
                        problems.append("%s: clean message contains directory name %r" % (fn, n))
                for d in digits:
                    if 13 <= len(d) <= 19 and luhn_ok(d):
                        problems.append("%s: clean message has Luhn-valid number %s" % (fn, d))
                hits = sorted({w for w in CLEAN_WATCH if re.search(r"\b" + re.escape(w), ftext)})
                if hits:
                    print("  review clean %s (near-miss words): %s" % (fn, ", ".join(hits)))

    with open(os.path.join(ROOT, "labels.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(labels) + "\n")
    with open(os.path.join(ROOT, "clean-notes.tsv"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(notes) + "\n")
    with open(os.path.join(ROOT, "patients.txt"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(PATIENTS) + "\n")

    print()
    print("            SMS  email  total")
    for label in ("phi", "clean"):
        s, e = counts[(label, "sms")], counts[(label, "email")]
        print("  %-6s  %5d  %5d  %5d" % (label, s, e, s + e))
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)


if __name__ == "__main__":
    main()
