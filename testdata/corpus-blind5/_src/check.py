#!/usr/bin/env python3
"""Self-check of the written corpus (structure and label hygiene only).

- every .eml parses, has the required headers, and decodes;
- clean/ emails have no attachments and no images;
- no Luhn-valid 13-19 digit run appears in clean/;
- no directory full name (any order/separator) appears in clean/;
- a hand-kept list of clinical / product words does not appear in clean/.
The word list is the corpus author's own, written for this check only.
"""
import email
import email.policy
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REQ = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]

RISKY = r"""botox dysport xeomin jeuveau daxxify letybo filler sculptra radiesse kybella juvederm restylane
rha belotero revanesse skinvive renuva profhilo morpheus vivace potenza secret_rf ultherapy sofwave thermage
emface emsella emsculpt fraxel halo bbl clear_\+_brilliant picosure picoway vbeam laser genesis microneedl
exosome polynucleotide salmon pdo thread hydrafacial peel chemical tretinoin retin retinol accutane
isotretinoin dupixent otezla skyrizi humira cosentyx methotrexate spironolactone doxycycline minoxidil
finasteride clindamycin ketoconazole triamcinolone kenalog opzelura mohs biopsy excision cryo nitrogen
keratosis carcinoma melanoma eczema dermatitis psoriasis hidradenitis vitiligo alopecia wart mole cyst
rash acne rosacea lesion nevus pathology semaglutide tirzepatide ozempic wegovy zepbound saxenda
phentermine peptide bpc sermorelin pellet hrt testosterone estradiol addyi iv drip nad myers b12 lipo
prp fue fut graft transplant surgery surgical post-op pre-op suture stitch drain seroma incision
compression faja arnica percocet vicodin tramadol zofran norco keflex anesthesia npo swelling bruis
infection injection dose prescription rx refill pregnan breastfeed allerg before-and-after lift tuck
augmentation implant explant rhinoplasty bleph facelift brachioplasty liposuction abdominoplasty
treatment procedure sweat hyperhidrosis miradry masseter tmj lip_flip tox""".split()
RISKY = [w.replace('_', r'\s') for w in RISKY]
# words allowed in clean/ because they appear only in a non-clinical sense there
ALLOWED_CONTEXT = {
    "peel": ["orange peel", "peel-and-stick", "peel-off"],
    "lift": ["lift gate", "lifted truck", "lift tickets", "help lift", "ski"],
    "laser": ["laser tag", "laser printer", "galaxy laser"],
    "halo": ["halo coffee"],
    "drip": ["drip coffee"],
    "iv": ["henry iv"],
    "b12": ["suite b12"],
    "nad": ["nad,", "nad \u2014", "balanced, nad"],
    "mole": ["chicken mole"],
    "thread": ["threads instead"],
    "stitch": ["in stitches"],
    "drain": ["sink drain"],
    "swelling": ["creek is swelling", "creek behind our building is swelling"],
    "dose": ["daily dose of good news"],
    "pellet": ["pellet grill"],
    "sweat": ["no sweat"],
    "filler": ["form filler", "filler words"],
    "vivace": ["allegro vivace"],
    "potenza": ["potenza tires"],
    "genesis": ["hyundai genesis"],
    "lip": ["lip balm", "lip sync"],
    "tox": [],
    "morpheus": ["the matrix. morpheus"],
}


def text_of(msg):
    out = [str(msg.get("Subject", "")), str(msg.get("From", "")), str(msg.get("To", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/"):
            out.append(part.get_content())
    return "\n".join(out)


def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0


def luhn_hits(text):
    hits = []
    for m in re.finditer(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])", text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            hits.append(m.group())
    return hits


def main():
    bad = 0
    names = [l.strip() for l in open(os.path.join(ROOT, "patients.txt"), encoding="utf-8") if l.strip()]
    texts = {}
    for kind in ("phi", "clean"):
        for fn in sorted(os.listdir(os.path.join(ROOT, kind))):
            p = os.path.join(ROOT, kind, fn)
            raw = open(p, "rb").read()
            if fn.endswith(".eml"):
                msg = email.message_from_bytes(raw, policy=email.policy.default)
                for h in REQ:
                    if msg.get(h) is None:
                        print("MISSING", h, fn)
                        bad += 1
                atts = [pt for pt in msg.walk() if not pt.is_multipart() and
                        (pt.get_content_disposition() in ("attachment", "inline") or
                         pt.get_content_maintype() == "image")]
                t = text_of(msg)
                if kind == "clean" and (atts or "<img" in t.lower()):
                    print("CLEAN HAS ATTACHMENT/IMAGE", fn)
                    bad += 1
            else:
                t = raw.decode("utf-8")
            texts[(kind, fn)] = t
    for (kind, fn), t in texts.items():
        if kind != "clean":
            continue
        low = t.lower()
        if luhn_hits(t):
            print("CLEAN LUHN", fn, luhn_hits(t))
            bad += 1
        for n in names:
            parts = [re.escape(x) for x in re.split(r"[\s\-']+", n.lower())]
            first, last = parts[0], parts[-1]
            sep = r"[\s._,\-']*"
            if re.search(first + sep + r"(?:\w+" + sep + r")?" + last, low) or re.search(last + sep + first, low):
                print("CLEAN HAS DIRECTORY NAME", fn, n)
                bad += 1
        for w in RISKY:
            for m in re.finditer(r"(?<![a-z])" + w, low):
                ctx = low[max(0, m.start() - 40):m.end() + 40]
                ok = any(a in ctx for a in ALLOWED_CONTEXT.get(w, []))
                if not ok:
                    print("CLEAN WORD %-14s %s  ...%s..." % (w, fn, ctx.replace("\n", " ")))
    phi_luhn = sum(1 for (k, _), t in texts.items() if k == "phi" and luhn_hits(t))
    print("phi files with a Luhn-valid number:", phi_luhn)
    print("problems:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
