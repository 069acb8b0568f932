import os, re, email, unicodedata
from email import policy
from email.header import decode_header, make_header
def text_of(path):
    if path.endswith(".txt"): return open(path, encoding="utf-8").read(), 0, []
    m = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert m[h], (path, h)
    out = [str(m["Subject"])]; atts = []
    for part in m.walk():
        if part.is_multipart(): continue
        if part.get_content_disposition() in ("attachment", "inline") and part.get_filename():
            atts.append(part.get_filename()); continue
        out.append(part.get_content())
    return "\n".join(out), 1, atts
TERMS = r"botox|dysport|xeomin|jeuveau|daxxify|juvederm|restylane|sculptra|radiesse|\bRHA\b|belotero|coolsculpt|emsculpt|kybella|lipo|tummy|abdominopl|\bbbl\b|rhinopl|blephar|bleph|facelift|breast|implant|labiapl|gynecom|peel|microneedl|morpheus|\bipl\b|resurfac|\bprp\b|hydrafacial|semaglut|ozempic|wegovy|tirzepat|mounjaro|testosteron|\btrt\b|\bhrt\b|tretinoin|hydroquin|isotretin|accutane|valacyc|melasma|rosacea|post-op|suture|swell|bruis|before.and.after|treatment plan|lab result|\bfue\b|finasteride|minoxidil|sclero|spider vein|tattoo|psoriasis|spironol|doxycyc|mohs|biopsy|basal|\bnad\b|phentermine|thread|fat transfer|earlobe|scar|hyperhidr|filler|relleno|tox\b|laser|drip|facial|inject|inyec|\bdob\b|birth|nacimiento|ssn|mrn|member id|chart|patient id|surgery|cirug|consult"
for lab in ("clean", "phi"):
    hits = 0
    for fn in sorted(os.listdir(lab)):
        t, is_eml, atts = text_of(f"{lab}/{fn}")
        if lab == "clean":
            assert not atts, fn
            tt = unicodedata.normalize("NFKC", t)
            found = set(x.lower() for x in re.findall(TERMS, tt, re.I))
            if found:
                hits += 1
                print(lab, fn, sorted(found))
    print(lab, "checked")
